import { useEffect, useState } from 'preact/hooks';
import { answer } from '../answer';
import { typeLabel } from '../event-types';
import { formatDate } from '../format';
import { ledger } from '../ledger';
import { useLiveStream } from '../live';
import type { Disclosure } from '../model';
import { Link, companyPath } from '../router';
import { ErrorNote } from './ErrorNote';

const SHOWN = 30;

/** The latest disclosures across companies: the last ones recorded, then each as it comes. */
export function LiveFeed() {
  const [items, setItems] = useState<Disclosure[]>([]);
  const [after, setAfter] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    answer<{ disclosures: Disclosure[] }>(ledger().GET('/v1/disclosures', { params: { query: { order: 'desc', limit: SHOWN } } })).then((latest) => {
      setItems(latest.body.disclosures);
      setAfter(latest.position ?? '');
    }, setError);
  }, []);
  const live = useLiveStream(undefined, after, (type, data) => {
    if (type === 'CompanyRegistered') return;
    setItems((shown) => (shown.some((item) => item.disclosureId === data.disclosureId) ? shown : [data as Disclosure, ...shown].slice(0, SHOWN)));
  });
  return (
    <section aria-labelledby="feed-heading">
      <h2 id="feed-heading">Latest disclosures</h2>
      <p class="live-state" role="status">
        Live updates: {live}
      </p>
      <ErrorNote error={error} />
      <ol class="feed" aria-live="polite">
        {items.map((item) => (
          <li key={item.disclosureId}>
            <Link href={companyPath(item.companyId)}>{item.companyId}</Link> — {typeLabel(item.type)}{' '}
            <span class="muted">{formatDate(item.occurredAt ?? item.recordedAt)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
