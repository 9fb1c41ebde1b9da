import type { EventToAppend, JsonObject } from '../port/event-store';

export interface GeneratedLedgerShape {
  companies: number;
  /** Disclosures in all, spread evenly over the companies (registrations not counted). */
  disclosures: number;
  eventsPerAppend: number;
  /** A DisclosureCorrected event after every this many disclosures of a company (none by default). */
  correctionEvery?: number;
}

/** One append of the generated ledger: events of one company stream and how many it already holds. */
export interface GeneratedAppend {
  streamId: string;
  streamLength: number;
  events: EventToAppend[];
}

const TYPES = [
  'SharePriceMoved',
  'BreachAnnounced',
  'SystemsTakenOffline',
  'ExternalAdvisersEngaged',
  'RegulatorNotified',
  'SystemsRestored',
  'RegulatoryProbeOpened',
  'OperationalImpactReported',
  'OtherDisclosure',
  'RegulatoryProbeUpdated',
  'SharePriceMoved',
];
const REGULATORS = ['ICO', 'NCSC', 'CNIL', 'SEC', 'FCA', 'CMA', 'AMF'];
const PUBLISHERS = ['Reuters', 'Financial Times', 'Les Echos', 'Bloomberg', 'RNS'];

export function generatedCompanyId(index: number): string {
  return `listed-co-${String(index).padStart(5, '0')}`;
}

/** A UUID made of the company and the disclosure's number: deterministic and unique. */
function disclosureId(company: number, sequence: number): string {
  return `${company.toString(16).padStart(8, '0')}-0000-4000-8000-${sequence.toString(16).padStart(12, '0')}`;
}

function dayOf(sequence: number): string {
  return new Date(Date.UTC(2015, 0, 1) + sequence * 86_400_000).toISOString().slice(0, 10);
}

function factsOf(type: string, n: number): JsonObject {
  const regulator = REGULATORS[n % REGULATORS.length];
  switch (type) {
    case 'SharePriceMoved':
      return { direction: n % 2 === 0 ? 'up' : 'down', changePct: (n % 250) / 10, price: 100 + (n % 9000) / 10, currency: 'GBX', venue: 'LSE' };
    case 'BreachAnnounced':
      return { summary: 'Unauthorised access to IT systems', externalAccess: true, dataAtRisk: n % 3 === 0 };
    case 'SystemsRestored':
      return { partial: n % 2 === 0, systems: 'payroll' };
    case 'RegulatorNotified':
      return { regulator, summary: 'Incident reported' };
    case 'RegulatoryProbeOpened':
      return { regulator, scope: 'market investigation', stage: 'review' };
    case 'RegulatoryProbeUpdated':
      return { regulator, stage: n % 3 === 0 ? 'closed' : 'formal' };
    default:
      return { summary: 'Disruption to trading expected' };
  }
}

function registration(company: number): EventToAppend {
  const companyId = generatedCompanyId(company);
  return {
    id: disclosureId(company, 0),
    type: 'CompanyRegistered',
    data: { companyId, name: `Listed Company ${company} plc`, aliases: [`LC${company}`], identifiers: { tickers: [{ symbol: `LC${company}`, venue: 'LSE' }] } },
    metadata: { recordedAt: '2015-01-01T06:00:00.000Z', schemaVersion: 1, recordedBy: 'generator' },
  };
}

function disclosure(company: number, sequence: number): EventToAppend {
  const n = company * 7919 + sequence;
  const type = TYPES[n % TYPES.length];
  const id = disclosureId(company, sequence + 1);
  const day = dayOf(sequence);
  return {
    id,
    type,
    data: {
      companyId: generatedCompanyId(company),
      disclosureId: id,
      occurredAt: day,
      disclosedAt: `${day}T07:00:00Z`,
      source: { kind: 'news', publisher: PUBLISHERS[n % PUBLISHERS.length], url: `https://news.example.com/a/${id.slice(-12)}` },
      facts: factsOf(type, n),
    },
    metadata: { recordedAt: `${day}T08:00:00.000Z`, schemaVersion: 1, recordedBy: 'generator' },
  };
}

/** A correction of the company's disclosure `sequence`: its facts patched, its date moved a day later. */
function correction(company: number, sequence: number): EventToAppend {
  const id = disclosureId(company, 0x800000000000 + sequence);
  return {
    id,
    type: 'DisclosureCorrected',
    data: {
      companyId: generatedCompanyId(company),
      disclosureId: id,
      source: { kind: 'manual' },
      facts: { disclosureId: disclosureId(company, sequence + 1), occurredAt: dayOf(sequence + 1), facts: { summary: 'Corrected' }, reason: 'date' },
    },
    metadata: { recordedAt: `${dayOf(sequence)}T09:00:00.000Z`, schemaVersion: 1, recordedBy: 'generator' },
  };
}

/**
 * A deterministic ledger: every company registered, then its disclosures (one business day apart) in
 * appends of eventsPerAppend events of one stream, the companies taking turns as concurrent writers would.
 */
export function* generatedLedger(shape: GeneratedLedgerShape): Generator<GeneratedAppend> {
  const perCompany = Math.ceil(shape.disclosures / shape.companies);
  const written = new Array<number>(shape.companies).fill(0);
  const streamLengths = new Array<number>(shape.companies).fill(1);
  const every = shape.correctionEvery ?? 0;
  for (let company = 0; company < shape.companies; company++) {
    yield { streamId: `company-${generatedCompanyId(company)}`, streamLength: 0, events: [registration(company)] };
  }
  let remaining = shape.disclosures;
  while (remaining > 0) {
    for (let company = 0; company < shape.companies && remaining > 0; company++) {
      const count = Math.min(shape.eventsPerAppend, perCompany - written[company], remaining);
      if (count <= 0) continue;
      const events = Array.from({ length: count }, (_, k) => written[company] + k).flatMap((sequence) =>
        every > 0 && (sequence + 1) % every === 0 ? [disclosure(company, sequence), correction(company, sequence)] : [disclosure(company, sequence)],
      );
      yield { streamId: `company-${generatedCompanyId(company)}`, streamLength: streamLengths[company], events };
      written[company] += count;
      streamLengths[company] += events.length;
      remaining -= count;
    }
  }
}

/** Appends the generated ledger through the port, each append at the exact expected revision. */
export async function appendGeneratedLedger(
  store: { append: (stream: string, events: EventToAppend[], options: { expectedRevision: number | 'no_stream' }) => Promise<unknown> },
  shape: GeneratedLedgerShape,
): Promise<number> {
  let events = 0;
  for (const append of generatedLedger(shape)) {
    await store.append(append.streamId, append.events, { expectedRevision: append.streamLength === 0 ? 'no_stream' : append.streamLength - 1 });
    events += append.events.length;
  }
  return events;
}
