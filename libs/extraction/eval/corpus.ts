import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface ExpectedEvent {
  type: string;
  occurredOn: string | null;
  facts: Record<string, unknown>;
}

export interface LabelledArticle {
  file: string;
  text: string;
  language: string;
  publishedOn: string | null;
  events: ExpectedEvent[];
}

interface ExpectedEntry {
  file: string;
  events: ExpectedEvent[];
  meta: { language: string; publishedOn: string | null };
}

export const REPO_ROOT = resolve(__dirname, '../../..');
/** Real articles kept next to the repository, not in it; absent on most machines. */
export const SHARED_CORPUS = resolve(REPO_ROOT, '../shared/corpus');
export const DEV_FIXTURES = resolve(__dirname, '../src/fixtures/dev');
export const HELD_OUT_FIXTURES = resolve(__dirname, '../src/fixtures/held-out');
/** Articles written and labelled before the extractor was tuned on them, to estimate generalisation. */
export const BLIND_FIXTURES = [resolve(__dirname, '../src/fixtures/blind'), resolve(__dirname, '../src/fixtures/blind-2')];

export function hasCorpus(dir: string): boolean {
  return existsSync(join(dir, 'expected.json'));
}

/** A labelled folder: `expected.json` and one text file per article, whose header lines end at the first blank line. */
export function readCorpus(dir: string): LabelledArticle[] {
  const entries = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as ExpectedEntry[];
  return entries.map((entry) => ({
    file: entry.file,
    text: articleBody(readFileSync(join(dir, entry.file), 'utf8')),
    language: entry.meta.language,
    publishedOn: entry.meta.publishedOn,
    events: entry.events,
  }));
}

/** The article without its "source:" / "retrieved-from:" header. */
export function articleBody(file: string): string {
  if (!/^source:/.test(file)) return file;
  const blank = file.search(/\r?\n\s*\r?\n/);
  return blank < 0 ? file : file.slice(blank).replace(/^\s*\r?\n/, '').replace(/^\r?\n/, '');
}
