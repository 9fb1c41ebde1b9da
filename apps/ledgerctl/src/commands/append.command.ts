import { Command, InvalidArgumentError } from 'commander';
import { newLedger } from '../new-ledger';
import { readJsonInput } from '../read-json-input';
import { STORE_OPTION_HELP, StoreOption, withStore } from '../store-option';
import { printWriteOutcome } from '../write-outcome';

interface AppendOptions extends StoreOption {
  expectedRevision?: number;
}

export function appendCommand(): Command {
  return new Command('append')
    .description("record a company's disclosures from a JSON document: one disclosure, or {disclosures: [...]} (atomic)")
    .argument('<companyId>', 'the registered company')
    .argument('[file]', 'JSON file, or - for standard input', '-')
    .option('--expected-revision <n>', 'fail unless the company is at this revision', parseRevision)
    .option('--store <location>', STORE_OPTION_HELP)
    .action(async (companyId: string, file: string, options: AppendOptions) => {
      const input = await readJsonInput(file);
      await withStore(options, async (store) =>
        printWriteOutcome(await newLedger(store).recordDisclosures(companyId, input, { expectedRevision: options.expectedRevision })),
      );
    });
}

export function parseRevision(text: string): number {
  if (!/^(-1|0|[1-9]\d{0,15})$/.test(text)) throw new InvalidArgumentError('a revision is an integer >= -1');
  return Number(text);
}
