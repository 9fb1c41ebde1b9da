import { writeFileSync } from 'node:fs';
import { ChainTips } from '@ledger/event-store';
import { CliError } from '../cli-error';
import { readInputBytes, utf8Text } from '../read-input';

/** An anchor names one tip per stream: room for millions of streams. */
const MAX_ANCHOR_BYTES = 512 * 1024 * 1024;
const HASH = /^[0-9a-f]{64}$/;

/** What `audit chain --save-tips` writes: the tips, and when and where in the log they were read. */
export interface AnchorFile {
  savedAt: string;
  head: string | null;
  tips: ChainTips;
}

/** Writes the tips to a new file; an existing file is never replaced. */
export function saveAnchor(file: string, anchor: AnchorFile): void {
  try {
    writeFileSync(file, `${JSON.stringify(anchor)}\n`, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'EEXIST' ? `--save-tips ${file} already exists: tips are saved into a new file` : `cannot write ${file}: ${code ?? String(error)}`,
    );
  }
}

/** The tips of an anchor file, each checked: a stream name, a revision and a SHA-256 hash. */
export async function readAnchor(file: string): Promise<ChainTips> {
  const text = utf8Text(await readInputBytes(file, MAX_ANCHOR_BYTES, '512 MiB'), file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CliError(`${file} is not JSON: an anchor is what audit chain --save-tips wrote`);
  }
  const tips = (parsed as { tips?: unknown } | null)?.tips;
  if (typeof tips !== 'object' || tips === null || Array.isArray(tips))
    throw new CliError(`${file} has no "tips" object: an anchor is what audit chain --save-tips wrote`);
  const checked: ChainTips = {};
  for (const [streamId, tip] of Object.entries(tips)) {
    const { revision, hash } = (tip ?? {}) as { revision?: unknown; hash?: unknown };
    if (!Number.isSafeInteger(revision) || (revision as number) < 0 || typeof hash !== 'string' || !HASH.test(hash)) {
      throw new CliError(`${file}: the tip of ${streamId} is not {revision, hash}`);
    }
    checked[streamId] = { revision: revision as number, hash };
  }
  return checked;
}
