import { InvalidArgumentError } from 'commander';
import { readFileSync } from 'node:fs';
import { ExtractResult, KnownCompany, Language, MAX_ARTICLE_CHARACTERS, isLanguage, publicationDay, registeredCompanies } from '@ledger/extraction';
import { CliError } from '../cli-error';
import { StoreOption, withStore } from '../store-option';

/** Options shared by the commands that read an article. */
export interface ArticleOptions extends StoreOption {
  lang?: Language;
  publishedOn?: string;
}

/** Reads an article's text from a file, or from standard input when the name is "-". */
export function readArticleText(name: string): string {
  const where = name === '-' ? 'standard input' : name;
  let text: string;
  try {
    text = readFileSync(name === '-' ? 0 : name, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${where}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (text.trim() === '') throw new CliError(`${where} is empty`);
  if (text.length > MAX_ARTICLE_CHARACTERS) throw new CliError(`${where} has ${text.length} characters; the limit is ${MAX_ARTICLE_CHARACTERS}`);
  return text;
}

export function parseLanguage(value: string): Language {
  if (!isLanguage(value)) throw new InvalidArgumentError('fr or en');
  return value;
}

export function parsePublishedOn(value: string): string {
  try {
    return publicationDay(value) ?? '';
  } catch {
    throw new InvalidArgumentError('a date, YYYY-MM-DD');
  }
}

/** Registered companies from the store named by --store or $LEDGER_STORE; none when neither is given. */
export async function companiesFrom(options: StoreOption): Promise<KnownCompany[]> {
  if (!options.store && !process.env.LEDGER_STORE?.trim()) return [];
  return withStore(options, (store) => registeredCompanies(store));
}

/** The extraction as a table a person can check: each proposal, its facts, and every quoted sentence. */
export function describeExtraction(result: ExtractResult): string {
  const lines = [`language: ${result.language}`];
  for (const company of result.companies) {
    const registration = company.registered ? `registered as ${company.companyId}` : 'not registered';
    lines.push(`company: ${company.name} (${registration}, ${company.mentions.length} mention${company.mentions.length === 1 ? '' : 's'})`);
  }
  if (result.proposals.length === 0) lines.push('no disclosure found');
  result.proposals.forEach((proposal, index) => {
    lines.push('', `${index + 1}. ${proposal.type}  on ${proposal.occurredOn ?? '-'}  confidence ${proposal.confidence.toFixed(2)}  id ${proposal.disclosureId}`);
    for (const [name, value] of Object.entries(proposal.facts)) {
      if (name !== 'summary') lines.push(`   ${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
    }
    for (const quote of proposal.evidence) lines.push(`   [${quote.start}-${quote.end}] "${quote.quote}"`);
  });
  return `${lines.join('\n')}\n`;
}
