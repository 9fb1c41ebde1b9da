// Follows a company's disclosures live while recording one with If-Match, then stops.
// Run against a started ledger: npx tsx libs/client/example/follow-and-record.ts http://localhost:3000
import { createLedgerClient, ifMatch, liveEvents, revisionOf } from '../src';

async function main(baseUrl: string): Promise<void> {
  const ledger = createLedgerClient({ baseUrl });
  const companyId = 'example-co';

  const registered = await ledger.POST('/v1/companies', { body: { companyId, name: 'Example Co plc' } });
  if (registered.error && registered.response.status !== 409) throw new Error(registered.error.title);

  const stop = new AbortController();
  const following = (async () => {
    for await (const event of liveEvents({ baseUrl, company: companyId, from: 'start', signal: stop.signal })) {
      console.log(`${event.id}  ${event.event}  revision ${event.data.revision}`);
      if (event.event === 'OtherDisclosure') stop.abort();
    }
  })();

  // minPosition: read our own registration, even if the read model had not caught up with it yet.
  const status = await ledger.GET('/v1/companies/{companyId}', { params: { path: { companyId }, query: { minPosition: registered.data?.position } } });
  if (!status.data) throw new Error(`no status: ${status.error?.title}`);
  const recorded = await ledger.POST('/v1/companies/{companyId}/disclosures', {
    params: { path: { companyId }, header: ifMatch(status.data.revision) },
    body: { type: 'OtherDisclosure', occurredAt: '2026-01-05', source: { kind: 'manual' }, facts: { summary: 'Annual report published' } },
  });
  if (recorded.error) {
    console.error(`not recorded: ${recorded.error.status} ${recorded.error.title}`);
    stop.abort();
  } else console.log(`recorded ${recorded.data.disclosures[0].disclosureId} at revision ${revisionOf(recorded.response)}`);
  await following;
}

main(process.argv[2] ?? 'http://localhost:3000').catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
