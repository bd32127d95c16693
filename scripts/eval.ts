/**
 * Accuracy of the document checks against the labelled posts.
 *   npm run eval                  dev-set figures per check
 *   npm run eval -- --errors ID   also list the ids the check gets wrong (for tuning; not committed)
 *   npm run eval -- --labels F    another labels file in the corpus folder (a held-out set), or a
 *                                 path with a "/" (scripts/labels-team.jsonl: see the README)
 *   npm run eval -- --set B       only the rows of that set (a labels file may mark rows with "set");
 *                                 --set B,C,F pools several
 * Context, deliverables and vague scope are judged partly by models trained on labelled posts
 * (`npm run train`); the run says when the posts evaluated include them.
 * Each check is judged on title + description only: the labels judge the text, not form fields.
 */
import { resolve } from 'node:path';
import { analyze } from '../src/core';
import { TRAINED_ON } from '../src/core/model/weights';
import { agreement } from './agreement';
import { arg } from './cli-args';
import { allPosts, corpusAvailable, CORPUS_DIR, orExit, readJsonl } from './corpus';
import { type Labels, MAPPING } from './label-mapping';

/** The check each learned judgement decides. */
const MODEL_CHECK: Record<string, string> = { context: 'missing-context', deliverables: 'missing-deliverables', vagueScope: 'vague-scope' };

if (!corpusAvailable()) {
  console.log(`Corpus not found at ${CORPUS_DIR}: nothing to evaluate (set CLEARBRIEF_CORPUS to its folder).`);
  process.exit(0);
}

const labelsFile = arg('--labels') ?? 'labels-dev.jsonl';
const errorsFor = arg('--errors');
const onlySet = arg('--set');
const onlySets = onlySet?.split(',').map((s) => s.trim());
// A path with a "/" is a labels file in this repository (ids and labels only: the text comes from the corpus).
const labelsPath = labelsFile.includes('/') ? resolve(labelsFile) : labelsFile;
const labels = orExit(() => readJsonl<Labels>(labelsPath)).filter((row) => onlySet === undefined || onlySets!.includes(String(row.set)));
if (labels.length === 0) {
  console.error(`No labelled posts in ${labelsFile}${onlySet ? ` with set "${onlySet}"` : ''}: is the path right?`);
  process.exit(2);
}
const posts = new Map(allPosts().map((p) => [p.id, p]));

const fired = new Map<string, Set<string>>();
let missing = 0;
for (const row of labels) {
  const post = posts.get(row.id);
  if (!post) {
    missing++;
    continue;
  }
  const result = analyze({ title: post.title, description: post.description });
  fired.set(row.id, new Set(result.findings.map((f) => f.ruleId)));
}

const pct = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : '  n/a');
console.log(`${labelsFile}: ${fired.size} labelled posts${missing ? ` (${missing} not found in the corpus)` : ''}\n`);
console.log('check                        label          pos  neg   TP   FP   FN   TN  prec   rec    F1   acc  kappa');
let agree = 0;
let total = 0;
for (const [checkId, label, firesWhen] of MAPPING) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const wrong: string[] = [];
  // A labels file may judge only some checks (scripts/labels-team.jsonl has three).
  if (!labels.some((row) => row[label] !== undefined)) continue;
  for (const row of labels) {
    const set = fired.get(row.id);
    if (!set || row[label] === undefined) continue;
    const truth = Number(row[label]) === firesWhen;
    const predicted = set.has(checkId);
    if (truth && predicted) tp++;
    else if (!truth && predicted) fp++;
    else if (truth && !predicted) fn++;
    else tn++;
    if (truth !== predicted) wrong.push(`${row.id} (${predicted ? 'FP' : 'FN'})`);
  }
  const n = tp + fp + fn + tn;
  const { precision, recall, f1, accuracy, kappa } = agreement({ tp, fp, fn, tn });
  agree += tp + tn;
  total += n;
  console.log(
    `${checkId.padEnd(28)} ${label.padEnd(14)} ${String(tp + fn).padStart(4)} ${String(fp + tn).padStart(4)} ${[tp, fp, fn, tn].map((x) => String(x).padStart(4)).join(' ')}  ${pct(precision)} ${pct(recall)} ${pct(f1)} ${pct(accuracy)} ${pct(kappa)}`,
  );
  if (errorsFor === checkId || errorsFor === 'all') console.log(`  wrong: ${wrong.join(', ')}`);
}
console.log(`\noverall agreement: ${pct(agree / total)} (${agree}/${total} post × check decisions)`);
console.log('pos = posts where the check should fire (label says the item is missing, or the problem is present).');
// The dev labels are set "dev" to the trainer; a team labels file names each row's set. Each model says which of these
// posts it was fitted to (context and deliverables learn from more sets than vague scope).
const setOf = (row: (typeof labels)[number]) => (labelsFile === 'labels-dev.jsonl' ? 'dev' : String(row.set));
const trainedBy = (Object.entries(TRAINED_ON) as Array<[string, string[]]>)
  .map(([model, sets]) => ({ check: MODEL_CHECK[model] ?? model, posts: labels.filter((row) => sets.includes(setOf(row))).length }))
  .filter(({ posts }) => posts > 0);
if (trainedBy.length > 0) {
  console.log(
    `\nNote: these posts trained the models behind ${trainedBy.map(({ check, posts }) => `${check} (${posts})`).join(', ')} (TRAINED_ON in src/core/model/weights.ts), ` +
      'so those figures flatter them. Judge them by cross-validation (npm run train -- --cv dev, or --cv with team sets), or on posts labelled since.',
  );
}
