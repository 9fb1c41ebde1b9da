import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { serialize } from 'node:v8';

export type ReferenceResult = { text: string } | { error: string };

// The reference package is ESM-only, so it runs in a child process; v8 serialisation carries
// what JSON cannot (undefined members, -0, Dates, NaN).
const CHILD_SCRIPT = `
import canonicalize from 'canonicalize';
import { deserialize } from 'node:v8';
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', () => {
  const values = deserialize(Buffer.concat(chunks));
  const results = values.map((value) => {
    try { return { text: canonicalize(value) }; } catch (error) { return { error: String(error) }; }
  });
  process.stdout.write(JSON.stringify(results));
});`;

/** Canonicalises each value with the `canonicalize` package (RFC 8785 reference). */
export function referenceCanonicalize(values: unknown[]): ReferenceResult[] {
  const repositoryRoot = path.resolve(__dirname, '../../../..');
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD_SCRIPT], {
    cwd: repositoryRoot,
    input: serialize(values),
    maxBuffer: 256 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`reference canonicalize failed: ${child.stderr.toString()}`);
  return JSON.parse(child.stdout.toString()) as ReferenceResult[];
}
