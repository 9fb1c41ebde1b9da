import { readFileSync } from 'node:fs';
import { CliError } from './cli-error';

/** Reads a JSON document from a file, or from standard input when the name is "-". */
export function readJsonInput(name: string): unknown {
  let text: string;
  try {
    text = readFileSync(name === '-' ? 0 : name, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${name === '-' ? 'standard input' : name}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${name === '-' ? 'standard input' : name} is not valid JSON: ${(error as Error).message}`);
  }
}
