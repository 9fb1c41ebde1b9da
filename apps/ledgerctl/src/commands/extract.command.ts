import { Command } from 'commander';
import { extract } from '@ledger/extraction';
import { STORE_OPTION_HELP } from '../store-option';
import { ArticleOptions, companiesFrom, describeExtraction, parseLanguage, parsePublishedOn, readArticleText } from './article-input';

interface ExtractOptions extends ArticleOptions {
  json?: boolean;
}

export function extractCommand(): Command {
  return new Command('extract')
    .description('read a news article (French or English) into proposed disclosures, each with its quoted evidence')
    .argument('<file>', 'text file, or - for standard input')
    .option('--lang <language>', 'fr or en (detected when absent)', parseLanguage)
    .option('--published-on <date>', 'publication day, YYYY-MM-DD: resolves "lundi", "yesterday"', parsePublishedOn)
    .option('--json', 'print {language, companies, proposals} as JSON')
    .option('--store <location>', `resolve company names against its registrations; ${STORE_OPTION_HELP} (only when given or set)`)
    .action(async (file: string, options: ExtractOptions) => {
      const text = await readArticleText(file);
      const result = extract({ text, language: options.lang, publishedOn: options.publishedOn, companies: await companiesFrom(options) });
      process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : describeExtraction(result));
    });
}
