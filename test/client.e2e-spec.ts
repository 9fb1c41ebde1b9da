import { LedgerProblemError, LiveEvent, ifMatch, liveEvents, revisionOf } from '@ledger/client';
import { freePort } from './support/free-port';
import { LedgerProcess } from './support/ledger-process';
import { contractCheckedFetch, ledgerClient } from './support/ledger-client';
import { waitUntil } from './support/live-streams';

jest.setTimeout(120_000);

const COMPANY_ID = 'client-co';

/** Typed by the document: a field it does not know, or a wrong kind, would not compile. */
function breach(summary: string) {
  return {
    type: 'BreachAnnounced' as const,
    occurredAt: '2024-04-29',
    disclosedAt: '2024-04-29T07:00:00Z',
    source: { kind: 'news' as const, publisher: 'Example Wire' },
    facts: { summary, externalAccess: true },
  };
}

describe('the typed client against a running ledger', () => {
  let ledger: LedgerProcess;

  beforeAll(async () => {
    // A fixed port, so that the same address answers again after a restart.
    ledger = await LedgerProcess.start({ env: { PORT: String(await freePort()) } });
    const registered = await ledgerClient(ledger.baseUrl).POST('/v1/companies', { body: { companyId: COMPANY_ID, name: 'Client Co plc' } });
    expect(registered.response.status).toBe(201);
  });

  afterAll(async () => {
    await ledger?.dispose();
  });

  it('writes with If-Match from the last ETag, and a stale one is refused with a typed 412 problem', async () => {
    const ledgerApi = ledgerClient(ledger.baseUrl);
    const path = { companyId: COMPANY_ID };
    const first = await ledgerApi.POST('/v1/companies/{companyId}/disclosures', { params: { path }, body: breach('first') });
    expect(first.response.status).toBe(201);
    const revision = revisionOf(first.response)!;
    expect(revision).toBe(first.data!.disclosures[0].revision);

    const next = await ledgerApi.POST('/v1/companies/{companyId}/disclosures', { params: { path, header: ifMatch(revision) }, body: breach('second') });
    expect(next.response.status).toBe(201);
    expect(revisionOf(next.response)).toBe(revision + 1);

    const stale = await ledgerApi.POST('/v1/companies/{companyId}/disclosures', { params: { path, header: ifMatch(revision) }, body: breach('third') });
    expect(stale.response.status).toBe(412);
    expect(stale.error).toMatchObject({ status: 412, title: expect.any(String), currentRevision: revision + 1 });
    expect(revisionOf(stale.response)).toBe(revision + 1);
  });

  it("ends the live iteration with the ledger's problem when the company is unknown", async () => {
    const events = liveEvents({ baseUrl: ledger.baseUrl, company: 'no-such-co', fetch: contractCheckedFetch });
    await expect(events.next()).rejects.toThrow(LedgerProblemError);
  });

  it('keeps the live iterator going across a server restart mid-stream, without a gap or a duplicate', async () => {
    const ledgerApi = ledgerClient(ledger.baseUrl);
    const recordOne = async (summary: string): Promise<string> => {
      const answer = await ledgerApi.POST('/v1/companies/{companyId}/disclosures', { params: { path: { companyId: COMPANY_ID } }, body: breach(summary) });
      expect(answer.response.status).toBe(201);
      return answer.data!.disclosures[0].disclosureId;
    };
    const sent: string[] = [];
    for (const n of [1, 2, 3]) sent.push(await recordOne(`before the restart ${n}`));

    const received: LiveEvent[] = [];
    const connections: (string | undefined)[] = [];
    const stop = new AbortController();
    const reading = (async () => {
      const events = liveEvents({
        baseUrl: ledger.baseUrl,
        company: COMPANY_ID,
        from: 'start',
        signal: stop.signal,
        fetch: contractCheckedFetch,
        reconnectDelayMs: 50,
        maxReconnectDelayMs: 200,
        onConnected: (after) => connections.push(after),
      });
      for await (const event of events) received.push(event);
    })();
    const ours = () => received.filter((event) => event.event === 'BreachAnnounced').map((event) => event.data.disclosureId);
    await waitUntil(
      () => sent.every((id) => ours().includes(id)),
      20_000,
      () => `the events before the restart (got ${ours().length})`,
    );

    await ledger.restart();
    for (const n of [4, 5, 6]) sent.push(await recordOne(`after the restart ${n}`));
    await waitUntil(
      () => sent.every((id) => ours().includes(id)),
      30_000,
      () => `the events after the restart (got ${ours().length} of ours)`,
    );
    stop.abort();
    await reading;

    // Every event of the company's stream, once each, in log order: the registration and the earlier test's too.
    const positions = received.map((event) => BigInt(event.id));
    expect(new Set(positions).size).toBe(positions.length);
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(received.map((event) => event.data.revision)).toEqual(received.map((_, index) => index));
    expect(ours().slice(-sent.length)).toEqual(sent);
    // The second connection resumed after the last position received before the drop.
    expect(connections.length).toBeGreaterThanOrEqual(2);
    expect(connections[1]).toBe(received.find((event) => event.data.disclosureId === sent[2])!.id);
  });
});
