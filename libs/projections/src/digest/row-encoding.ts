/**
 * A stored row as the text its digest hashes: each value typed, strings prefixed with their length,
 * so that no two different rows give the same text. Far cheaper than JSON, which escapes every quote
 * of the JSON documents the rows hold.
 */
export function digestLine(row: readonly unknown[]): string {
  let line = '';
  for (const value of row) line += `${encodeValue(value)}|`;
  return `${line}\n`;
}

function encodeValue(value: unknown): string {
  if (value === null) return 'z';
  if (typeof value === 'string') return `s${value.length}:${value}`;
  if (typeof value === 'number') return `n${value}`;
  if (typeof value === 'bigint') return `i${value}`;
  if (Buffer.isBuffer(value)) return `b${value.toString('hex')}`;
  throw new TypeError(`a read store holds no ${typeof value} values`);
}
