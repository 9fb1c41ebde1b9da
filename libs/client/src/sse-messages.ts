/** One Server-Sent Events message. */
export interface SseMessage {
  id?: string;
  event: string;
  data: string;
}

/**
 * The messages of a text/event-stream body, whatever its chunk boundaries. Comments (the ledger's
 * heartbeats) and field-less blocks are skipped; `onBytes` is told of every chunk, heartbeats included.
 */
export async function* sseMessages(body: AsyncIterable<Uint8Array>, onBytes: () => void = () => undefined): AsyncGenerator<SseMessage> {
  const decoder = new TextDecoder();
  let rest = '';
  for await (const chunk of body) {
    onBytes();
    rest += decoder.decode(chunk, { stream: true });
    // A CR at the end of a chunk may be the first half of a CRLF: it waits for the next chunk.
    const heldCr = rest.endsWith('\r');
    rest = (heldCr ? rest.slice(0, -1) : rest).replace(/\r\n?/g, '\n');
    let end: number;
    while ((end = rest.indexOf('\n\n')) !== -1) {
      const message = parseSseBlock(rest.slice(0, end));
      rest = rest.slice(end + 2);
      if (message) yield message;
    }
    if (heldCr) rest += '\r';
  }
}

/** One message block (the text between blank lines); undefined when it has no data (a comment, say). */
export function parseSseBlock(block: string): SseMessage | undefined {
  let id: string | undefined;
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const name = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + (line[colon + 1] === ' ' ? 2 : 1));
    if (name === 'id') id = value;
    else if (name === 'event') event = value;
    else if (name === 'data') data.push(value);
  }
  return data.length === 0 ? undefined : { id, event, data: data.join('\n') };
}
