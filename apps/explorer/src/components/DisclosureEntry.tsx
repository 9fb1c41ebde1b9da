import type { Disclosure } from '../model';
import { typeLabel } from '../event-types';
import { formatDate } from '../format';
import { Facts } from './Facts';

/** One disclosure of a timeline: what, when, from where, the quoted evidence, and every correction or retraction. */
export function DisclosureEntry({ disclosure }: { disclosure: Disclosure }) {
  const { source } = disclosure;
  return (
    <article
      class={`entry${disclosure.retracted ? ' retracted' : ''}`}
      aria-label={`${typeLabel(disclosure.type)} on ${formatDate(disclosure.occurredAt ?? disclosure.disclosedAt)}`}
    >
      <header>
        <h3>{typeLabel(disclosure.type)}</h3>
        <time dateTime={disclosure.occurredAt}>{formatDate(disclosure.occurredAt ?? disclosure.disclosedAt ?? disclosure.recordedAt)}</time>
        {disclosure.retracted && <span class="badge retracted-badge">Retracted</span>}
        {(disclosure.corrections?.length ?? 0) > 0 && <span class="badge corrected-badge">Corrected</span>}
      </header>
      <Facts facts={disclosure.facts} />
      {disclosure.evidence?.map((evidence, index) => (
        <blockquote key={index} class="evidence">
          “{evidence.quote}”
        </blockquote>
      ))}
      {source && (
        <p class="source muted">
          Source: {source.kind}
          {source.publisher && `, ${source.publisher}`}
          {source.title && `, “${source.title}”`}
          {source.url && (
            <>
              {' '}
              <a href={source.url} rel="noreferrer noopener">
                link
              </a>
            </>
          )}
          {disclosure.disclosedAt && ` · published ${formatDate(disclosure.disclosedAt)}`} · recorded {formatDate(disclosure.recordedAt)}
        </p>
      )}
      {disclosure.corrections?.map((correction) => (
        <div key={correction.disclosureId} class="correction">
          <strong>Corrected</strong> {formatDate(correction.recordedAt)}: {correction.reason}
          {correction.occurredAt && <span> (date now {formatDate(correction.occurredAt)})</span>}
          {correction.facts && <Facts facts={correction.facts} />}
        </div>
      ))}
      {disclosure.original && (disclosure.corrections?.length ?? 0) > 0 && (
        <details>
          <summary>As first recorded</summary>
          <Facts facts={disclosure.original.facts} />
        </details>
      )}
      {disclosure.retraction && (
        <p class="retraction">
          <strong>Retracted</strong> {formatDate(disclosure.retraction.recordedAt)}: {disclosure.retraction.reason}
        </p>
      )}
    </article>
  );
}
