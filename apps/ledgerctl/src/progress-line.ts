import type { RebuildProgress } from '@ledger/projections';

const BAR_WIDTH = 28;

/**
 * Shows a rebuild's progress on stderr: on a terminal, a bar redrawn in place; otherwise one plain
 * line every few seconds, so that logs stay readable.
 */
export function progressLine(
  stream: NodeJS.WriteStream = process.stderr,
  plainEveryMs = 5_000,
): { update: (progress: RebuildProgress) => void; end: () => void } {
  let lastPlain = 0;
  let drawn = false;
  return {
    update(progress) {
      if (stream.isTTY) {
        stream.write(`\r${describe(progress, true)}\u001b[K`);
        drawn = true;
      } else if (Date.now() - lastPlain >= plainEveryMs) {
        lastPlain = Date.now();
        stream.write(`${describe(progress, false)}\n`);
      }
    },
    end() {
      if (drawn) stream.write('\n');
    },
  };
}

function describe(progress: RebuildProgress, bar: boolean): string {
  const fraction = progress.total ? Math.min(1, progress.events / progress.total) : null;
  const counted = `${progress.events.toLocaleString('en-GB')}${progress.total ? `/${progress.total.toLocaleString('en-GB')}` : ''} events`;
  const rate = `${Math.round(progress.eventsPerSecond).toLocaleString('en-GB')} events/s`;
  const eta = progress.etaMs === null ? 'ETA --' : `ETA ${seconds(progress.etaMs)}`;
  if (!bar) return `rebuild: ${progress.state} ${counted} ${rate} ${eta}`;
  const filled = fraction === null ? 0 : Math.round(fraction * BAR_WIDTH);
  const percent = fraction === null ? '' : ` ${(fraction * 100).toFixed(0).padStart(3)}%`;
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}]${percent} ${counted}  ${rate}  ${eta}`;
}

function seconds(ms: number): string {
  const total = Math.round(ms / 1000);
  return total >= 60 ? `${Math.floor(total / 60)}m${String(total % 60).padStart(2, '0')}s` : `${total}s`;
}
