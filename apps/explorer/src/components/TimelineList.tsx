import { useEffect, useRef } from 'preact/hooks';
import type { Disclosure } from '../model';
import { DisclosureEntry } from './DisclosureEntry';

/** The entries shown so far; the next page loads when the end scrolls into view, or with the button. */
export function TimelineList(props: { items: Disclosure[]; hasMore: boolean; loading: boolean; onMore: () => void }) {
  const end = useRef<HTMLDivElement>(null);
  const onMore = useRef(props.onMore);
  onMore.current = props.onMore;
  useEffect(() => {
    if (!end.current || !('IntersectionObserver' in window)) return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && onMore.current(), { rootMargin: '800px' });
    observer.observe(end.current);
    return () => observer.disconnect();
  }, []);
  return (
    <div>
      <ol class="timeline" aria-busy={props.loading}>
        {props.items.map((disclosure) => (
          <li key={disclosure.disclosureId}>
            <DisclosureEntry disclosure={disclosure} />
          </li>
        ))}
      </ol>
      {!props.loading && props.items.length === 0 && <p>No disclosure matches.</p>}
      <div ref={end} class="timeline-end">
        {props.hasMore && (
          <button type="button" onClick={props.onMore} disabled={props.loading}>
            {props.loading ? 'Loading…' : 'Show more'}
          </button>
        )}
        {props.loading && !props.hasMore && <p>Loading…</p>}
      </div>
    </div>
  );
}
