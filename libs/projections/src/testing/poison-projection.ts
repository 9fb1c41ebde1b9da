import { readFileSync } from 'node:fs';
import { Projection, upsert } from '../projection/projection';

/** Names the file of the test-only projection below; never set outside tests. */
export const TEST_POISON_SETTING = 'LEDGER_TEST_POISON_FILE' as const;

/**
 * A projection for tests of the failure policy: it throws on any event whose data contains the text
 * the file holds (the poison), and records every other event it sees. Emptying the file is the fix.
 */
export function poisonTestProjection(file: string): Projection {
  return {
    name: 'test-poison',
    version: 1,
    tables: [
      {
        name: 'test_poison_seen',
        columns: ['event_id'],
        key: ['event_id'],
        ddl: ['CREATE TABLE IF NOT EXISTS test_poison_seen (event_id TEXT PRIMARY KEY) WITHOUT ROWID'],
      },
    ],
    project(event) {
      const poison = poisonIn(file);
      if (poison !== '' && JSON.stringify(event.data).includes(poison)) throw new Error(`test poison ${JSON.stringify(poison)} in event ${event.id}`);
      return [upsert('test_poison_seen', { event_id: event.id })];
    },
  };
}

function poisonIn(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}
