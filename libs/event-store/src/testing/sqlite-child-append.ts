// Run as a separate process: appends to an SQLite event store file and prints the outcome as JSON.
// Argument: {"file", "streamId", "events", "expectedRevision"?} as one JSON string.
import { SqliteEventStore } from '../sqlite/sqlite-event-store';
import { AppendOptions, EventToAppend } from '../port/event-store';

interface ChildAppend extends AppendOptions {
  file: string;
  streamId: string;
  events: EventToAppend[];
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2]) as ChildAppend;
  const store = SqliteEventStore.open(request.file);
  try {
    const result = await store.append(request.streamId, request.events, { expectedRevision: request.expectedRevision });
    process.stdout.write(JSON.stringify({ ok: true, result }));
  } catch (error) {
    const { name, message } = error as Error;
    process.stdout.write(JSON.stringify({ ok: false, name, message }));
  } finally {
    await store.close();
  }
}

void main();
