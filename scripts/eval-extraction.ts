/**
 * Scores article extraction against labelled folders: precision and recall by language and type,
 * matched on type and key facts, and the confusions (what was proposed instead of each missed label).
 * Usage: npm run eval:extraction [-- --verbose] [folder ...]
 * Without folders: the shared development articles (when present) and the project's own fixture sets.
 */
import { confusionsOf } from '../libs/extraction/eval/confusions';
import { DEV_FIXTURE_SETS, HELD_OUT_FIXTURES, SCORED_HELD_OUT_SETS, SHARED_ARTICLES, hasCorpus, readCorpus } from '../libs/extraction/eval/corpus';
import { evaluate, overall } from '../libs/extraction/eval/evaluate';
import { ArticleScore, precision, recall, sumTallies, Tally } from '../libs/extraction/eval/score';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const named = args.filter((arg) => !arg.startsWith('--'));
const folders = named.length > 0 ? named : [SHARED_ARTICLES, ...DEV_FIXTURE_SETS, HELD_OUT_FIXTURES, ...SCORED_HELD_OUT_SETS];

for (const folder of folders) {
  if (!hasCorpus(folder)) {
    console.log(`${folder}: no expected.json here, skipped\n`);
    continue;
  }
  const scores = evaluate(readCorpus(folder));
  console.log(`== ${folder} (${scores.length} articles)`);
  printTable(sumTallies(scores, (language) => `${language}  (all types)`));
  printTable(new Map([['all', overall(scores)]]));
  console.log('-- by language and type');
  printTable(sumTallies(scores, (language, type) => `${language}  ${type}`));
  printConfusions(scores);
  if (verbose) printMistakes(scores);
  console.log('');
}

function printTable(rows: Map<string, Tally>): void {
  for (const [key, tally] of [...rows.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const counts = `tp ${tally.truePositives}  fp ${tally.falsePositives}  fn ${tally.falseNegatives}`;
    const dates = tally.truePositives > 0 ? `  dates ${tally.datesRight}/${tally.truePositives}` : '';
    console.log(`${key.padEnd(36)} P ${precision(tally).toFixed(2)}  R ${recall(tally).toFixed(2)}  ${counts}${dates}`);
  }
}

function printConfusions(scores: ArticleScore[]): void {
  const counts = new Map<string, number>();
  for (const { language, expected, proposed } of scores.flatMap(confusionsOf)) {
    const key = `${language}  ${expected} -> ${proposed}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (counts.size === 0) return;
  console.log('-- confusions (labelled -> proposed instead)');
  for (const [key, count] of [...counts.entries()].sort(([a], [b]) => a.localeCompare(b))) console.log(`${key.padEnd(70)} ${count}`);
}

function printMistakes(scores: ArticleScore[]): void {
  for (const score of scores) {
    for (const event of score.missed) console.log(`  ${score.file}  missed  ${event.type} ${JSON.stringify(event.facts)}`);
    for (const proposal of score.extra) console.log(`  ${score.file}  extra   ${proposal.type} ${JSON.stringify(proposal.facts)}`);
  }
}
