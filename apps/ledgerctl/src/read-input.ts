import { open } from 'node:fs/promises';
import { CliError } from './cli-error';

/** How an input is named in messages. */
export function inputName(name: string): string {
  return name === '-' ? 'standard input' : name;
}

/**
 * The bytes of a file, or of standard input when the name is "-", refused once they pass `maxBytes`:
 * no more than that is ever read.
 */
export async function readInputBytes(name: string, maxBytes: number, limitText: string): Promise<Buffer> {
  try {
    const bytes = name === '-' ? await readUpTo(process.stdin, maxBytes + 1) : await readFileUpTo(name, maxBytes + 1);
    if (bytes.length > maxBytes) throw new CliError(`${inputName(name)} is larger than ${limitText}`);
    return bytes;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${inputName(name)}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** The text the bytes encode in UTF-8; anything else (another encoding, binary data) is refused. */
export function utf8Text(bytes: Buffer, name: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${inputName(name)} is not UTF-8 text`);
  }
  if (text.includes('\u0000')) throw new CliError(`${inputName(name)} is not text: it holds NUL bytes`);
  return text;
}

async function readFileUpTo(file: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    return await readUpTo(handle.createReadStream({ autoClose: false }), maxBytes);
  } finally {
    await handle.close();
  }
}

async function readUpTo(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(bytes);
    length += bytes.length;
    if (length >= maxBytes) break;
  }
  return Buffer.concat(chunks, Math.min(length, maxBytes));
}
