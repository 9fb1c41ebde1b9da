const BOUNDARY = Buffer.from('\n\n');
const ID = Buffer.from('id: ');
const ERROR = Buffer.from('event: error');
const NEWLINE = 0x0a;
const ZERO = 0x30;

/**
 * Reads only what a load test needs from a text/event-stream body: the numeric id of each message and
 * whether the server sent a final error. No strings, no JSON: a byte scan per message, whatever the
 * chunk boundaries (an incomplete message is carried to the next chunk).
 */
export class SseIdScanner {
  private carry: Buffer | null = null;

  /** Calls `onId` for each complete message with an id; returns true when an `event: error` message was seen. */
  push(chunk: Buffer, onId: (id: number) => void): boolean {
    const buffer = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    let start = 0;
    let failed = false;
    let end: number;
    while ((end = buffer.indexOf(BOUNDARY, start)) !== -1) {
      if (startsWith(buffer, ID, start)) onId(readNumber(buffer, start + ID.length));
      else if (startsWith(buffer, ERROR, start)) failed = true;
      start = end + 2;
    }
    this.carry = start < buffer.length ? buffer.subarray(start) : null;
    return failed;
  }
}

function readNumber(buffer: Buffer, at: number): number {
  let value = 0;
  for (let i = at; i < buffer.length && buffer[i] !== NEWLINE; i++) value = value * 10 + (buffer[i] - ZERO);
  return value;
}

function startsWith(buffer: Buffer, prefix: Buffer, at: number): boolean {
  return at + prefix.length <= buffer.length && prefix.compare(buffer, at, at + prefix.length) === 0;
}
