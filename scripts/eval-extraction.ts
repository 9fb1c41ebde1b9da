/**
 * Scores article extraction against labelled folders: precision and recall by type and language,
 * matched on type and key facts. Usage: npm run eval:extraction [-- --verbose] [folder ...]
 * Without folders: the shared corpus (when present) and the project's own fixture articles.
 */
import { DEV_FIXTURES, HELD_OUT_FIXTURES, SHARED_CORPUS, hasCorpus, readCorpus } from '../libs/extraction/eval/corpus';
import { evaluate, overall } from '../libs/extraction/eval/evaluate';
import { ArticleScore, precision, recall, sumTallies, Tally } from '../libs/extraction/eval/score';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const named = args.filter((arg) => !arg.startsWith('--'));
const folders = named.length > 0 ? named : [SHARED_CORPUS, DEV_FIXTURES, HELD_OUT_FIXTURES];

for (const folder of folders) {
  if (!hasCorpus(folder)) {
    console.log(`${folder}: no expected.json here, skipped\n`);
    continue;
  }
  const scores = evaluate(readCorpus(folder));
  console.log(`== ${folder} (${scores.length} articles)`);
  printTable(sumTallies(scores, (language, type) => `${language}  ${type}`));
  printTable(sumTallies(scores, (language) => `${language}  (all types)`));
  printTable(new Map([['all', overall(scores)]]));
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

function printMistakes(scores: ArticleScore[]): void {
  for (const score of scores) {
    for (const event of score.missed) console.log(`  ${score.file}  missed  ${event.type} ${JSON.stringify(event.facts)}`);
    for (const proposal of score.extra) console.log(`  ${score.file}  extra   ${proposal.type} ${JSON.stringify(proposal.facts)}`);
  }
}
