import { canonicalJson } from '@ledger/event-store';
import { cvsSequence, recorded } from '../testing/cvs-sequence';
import { newEntry, newEntryJson } from './timeline-entry';

describe('a new timeline entry as JSON text', () => {
  const disclosures = cvsSequence().slice(1);

  it.each(disclosures.map((event) => [event.type, event] as const))('%s: made from the data text, it is newEntry', (_type, event) => {
    const stored = { ...event, dataJson: canonicalJson(event.data) };
    expect(JSON.parse(newEntryJson(stored))).toEqual(newEntry(event));
  });

  it('serialises the entry when the store gives no data text', () => {
    expect(newEntryJson(disclosures[0])).toBe(JSON.stringify(newEntry(disclosures[0])));
  });

  it('escapes a recording time that is not plain text', () => {
    const [event] = disclosures;
    const odd = { ...event, metadata: { ...event.metadata, recordedAt: 'at "noon"\\' }, dataJson: canonicalJson(event.data) };
    expect(JSON.parse(newEntryJson(odd)).recordedAt).toBe('at "noon"\\');
  });

  it('keeps evidence and text that JSON escapes', () => {
    const evidence = [{ quote: 'il a dit "non"\n— vraiment', start: 0, end: 10 }];
    const event = recorded(9, 'OtherDisclosure', { source: { kind: 'manual' }, facts: { summary: 'x' }, evidence }, '2024-06-01T00:00:00.000Z');
    const entry = JSON.parse(newEntryJson({ ...event, dataJson: canonicalJson(event.data) }));
    expect(entry).toEqual(newEntry(event));
    expect(entry.evidence).toEqual(evidence);
  });
});
