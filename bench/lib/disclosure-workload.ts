import type { EventToAppend, JsonObject } from '@ledger/event-store';
import { SeededRandom } from './seeded-random';

/** One append call of the workload: events for one company stream, and how many events that stream already holds. */
export interface AppendCall {
  streamId: string;
  /** Events already in the stream before this call: the caller's exact expectation. */
  streamLength: number;
  events: EventToAppend[];
}

export interface WorkloadShape {
  disclosures: number;
  companies: number;
  eventsPerCall: number;
}

const PUBLISHERS = ['Reuters', 'Financial Times', 'Les Echos', 'Bloomberg', 'RNS', 'AMF', 'Business Wire'];
const REGULATORS = ['ICO', 'NCSC', 'CNIL', 'SEC', 'FCA', 'ANSSI'];
const SYSTEMS = ['online ordering', 'warehouse management', 'payroll', 'customer portal', 'email', 'payment terminals'];
const VENUES = ['LSE', 'XPAR', 'XNYS', 'XETR'];
const CURRENCIES = ['GBX', 'EUR', 'USD'];

function companyId(index: number): string {
  return `listed-co-${String(index).padStart(3, '0')}`;
}

function isoDate(random: SeededRandom): string {
  return `2025-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
}

function factsOf(type: string, random: SeededRandom): JsonObject {
  switch (type) {
    case 'SharePriceMoved':
      return {
        direction: random.pick(['up', 'down']),
        changePct: random.int(1, 250) / 10,
        price: random.int(100, 90000) / 100,
        currency: random.pick(CURRENCIES),
        venue: random.pick(VENUES),
      };
    case 'BreachAnnounced':
      return {
        summary: 'Unauthorised access to IT systems',
        externalAccess: true,
        systemsAffected: random.pick(SYSTEMS),
        dataAtRisk: random.next() < 0.5,
      };
    case 'SystemsTakenOffline':
      return { systems: random.pick(SYSTEMS), summary: 'Taken offline' };
    case 'RegulatorNotified':
      return { regulator: random.pick(REGULATORS), summary: 'Incident reported' };
    default:
      return { summary: 'Disruption to trading expected', severity: random.pick(['low', 'medium', 'high']) };
  }
}

const TYPES = ['SharePriceMoved', 'BreachAnnounced', 'SystemsTakenOffline', 'RegulatorNotified', 'OperationalImpactReported'];

/** One disclosure of the workload for `company`, drawn from `random`. */
export function disclosure(company: string, random: SeededRandom): EventToAppend {
  const type = random.pick(TYPES);
  const disclosureId = random.uuid();
  const day = isoDate(random);
  const publisher = random.pick(PUBLISHERS);
  return {
    id: disclosureId,
    type,
    data: {
      companyId: company,
      disclosureId,
      occurredAt: day,
      disclosedAt: `${day}T07:00:00Z`,
      source: { kind: 'news', publisher, url: `https://news.example.com/a/${disclosureId.slice(0, 8)}` },
      facts: factsOf(type, random),
    },
    metadata: { recordedAt: `${day}T08:00:00.000Z`, schemaVersion: 1, correlationId: random.uuid(), recordedBy: 'bench' },
  };
}

/**
 * Disclosures spread round-robin over the companies (disclosure k goes to company k mod companies),
 * grouped into append calls of up to eventsPerCall events of one stream, in the order a writer would send them.
 * Deterministic: the same shape always yields the same bytes.
 */
export function disclosureWorkload(shape: WorkloadShape, seed = 20250101): AppendCall[] {
  const random = new SeededRandom(seed);
  const perCompany: EventToAppend[][] = Array.from({ length: shape.companies }, () => []);
  for (let k = 0; k < shape.disclosures; k++) {
    const company = k % shape.companies;
    perCompany[company].push(disclosure(companyId(company), random));
  }
  const calls: AppendCall[] = [];
  const rounds = Math.ceil(Math.max(...perCompany.map((events) => events.length)) / shape.eventsPerCall);
  for (let round = 0; round < rounds; round++) {
    perCompany.forEach((events, company) => {
      const start = round * shape.eventsPerCall;
      const slice = events.slice(start, start + shape.eventsPerCall);
      if (slice.length > 0) calls.push({ streamId: `company-${companyId(company)}`, streamLength: start, events: slice });
    });
  }
  return calls;
}

export function averageDataBytes(calls: readonly AppendCall[]): number {
  const events = calls.flatMap((call) => call.events);
  const total = events.reduce((sum, event) => sum + Buffer.byteLength(JSON.stringify(event.data)), 0);
  return total / events.length;
}
