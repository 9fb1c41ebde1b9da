import { ActualRevision, ExpectedRevision } from '../port/expected-revision';
import { meetsExpectedRevision } from './expected-revision-check';

describe('meetsExpectedRevision', () => {
  it.each<[ExpectedRevision, ActualRevision, boolean]>([
    ['any', 'no_stream', true],
    ['any', 4, true],
    ['no_stream', 'no_stream', true],
    ['no_stream', 0, false],
    ['stream_exists', 'no_stream', false],
    ['stream_exists', 0, true],
    [3, 3, true],
    [3, 2, false],
    [3, 4, false],
    [0, 'no_stream', false],
  ])('expecting %p of a stream at %p: %p', (expected, actual, accepted) => {
    expect(meetsExpectedRevision(expected, actual)).toBe(accepted);
  });
});
