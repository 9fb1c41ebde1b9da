import { SseMessage, sseMessages } from './sse-messages';

async function* chunks(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield new TextEncoder().encode(part);
}

async function all(body: AsyncIterable<Uint8Array>): Promise<SseMessage[]> {
  const messages: SseMessage[] = [];
  for await (const message of sseMessages(body)) messages.push(message);
  return messages;
}

describe('Server-Sent Events messages', () => {
  it('reads messages split anywhere across chunks, a multi-byte character included', async () => {
    const text = 'id: 7\nevent: BreachAnnounced\ndata: {"summary":"accès"}\n\n';
    const bytes = new TextEncoder().encode(text);
    const split = [bytes.slice(0, 5), bytes.slice(5, 47), bytes.slice(47)];
    async function* body() {
      yield* split;
    }
    expect(await all(body())).toEqual([{ id: '7', event: 'BreachAnnounced', data: '{"summary":"accès"}' }]);
  });

  it('skips heartbeats and the retry field, joins data lines, and takes CRLF line ends', async () => {
    expect(await all(chunks('retry: 1000\n\n: heartbeat\n\n', 'id: 8\r\nevent: error\r\ndata: a\r\ndata: b\r\n\r\n', 'data: no id\n\n'))).toEqual([
      { id: '8', event: 'error', data: 'a\nb' },
      { id: undefined, event: 'message', data: 'no id' },
    ]);
  });

  it('reads a CRLF split between two chunks as one line end', async () => {
    expect(await all(chunks('data: a\r', '\ndata: b\r\n\r', '\n'))).toEqual([{ id: undefined, event: 'message', data: 'a\nb' }]);
  });

  it('leaves out a message cut off before its blank line', async () => {
    expect(await all(chunks('id: 9\nevent: X\ndata: {}\n'))).toEqual([]);
  });
});
