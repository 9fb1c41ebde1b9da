import { DISCLOSURE_TYPES } from '../event-types';
import type { TimelineFilter } from '../timeline-filter';

/** Order, type and date range of a timeline. */
export function TimelineFilters({ filter, onChange }: { filter: TimelineFilter; onChange: (filter: TimelineFilter) => void }) {
  const set = (name: keyof TimelineFilter) => (event: Event) =>
    onChange({ ...filter, [name]: (event.currentTarget as HTMLInputElement | HTMLSelectElement).value });
  return (
    <form class="filters" onSubmit={(event) => event.preventDefault()}>
      <label>
        Order
        <select value={filter.order} onChange={set('order')}>
          <option value="desc">Newest first</option>
          <option value="asc">Oldest first</option>
        </select>
      </label>
      <label>
        Type
        <select value={filter.type} onChange={set('type')}>
          <option value="">All types</option>
          {Object.entries(DISCLOSURE_TYPES).map(([type, label]) => (
            <option key={type} value={type}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <input type="date" value={filter.from} onChange={set('from')} />
      </label>
      <label>
        To
        <input type="date" value={filter.to} onChange={set('to')} />
      </label>
    </form>
  );
}
