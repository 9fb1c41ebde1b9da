import { Command, InvalidArgumentError } from 'commander';
import type { RecordedEvent } from '@ledger/event-store';
import { STORE_OPTION_HELP, StoreOption, withExistingStore } from '../store-option';

interface ReadOptions extends StoreOption {
  from?: number;
  max?: number;
  backwards?: boolean;
  json?: boolean;
}

export function readCommand(): Command {
  return new Command('read')
    .description("print a stream's events, e.g. company-cvs-group")
    .argument('<stream>', 'stream name')
    .option('--from <revision>', 'first revision to print', parseCount)
    .option('--max <count>', 'at most this many events', parseCount)
    .option('--backwards', 'newest first')
    .option('--json', 'one JSON object per line: streamId, revision, position, id, type, data, metadata')
    .option('--store <location>', STORE_OPTION_HELP)
    .action((stream: string, options: ReadOptions) =>
      withExistingStore(options, async (store) => {
        const events = await store.readStream(stream, {
          fromRevision: options.from,
          maxCount: options.max,
          direction: options.backwards ? 'backwards' : 'forwards',
        });
        if (events.length === 0 && !options.json) process.stderr.write(`${stream}: no events\n`);
        for (const event of events) process.stdout.write(`${options.json ? JSON.stringify(asJson(event)) : describe(event)}\n`);
      }),
    );
}

/** The event as --json prints it: without the copy of its data as a string that a store may add. */
function asJson({ streamId, revision, position, id, type, data, metadata }: RecordedEvent) {
  return { streamId, revision, position, id, type, data, metadata };
}

function describe(event: RecordedEvent): string {
  return `${event.streamId}@${event.revision}  ${event.metadata.recordedAt}  ${event.type}  ${JSON.stringify(event.data)}`;
}

function parseCount(text: string): number {
  if (!/^\d{1,15}$/.test(text)) throw new InvalidArgumentError('must be a whole number');
  return Number(text);
}
