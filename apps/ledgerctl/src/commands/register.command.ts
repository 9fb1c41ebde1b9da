import { Command } from 'commander';
import { newLedger } from '../new-ledger';
import { readJsonInput } from '../read-json-input';
import { STORE_OPTION_HELP, StoreOption, withStore } from '../store-option';
import { printWriteOutcome } from '../write-outcome';

export function registerCommand(): Command {
  return new Command('register')
    .description('register a company from a JSON document {companyId, name, aliases?, identifiers?, country?}')
    .argument('[file]', 'JSON file, or - for standard input', '-')
    .option('--store <location>', STORE_OPTION_HELP)
    .action(async (file: string, options: StoreOption) => {
      const input = await readJsonInput(file);
      await withStore(options, async (store) => printWriteOutcome(await newLedger(store).registerCompany(input)));
    });
}
