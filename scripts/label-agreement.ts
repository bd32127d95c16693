/**
 * How far two labellings of the same posts agree: `npm run label-agreement -- FILE_A FILE_B`.
 * For each label both files hold, over the posts both label, it prints the counts, the share of
 * posts given the same answer, Cohen's kappa and the posts where the two part. It needs no corpus:
 * labels files hold ids and answers only.
 *
 * Why: a check cannot agree with its labels more than the labellers agree with each other. The
 * team labelled 80 posts of sets M–Z a second time, blind to the first answers
 * (`scripts/labels-retest.jsonl`); kappa between the two is the ceiling the held-out target meets
 * on labels made by one person (README, "Which figures to trust").
 *   npm run label-agreement -- scripts/labels-team.jsonl scripts/labels-retest.jsonl
 * A file name without a "/" is read from the corpus folder, as `npm run eval -- --labels` does.
 */
import { resolve } from 'node:path';
import { agreement } from './agreement';
import { orExit, readJsonl } from './corpus';

type LabelRow = { id: string } & Record<string, unknown>;

/** What `labelAgreement` says of one label: the confusion counts (file A as the truth, 1 as the class), agreement, kappa and where the two part. */
export interface LabelComparison {
  label: string;
  posts: number;
  counts: { both: number; onlyA: number; onlyB: number; neither: number };
  agreement: number;
  kappa: number;
  parted: string[];
}

/** Compares two labellings: every 0/1 label present in both files, over the ids both hold. */
export function labelAgreement(a: readonly LabelRow[], b: readonly LabelRow[]): LabelComparison[] {
  const byId = new Map(b.map((row) => [row.id, row]));
  const pairs = a.flatMap((row) => {
    const other = byId.get(row.id);
    return other ? [[row, other] as const] : [];
  });
  const labels = [...new Set(pairs.flatMap(([x]) => Object.keys(x)))].filter((key) => pairs.some(([x, y]) => isAnswer(x[key]) && isAnswer(y[key])));
  return labels.map((label) => {
    const counts = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };
    const parted: string[] = [];
    for (const [x, y] of pairs) {
      if (!isAnswer(x[label]) || !isAnswer(y[label])) continue;
      const [inA, inB] = [x[label] === 1, y[label] === 1];
      counts[inA ? (inB ? 'both' : 'onlyA') : inB ? 'onlyB' : 'neither']++;
      if (inA !== inB) parted.push(x.id);
    }
    const { accuracy, kappa } = agreement({ tp: counts.both, fn: counts.onlyA, fp: counts.onlyB, tn: counts.neither });
    return { label, posts: counts.both + counts.onlyA + counts.onlyB + counts.neither, counts, agreement: accuracy, kappa, parted };
  });
}

const isAnswer = (value: unknown): value is 0 | 1 => value === 0 || value === 1;

function main(files: string[]): void {
  if (files.length !== 2) {
    console.error('Usage: npm run label-agreement -- FILE_A FILE_B (two labels files, JSON Lines of {"id", label: 0|1, …})');
    process.exit(2);
  }
  const [a, b] = files.map((file) => orExit(() => readJsonl<LabelRow>(file.includes('/') ? resolve(file) : file)));
  const comparisons = labelAgreement(a!, b!);
  if (comparisons.length === 0) {
    console.error(`${files[0]} and ${files[1]} share no labelled post: nothing to compare (are the paths right?)`);
    process.exit(2);
  }
  for (const c of comparisons) {
    const { both, onlyA, onlyB, neither } = c.counts;
    console.log(`${c.label.padEnd(14)} ${c.posts} posts: 1 in both ${both}, only A ${onlyA}, only B ${onlyB}, 0 in both ${neither}; agreement ${c.agreement.toFixed(3)}, kappa ${c.kappa.toFixed(3)}`);
    if (c.parted.length > 0) console.log(`  parted on: ${c.parted.join(', ')}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main(process.argv.slice(2));
