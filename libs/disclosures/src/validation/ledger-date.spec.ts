import { disclosureBody } from '../testing/samples';
import { isLedgerDate } from './ledger-date';
import { parseDisclosureInput } from './parse-disclosure';

describe('ledger dates', () => {
  it.each([
    '2024-03-01',
    '2024-02-29',
    '2000-02-29',
    '2024-03-01T09:30:00Z',
    '2024-03-01T09:30Z',
    '2024-03-01T09:30:00.123Z',
    '2024-03-01T23:59:59+01:00',
    '2024-03-01T00:00:00-05:30',
  ])('accepts %s', (value) => {
    expect(isLedgerDate(value)).toBe(true);
  });

  it.each([
    ['2024-02-30', 'not in the calendar'],
    ['2023-02-29', 'not a leap year'],
    ['1900-02-29', 'a century that is not a leap year'],
    ['2024-04-31', 'April has 30 days'],
    ['2024-13-01', 'no month 13'],
    ['2024-00-10', 'no month 0'],
    ['2024-03-00', 'no day 0'],
    ['2024-03-01T09:30:00', 'a date-time without a timezone'],
    ['2024-03-01T24:00:00Z', 'no hour 24'],
    ['2024-03-01T09:60Z', 'no minute 60'],
    ['2024-03-01 09:30:00Z', 'a space instead of T'],
    ['01/03/2024', 'not ISO 8601'],
    ['2024-3-1', 'unpadded'],
    ['', 'empty'],
  ])('refuses %s (%s)', (value) => {
    expect(isLedgerDate(value)).toBe(false);
  });

  it('applies to occurredAt and disclosedAt, with a message naming the rule', () => {
    const result = parseDisclosureInput(disclosureBody('OtherDisclosure', { occurredAt: '2024-02-30', disclosedAt: '2024-03-01T10:00' }));
    expect(result).toEqual({
      ok: false,
      error: [
        { path: 'occurredAt', message: 'occurredAt must be a real calendar date' },
        { path: 'disclosedAt', message: expect.stringContaining('timezone') },
      ],
    });
  });
});
