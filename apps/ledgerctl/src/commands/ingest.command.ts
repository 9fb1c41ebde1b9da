import { Command } from 'commander';
import { extract, registeredCompanies, toDisclosures } from '@ledger/extraction';
import { newLedger } from '../new-ledger';
import { STORE_OPTION_HELP, withExistingStore, withStore } from '../store-option';
import { printWriteOutcome } from '../write-outcome';
import { ArticleOptions, describeExtraction, parseLanguage, parsePublishedOn, readArticleText } from './article-input';

interface IngestOptions extends ArticleOptions {
  company: string;
  commit?: boolean;
  publisher?: string;
  url?: string;
  title?: string;
}

export function ingestCommand(): Command {
  return new Command('ingest')
    .description("extract an article's disclosures for a company; a dry run unless --commit, which records them with the article as source")
    .argument('<file>', 'text file, or - for standard input')
    .requiredOption('--company <id>', 'the registered company the article is about')
    .option('--lang <language>', 'fr or en (detected when absent)', parseLanguage)
    .option('--published-on <date>', 'publication day, YYYY-MM-DD: resolves "lundi", "yesterday" and dates the disclosures', parsePublishedOn)
    .option('--publisher <name>', "the article's publisher, kept in each disclosure's source")
    .option('--url <url>', "the article's address, kept in each disclosure's source")
    .option('--title <title>', "the article's title, kept in each disclosure's source")
    .option('--commit', 'record the disclosures (ingesting the same article again records nothing new)')
    .option('--store <location>', STORE_OPTION_HELP)
    .action(async (file: string, options: IngestOptions) => {
      const text = await readArticleText(file);
      // A dry run only reads the log: it must not create a store where a --store was mistyped.
      return (options.commit ? withStore : withExistingStore)(options, async (store) => {
        const companies = await registeredCompanies(store);
        const result = extract({ text, language: options.lang, publishedOn: options.publishedOn, companies });
        const source = { publisher: options.publisher, url: options.url, title: options.title };
        const disclosures = toDisclosures(result, { publishedOn: options.publishedOn, source });
        if (!companies.some((company) => company.companyId === options.company))
          process.stderr.write(`ledgerctl: ${options.company} is not a registered company\n`);
        if (!options.commit) {
          process.stdout.write(describeExtraction(result));
          process.stdout.write(`\ndry run: ${disclosures.length} disclosure(s) for ${options.company} not recorded; add --commit to record them\n`);
          return;
        }
        if (disclosures.length === 0) {
          process.stdout.write(`${JSON.stringify({ disclosures: [], replayed: false })}\n`);
          return;
        }
        printWriteOutcome(await newLedger(store).recordDisclosures(options.company, { disclosures }));
      });
    });
}
