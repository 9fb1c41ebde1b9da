import { formatFactValue, humanise } from '../format';

/** A disclosure's facts as a definition list. */
export function Facts({ facts }: { facts: Record<string, unknown> | undefined }) {
  const entries = Object.entries(facts ?? {});
  if (entries.length === 0) return null;
  return (
    <dl class="facts">
      {entries.map(([name, value]) => (
        <div key={name}>
          <dt>{humanise(name)}</dt>
          <dd>{formatFactValue(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
