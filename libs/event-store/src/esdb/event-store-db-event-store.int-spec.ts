import { describeEventStoreContract } from '../testing/event-store.contract';
import { EventStoreDbEventStore } from './event-store-db-event-store';
import { SERVER_KIND_VARIABLE, withKnownDifferences } from './testing/server-differences';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING?.trim();

if (connectionString) {
  const kind = process.env[SERVER_KIND_VARIABLE]?.trim() || undefined;
  withKnownDifferences(kind, () =>
    describeEventStoreContract(kind ? `EventStoreDB protocol on ${kind}` : 'EventStoreDB', async () => {
      const store = await EventStoreDbEventStore.connect(connectionString);
      return { store, cleanup: () => store.close() };
    }),
  );
} else {
  const reason = 'EVENTSTORE_CONNECTION_STRING is not set (for example esdb://localhost:2113?tls=false after `docker compose up -d kurrentdb`)';
  console.log(`EventStoreDB contract suite skipped: ${reason}`);
  describe.skip(`EventStore contract: EventStoreDB (skipped: ${reason})`, () => {
    it.todo('passes the EventStore contract against a running server');
  });
}
