import { InvalidArgumentError } from 'commander';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { ExtractResult, KnownCompany, Language, MAX_ARTICLE_CHARACTERS, isLanguage, publicationDay, registeredCompanies } from '@ledger/extraction';
import { CliError } from '../cli-error';
import { fromEnvironment, isSetInEnvironment } from '../environment';
import { inputName, readInputBytes, utf8Text } from '../read-input';
import { StoreOption, withExistingStore } from '../store-option';

/** No character takes more than 4 bytes in UTF-8: a longer input cannot be within the limit. */
const MAX_ARTICLE_BYTES = 4 * MAX_ARTICLE_CHARACTERS;

/** Options shared by the commands that read an article. */
export interface ArticleOptions extends StoreOption {
  lang?: Language;
  publishedOn?: string;
}

/**
 * Reads an article's text from a file, or from standard input when the name is "-": UTF-8, and
 * within the characters the HTTP API takes.
 */
export async function readArticleText(name: string): Promise<string> {
  const where = inputName(name);
  const limit = `the limit of ${MAX_ARTICLE_CHARACTERS} characters`;
  const text = utf8Text(await readInputBytes(name, MAX_ARTICLE_BYTES, limit), name);
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

/**
 * Registered companies from the store named by --store or $LEDGER_STORE; none when neither is given.
 * A --store that names no store is an error; $LEDGER_STORE may name one not yet created.
 */
export async function companiesFrom(options: StoreOption): Promise<KnownCompany[]> {
  if (!options.store && !isSetInEnvironment('LEDGER_STORE')) return [];
  const environmentStore = options.store ? undefined : fromEnvironment('LEDGER_STORE');
  if (environmentStore !== undefined && isMissingFile(environmentStore)) {
    process.stderr.write(`ledgerctl: no ledger store at ${path.resolve(environmentStore)} ($LEDGER_STORE): company names are not resolved\n`);
    return [];
  }
  return withExistingStore(options, (store) => registeredCompanies(store));
}

function isMissingFile(location: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(location) && !existsSync(path.resolve(location));
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
    lines.push(
      '',
      `${index + 1}. ${proposal.type}  on ${proposal.occurredOn ?? '-'}  confidence ${proposal.confidence.toFixed(2)}  id ${proposal.disclosureId}`,
    );
    for (const [name, value] of Object.entries(proposal.facts)) {
      if (name !== 'summary') lines.push(`   ${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
    }
    for (const quote of proposal.evidence) lines.push(`   [${quote.start}-${quote.end}] "${quote.quote}"`);
  });
  return `${lines.join('\n')}\n`;
}
