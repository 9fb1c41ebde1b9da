import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
// The domain's own rule (free of any framework), so that a live correction reads as the timeline will store it.
// eslint-disable-next-line no-restricted-imports -- the lib's index would bring node:crypto into the browser bundle
import { applyFactsPatch } from '../../../libs/disclosures/src/company/facts-patch';
import { answer, present } from './answer';
import { ledger } from './ledger';
import type { Disclosure } from './model';
import { TimelineFilter, matchesFilter } from './timeline-filter';

/** Rows a page asks for: enough to fill a screen twice, few enough to answer at once. */
const PAGE_SIZE = 40;

interface TimelinePage {
  disclosures: Disclosure[];
  next: string | null;
}

/** A company's timeline read page by page with the API's cursors, kept current by live events. */
export function useTimeline(companyId: string, filter: TimelineFilter) {
  const [items, setItems] = useState<Disclosure[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [position, setPosition] = useState<string | null>(null);
  const generation = useRef(0);

  const params = { type: filter.type, from: filter.from, to: filter.to, order: filter.order, limit: PAGE_SIZE };
  const load = useCallback(
    async (cursor: string | null) => {
      const mine = generation.current;
      setLoading(true);
      try {
        const page = await answer<TimelinePage>(
          ledger().GET('/v1/companies/{companyId}/disclosures', { params: { path: { companyId }, query: present({ ...params, cursor }) } }),
        );
        if (mine !== generation.current) return;
        setItems((shown) => (cursor === null ? page.body.disclosures : [...shown, ...page.body.disclosures]));
        setNext(page.body.next);
        if (cursor === null) setPosition(page.position);
        setError(null);
      } catch (failure) {
        if (mine === generation.current) setError(failure);
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [companyId, filter.type, filter.from, filter.to, filter.order],
  );

  useEffect(() => {
    generation.current += 1;
    setItems([]);
    void load(null);
  }, [load]);

  const loadMore = () => {
    if (next !== null && !loading) void load(next);
  };

  /** A live event of this company: a new disclosure takes its place, a correction or retraction marks its disclosure. */
  const apply = (type: string, data: any) => {
    if (type === 'DisclosureCorrected') {
      const { disclosureId, reason, facts, occurredAt } = data.facts ?? {};
      const correction = { disclosureId: data.disclosureId, revision: data.revision, recordedAt: data.recordedAt, reason, facts, occurredAt };
      const amend = (item: Disclosure): Disclosure => ({
        ...item,
        original: item.original ?? { facts: item.facts, occurredAt: item.occurredAt },
        facts: facts ? applyFactsPatch(item.facts ?? {}, facts) : item.facts,
        occurredAt: occurredAt ?? item.occurredAt,
        corrections: [...(item.corrections ?? []), correction],
      });
      setItems((shown) => shown.map((item) => (item.disclosureId === disclosureId ? amend(item) : item)));
    } else if (type === 'DisclosureRetracted') {
      const { disclosureId, reason } = data.facts ?? {};
      setItems((shown) =>
        shown.map((item) => (item.disclosureId === disclosureId ? { ...item, retracted: true, retraction: { reason, recordedAt: data.recordedAt } } : item)),
      );
    } else if (type !== 'CompanyRegistered' && matchesFilter(filter, type, data.occurredAt)) {
      const arrived = data as Disclosure;
      setItems((shown) => {
        if (shown.some((item) => item.disclosureId === arrived.disclosureId)) return shown;
        // Newest first: at the top. Oldest first: at the end once every page is shown, else a later page brings it.
        if (filter.order === 'desc') return [arrived, ...shown];
        return next === null ? [...shown, arrived] : shown;
      });
    }
  };

  return { items, next, loading, error, position, loadMore, apply };
}
