import { SqliteEventStore } from '@ledger/event-store/sqlite';
import Database from 'better-sqlite3';
async function main() {
  const store = SqliteEventStore.open(process.argv[2]);
  for (let r = 0; r < 2; r++) {
  let t = Date.now(); let c = 0;
  for await (const e of store.readAll()) c++;
  console.log('readAll', c, Date.now() - t);
  }
  const db = new Database(process.argv[2], { readonly: true });
  let t = Date.now(); let c = 0;
  for (const row of db.prepare('SELECT * FROM events').iterate()) c++;
  console.log('raw', c, Date.now() - t);
  await store.close();
}
main();
