import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { Position, comparePositions, parsePosition } from '@ledger/event-store';
import { DEFAULT_READ_STORE } from '@ledger/platform/config/ledger-config';
import { LEDGER_PROJECTIONS, openReadStore, readCheckpoints } from '@ledger/projections';
import { CliError } from '../cli-error';
import { STORE_OPTION_HELP, StoreOption, withStore } from '../store-option';

interface StatusOptions extends StoreOption {
  readStore?: string;
  json?: boolean;
}

export function projectionsCommand(): Command {
  const projections = new Command('projections').description('the read models of the query service');
  projections
    .command('status')
    .exitOverride()
    .description("each projection's name, version, checkpoint, the log's head and the lag")
    .option('--read-store <file>', `read store (default: $LEDGER_READ_STORE or ${DEFAULT_READ_STORE})`)
    .option('--store <location>', STORE_OPTION_HELP)
    .option('--json', 'one JSON object per projection')
    .action((options: StatusOptions) =>
      withStore(options, async (store) => {
        const rows = checkpointsIn(options.readStore ?? (process.env.LEDGER_READ_STORE?.trim() || DEFAULT_READ_STORE));
        const head = await store.headPosition();
        const lines = rows.map((row) => {
          const current = LEDGER_PROJECTIONS.find((projection) => projection.name === row.name);
          return {
            name: row.name,
            version: row.version,
            codeVersion: current?.version ?? null,
            checkpoint: row.position,
            head,
            lag: lagBetween(row.position, head),
          };
        });
        for (const line of lines) {
          const stale = line.codeVersion !== line.version ? ` (this build: v${line.codeVersion ?? 'none'}, rebuild needed)` : '';
          const text = `${line.name}  v${line.version}${stale}  checkpoint ${line.checkpoint ?? 'none'}  head ${line.head ?? 'none'}  lag ${line.lag}`;
          process.stdout.write(`${options.json ? JSON.stringify(line) : text}\n`);
        }
      }),
    );
  return projections;
}

function checkpointsIn(file: string) {
  if (!existsSync(file)) throw new CliError(`no read store at ${file}: start the query service once, or give --read-store`);
  const db = openReadStore(file, { readonly: true });
  try {
    const rows = readCheckpoints(db);
    if (rows.length === 0) throw new CliError(`${file} holds no projection checkpoints`);
    return rows;
  } finally {
    db.close();
  }
}

/** Events behind, when positions are the embedded store's sequence numbers; otherwise 0 or "behind". */
function lagBetween(checkpoint: Position | null, head: Position | null): number | string {
  if (head === null) return 0;
  const at = checkpoint ?? '0';
  if (comparePositions(at, head) >= 0) return 0;
  const [from, to] = [parsePosition(at), parsePosition(head)];
  const sequential = from.commit === from.prepare && to.commit === to.prepare;
  return sequential ? Number(to.commit - from.commit) : 'behind';
}
