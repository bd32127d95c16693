/**
 * Trains the learned judgements behind missing-context, missing-deliverables and vague-scope and
 * writes `src/core/model/weights.ts` (see `model-training.ts`).
 *   npm run train                   train on the dev labels and team sets A–K (context and deliverables also on M–AV)
 *   npm run train -- --sets dev,A   train every model on these sets only ("dev" is labels-dev.jsonl)
 *   npm run train -- --dry-run      print the fit without writing the weights
 *   npm run train -- --cv dev       5-fold cross-validation on a labelled set (writes nothing)
 *   npm run train -- --cv dev --errors   the same, listing the posts each model misjudged
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { arg } from './cli-args';
import { corpusAvailable, orExit } from './corpus';
import { crossValidate, DEFAULT_SETS, trainModels } from './model-training';

if (!corpusAvailable()) {
  console.error('Corpus not found: training needs ../shared/corpus (or set CLEARBRIEF_CORPUS).');
  process.exit(2);
}
const list = (value: string | undefined) => (value ?? '').split(',').map((x) => x.trim()).filter(Boolean);
const cv = process.argv.indexOf('--cv');
if (cv !== -1) {
  const errors = process.argv.includes('--errors');
  // (`--cv --errors`: no sets named, so dev)
  const named = process.argv[cv + 1];
  const judged = named === undefined || named.startsWith('--') ? ['dev'] : list(named);
  console.log(orExit(() => crossValidate(judged, 5, DEFAULT_SETS, { errors })).join('\n'));
  process.exit(0);
}
// (the sets named train every model alone; none named, each model also learns from the sets its spec adds)
const setsNamed = process.argv.includes('--sets');
const sets = setsNamed ? list(arg('--sets')) : DEFAULT_SETS;
const { file, report } = orExit(() => trainModels(sets, { examples: !process.argv.includes('--no-examples'), more: !setsNamed }));
console.log(report.join('\n'));
if (!process.argv.includes('--dry-run')) {
  const out = resolve('src/core/model/weights.ts');
  writeFileSync(out, file);
  console.log(`Wrote ${out}`);
}
