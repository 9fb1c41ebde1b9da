import { MAX_BODY_BYTES } from '@ledger/platform/framework-free';
import { CliError } from './cli-error';
import { inputName, readInputBytes, utf8Text } from './read-input';

/**
 * Reads a JSON document from a file, or from standard input when the name is "-": UTF-8, and no
 * larger than the HTTP API takes in a body (1 MiB).
 */
export async function readJsonInput(name: string): Promise<unknown> {
  const text = utf8Text(await readInputBytes(name, MAX_BODY_BYTES, `the limit of ${MAX_BODY_BYTES} bytes (1 MiB)`), name);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${inputName(name)} is not valid JSON: ${(error as Error).message}`);
  }
}
