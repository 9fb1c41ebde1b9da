import { BatchJoiner } from './batch-joiner';

describe('BatchJoiner', () => {
  const a = Buffer.from('a');
  const b = Buffer.from('b');

  it('shares one joined buffer between clients that queued the same messages', () => {
    const joiner = new BatchJoiner();
    const first = joiner.join([a, b]);
    expect(first.toString()).toBe('ab');
    expect(joiner.join([a, b])).toBe(first);
  });

  it('joins other messages apart, even when they start alike', () => {
    const joiner = new BatchJoiner();
    joiner.join([a, b]);
    expect(joiner.join([a, b, a]).toString()).toBe('aba');
    expect(joiner.join([a, Buffer.from('b')])).not.toBe(joiner.join([a, b, a]));
  });

  it('sends a single message as it is, and forgets everything on clear', () => {
    const joiner = new BatchJoiner();
    expect(joiner.join([a])).toBe(a);
    const first = joiner.join([a, b]);
    joiner.clear();
    expect(joiner.join([a, b])).not.toBe(first);
  });
});
