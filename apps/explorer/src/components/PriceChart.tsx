import { useEffect, useRef, useState } from 'preact/hooks';
import { answer } from '../answer';
import { MARKED_TYPES, typeLabel } from '../event-types';
import { ledger } from '../ledger';
import type { Disclosure } from '../model';

interface Page {
  disclosures: Disclosure[];
}

const dayOf = (disclosure: Disclosure) => Date.parse((disclosure.occurredAt ?? disclosure.disclosedAt ?? disclosure.recordedAt).slice(0, 10)) / 1000;

/** The share price over time (the prices SharePriceMoved disclosures state), with a line at each incident or probe disclosure. */
export function PriceChart({ companyId, revision }: { companyId: string; revision: number }) {
  const host = useRef<HTMLDivElement>(null);
  const [summary, setSummary] = useState('Loading the share price…');
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    // The latest 500 of each, oldest first for the chart.
    const latest = (type: string) =>
      answer<Page>(ledger().GET('/v1/companies/{companyId}/disclosures', { params: { path: { companyId }, query: { order: 'desc', limit: 500, type } } }));
    void Promise.all([latest('SharePriceMoved'), latest(MARKED_TYPES.join(',')), import('uplot')]).then(
      ([prices, marked, { default: uPlot }]) => {
        if (cancelled || !host.current) return;
        const points = prices.body.disclosures.filter((d) => !d.retracted && typeof d.facts?.price === 'number').reverse();
        const markers = marked.body.disclosures.filter((d) => !d.retracted).reverse();
        setSummary(
          points.length === 0
            ? `No share price recorded; ${markers.length} incident or probe disclosure(s).`
            : `${points.length} price(s) from ${points[0].occurredAt} to ${points[points.length - 1].occurredAt}; ${markers.length} incident or probe disclosure(s) marked.`,
        );
        if (points.length === 0) return;
        const width = Math.max(280, host.current.clientWidth);
        // The time axis spans the markers too, so that an incident before the first price still shows.
        const times = [...points, ...markers].map(dayOf);
        chart = new uPlot(
          {
            width,
            height: 220,
            series: [
              {},
              {
                label: `Price (${typeof points[0].facts?.currency === 'string' ? points[0].facts.currency : ''})`,
                stroke: '#1d4ed8',
                width: 2,
                points: { show: true },
              },
            ],
            axes: [{}, { size: 60 }],
            scales: { x: { time: true, range: () => [Math.min(...times) - 86_400, Math.max(...times) + 86_400] } },
            hooks: {
              draw: [
                (plot) => {
                  const { ctx, bbox } = plot;
                  ctx.save();
                  for (const marker of markers) {
                    const x = plot.valToPos(dayOf(marker), 'x', true);
                    if (x < bbox.left || x > bbox.left + bbox.width) continue;
                    ctx.strokeStyle = marker.type.startsWith('RegulatoryProbe') ? '#7c3aed' : '#b91c1c';
                    ctx.setLineDash([4, 4]);
                    ctx.beginPath();
                    ctx.moveTo(x, bbox.top);
                    ctx.lineTo(x, bbox.top + bbox.height);
                    ctx.stroke();
                  }
                  ctx.restore();
                },
              ],
            },
          },
          [points.map(dayOf), points.map((d) => d.facts?.price as number)],
          host.current,
        );
        host.current.dataset.markers = markers.map((d) => typeLabel(d.type)).join(', ');
      },
      (error: unknown) => !cancelled && setSummary(`The chart could not load: ${error instanceof Error ? error.message : String(error)}`),
    );
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [companyId, revision]);
  return (
    <section aria-labelledby="chart-heading" class="chart">
      <h2 id="chart-heading">Share price</h2>
      <p class="muted" id="chart-summary">
        {summary} <span class="legend-incident">Red dashes: incident</span>, <span class="legend-probe">purple dashes: probe</span>.
      </p>
      <div ref={host} role="img" aria-labelledby="chart-summary" />
    </section>
  );
}
