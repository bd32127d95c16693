/**
 * Training of the learned judgements behind missing-context, missing-deliverables and vague-scope
 * (`src/core/model/`) on labelled corpus posts and the checks' example drafts: `npm run train`
 * (scripts/train.ts) writes the file `trainModels` returns, and a unit test holds `weights.ts` to it.
 * Deterministic: full-batch gradient descent from zero weights, in a fixed order, so the same
 * labels, examples and rules give the same file.
 */
import { resolve } from 'node:path';
import { type ModelName, type PackedModel, visitDraft } from '../src/core/model/linear';
import type { RuleExamples } from '../src/core/rule';
import { contextSignals, examples as contextExamples } from '../src/core/rules/missing-context';
import { deliverablesSignals, examples as deliverablesExamples } from '../src/core/rules/missing-deliverables';
import { vagueScopeSignals, examples as vagueScopeExamples } from '../src/core/rules/vague-scope';
import { Doc } from '../src/core/text/doc';
import { agreement, confusion } from './agreement';
import { allPosts, readJsonl } from './corpus';

/**
 * The labelled sets trained on by default: all of them but L. Each was first used as a judge while
 * it was still unseen (README); the shipped models' figures come from cross-validation
 * (`npm run train -- --cv dev`, `--cv B,C,F,G,H,I,J,K`) and from set L, labelled blind and kept
 * out of training and of every choice, which judges them unseen
 * (`npm run eval -- --labels scripts/labels-team.jsonl --set L`).
 */
export const DEFAULT_SETS = ['dev', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K'];

/**
 * The blind sets M–AV (2,800 posts, all twelve labels), which context and deliverables also learn from. Each was first
 * used as a judge while unseen (`npm run first-runs`). M–AS joined training at `20c7770`, after set AT was labelled; AT–AV
 * joined in the eleventh session, after set AW was labelled, so AW and later sets judge the retrained models unseen. (AW
 * was tried in the twelfth session with set AX as the judge, and lowered it: context 0.664 -> 0.640, deliverables 0.672 ->
 * 0.622, so it stays out until a later set says otherwise.)
 * Vague scope does not learn from them: our labels of it are more lenient than the reviewers' (50 dev posts labelled
 * again by us, `scripts/labels-dev-team.jsonl`: kappa with the reviewers 0.878 deliverables, 0.864 context, 0.584 vague
 * scope, where we called 10 posts clear that they call vague and none the other way), and the held-out set is labelled
 * the reviewers' way.
 */
export const BLIND_SETS = ['M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', 'AA', 'AB', 'AC', 'AD', 'AE', 'AF', 'AG', 'AH', 'AI', 'AJ', 'AK', 'AL', 'AM', 'AN', 'AO', 'AP', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AV'];

/** How a model is fitted: epochs, step, L2 penalty, and how many buckets it keeps (the heaviest first). */
interface Fitting {
  epochs: number;
  learningRate: number;
  l2: number;
  keep: number;
  /** How many times each of the check's example drafts counts. */
  exampleWeight: number;
}
/**
 * Chosen on team sets B, C and F when this was built (kappa moved by ±0.02 across L2 0.003–0.01, 500–1,000 epochs,
 * 2,000–4,000 buckets kept; 2,000 keep the held-out figures of the full model and the file small); change it only with a
 * new measurement.
 */
const FITTED_ON_FEW: Fitting = { epochs: 500, learningRate: 0.1, l2: 0.01, keep: 2000, exampleWeight: 1 };
/**
 * For the models that learn from the blind sets too (about 3,700 training drafts, five times as many): a longer step and a
 * lighter penalty let rarer words weigh. Chosen by 5-fold cross-validation on sets M–AS (kappa context / deliverables /
 * vague scope): 0.515 / 0.550 / 0.509 with the settings above, 0.545 / 0.582 / 0.562 at step 1, L2 0.001 and 10,000
 * buckets kept, 0.537 / 0.589 / 0.556 with 4,000, 0.534 / 0.585 / 0.549 with 2,000, 0.538 / 0.588 / 0.560 at L2 0.0003 and
 * 1,000 epochs. 2,000 buckets keep the file and the engine's work as they were (4,000 cost 3% more instructions over the
 * corpus for 0.004 of kappa). (Step 1 with L2 0.01 was unstable: vague scope fell to 0.357 on sets AO–AS.) The checks'
 * example drafts count 8 times: among five times as many long posts, counted once, they no longer taught the models to
 * read a one-sentence draft (15 of the engine tests' short drafts judged against their phrase evidence, "Family bakery
 * seeking a logo designer." without context among them; 4 at 4 times, 3 at 8, 2 at 16, where set AT's context fell).
 */
const FITTED_ON_MANY: Fitting = { epochs: 500, learningRate: 1, l2: 0.001, keep: 2000, exampleWeight: 8 };
const SCALE = 1000;
/**
 * The probability from which each model takes its label to hold. Chosen by cross-validation on
 * three sets, none of them the judge (B, C, F, G): `--cv dev` (the reviewers' labels, but the
 * phrase rules were tuned on dev, so their signal is too good there), `--cv H,I` (posts the rules
 * never saw, the team's labels) and B, C and F with the models trained as shipped. Kappa at cutoffs
 * 0.4 / 0.5 / 0.6 / 0.7:
 *   context       dev 0.688 / 0.787 / 0.835 / 0.816   H,I 0.426 / 0.547 / 0.591 / 0.531
 *   deliverables  dev 0.575 / 0.673 / 0.738 / 0.728   H,I 0.489 / 0.530 / 0.525 / 0.461
 *   vague scope   dev 0.653 / 0.692 / 0.659 / 0.616   H,I 0.281 / 0.310 / 0.406 / 0.462   B,C,F 0.474 at 0.5, 0.545 at 0.6, 0.482 at 0.7
 * (dev's 0.7 column is 0.69.) 0.6 is best or near it everywhere; vague scope is the one split
 * (the team labels it a little more leniently than the reviewers do, LABELS.md's calibration).
 * Re-measured with every set in training (dev weight 1), `--cv dev` and `--cv B,C,F,G,H,I,J,K`:
 * 0.5 gives 0.761 / 0.620 / 0.687 and 0.565 / 0.528 / 0.464, 0.6 gives 0.811 / 0.675 / 0.690 and
 * 0.519 / 0.481 / 0.539: the reviewers' labels still prefer 0.6 for context and deliverables and
 * the team's 0.5, the team's prefer 0.6 for vague scope. 0.6 is kept.
 * Re-measured with the dev labels counted three times (`DEV_WEIGHT`), kappa (F1) at 0.6 / 0.65 /
 * 0.7 / 0.75 for context, `--cv dev` 0.834 (0.898) / 0.858 (0.915) / 0.859 (0.916) / 0.827 (0.899),
 * `--cv B,C,F,G,H,I,J,K` 0.502 / 0.500 / 0.509 / 0.505: context moves to 0.65, the middle of the
 * reviewers' plateau, where our labels do not mind. Deliverables would gain on dev at 0.65 (0.717
 * → 0.728) but lose on the team sets (0.449 → 0.413), and vague scope peaks at 0.6 on both: they
 * stay. (Chosen without set L.)
 */
const CUTOFFS = { context: 0.65, deliverables: 0.6, vagueScope: 0.6 };
/**
 * How many times a dev post counts in training. The held-out set is labelled by the reviewers who
 * labelled dev; the team's labels (most of the training) are close to theirs but not the same, and
 * the more of them the models learned from, the further `--cv dev` fell (deliverables 0.738 → 0.675
 * when sets B, C, F, G, J and K joined). Measured with every set in training, kappa context /
 * deliverables / vague scope, `--cv dev` and `--cv B,C,F,G,H,I,J,K` (375 posts):
 *   weight 1: 0.811 / 0.675 / 0.690 and 0.519 / 0.481 / 0.539
 *   weight 2: 0.823 / 0.707 / 0.710 and 0.508 / 0.444 / 0.520
 *   weight 3: 0.834 / 0.717 / 0.720 and 0.502 / 0.449 / 0.519
 *   weight 4: 0.834 / 0.717 / 0.700 and 0.515 / 0.434 / 0.494
 *   weight 6: 0.846 / 0.727 / 0.698 and 0.519 / 0.429 / 0.466
 * Three is the most the reviewers' figures gain (+0.01 each over two) before vague scope falls on
 * both; the team's own figures move by less than 0.01 at three. (Small moves: a kappa on 190
 * posts has a standard error of about 0.05. Chosen without set L, which judges the result.)
 */
const DEV_WEIGHT = 3;

type Label = 'context' | 'deliverables' | 'vague_scope';
/** One learned judgement and how it is trained. */
interface ModelSpec {
  name: ModelName;
  /** The label it learns. */
  label: Label;
  /** The rules' signals it reads beside the words. */
  signals: (doc: Doc) => number[];
  /**
   * Its check's example drafts, and the label a fire row means: the checks' definitions written out as short drafts (the
   * labelled posts are long, so without them the model reads a two-sentence draft by chance).
   */
  examples: RuleExamples;
  fireMeans: 0 | 1;
  /** The labelled sets it learns from beyond the ones asked for (`npm run train` without `--sets`). */
  moreSets: readonly string[];
  fitting: Fitting;
}
const MODELS: readonly ModelSpec[] = [
  { name: 'context', label: 'context', signals: contextSignals, examples: contextExamples, fireMeans: 0, moreSets: BLIND_SETS, fitting: FITTED_ON_MANY },
  { name: 'deliverables', label: 'deliverables', signals: deliverablesSignals, examples: deliverablesExamples, fireMeans: 0, moreSets: BLIND_SETS, fitting: FITTED_ON_MANY },
  { name: 'vagueScope', label: 'vague_scope', signals: vagueScopeSignals, examples: vagueScopeExamples, fireMeans: 1, moreSets: [], fitting: FITTED_ON_FEW },
];

interface Example {
  buckets: number[];
  signals: number[];
  y: number;
}

/** The distinct buckets of what a model reads of a draft, as the engine reads them. */
function bucketsOf(doc: Doc): number[] {
  const buckets = new Set<number>();
  visitDraft(doc, (b) => buckets.add(b));
  return [...buckets];
}

/** Logistic regression by full-batch gradient descent; weights of buckets no example has stay 0. */
function train(examples: Example[], { epochs, learningRate, l2 }: Fitting): { bias: number; signals: number[]; words: Map<number, number> } {
  const seen = [...new Set(examples.flatMap((e) => e.buckets))].sort((a, b) => a - b);
  const index = new Map(seen.map((b, i) => [b, i]));
  const rows = examples.map((e) => ({ ...e, idx: e.buckets.map((b) => index.get(b)!) }));
  const signalCount = examples[0]?.signals.length ?? 0;
  const w = new Float64Array(seen.length);
  const s = new Float64Array(signalCount);
  let bias = 0;
  const n = examples.length;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gw = new Float64Array(seen.length);
    const gs = new Float64Array(signalCount);
    let gb = 0;
    for (const r of rows) {
      let z = bias;
      for (const i of r.idx) z += w[i]!;
      r.signals.forEach((v, i) => (z += s[i]! * v));
      const d = 1 / (1 + Math.exp(-z)) - r.y;
      gb += d;
      for (const i of r.idx) gw[i]! += d;
      r.signals.forEach((v, i) => (gs[i]! += d * v));
    }
    bias -= (learningRate * gb) / n;
    for (let i = 0; i < w.length; i++) w[i]! -= learningRate * (gw[i]! / n + l2 * w[i]!);
    for (let i = 0; i < s.length; i++) s[i]! -= learningRate * (gs[i]! / n + l2 * s[i]!);
  }
  return { bias, signals: [...s], words: new Map(seen.map((b, i) => [b, w[i]!])) };
}

function pack(model: ReturnType<typeof train>, cutoff: number, keep: number): PackedModel {
  const kept = [...model.words].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0] - b[0]).slice(0, keep).sort((a, b) => a[0] - b[0]);
  let previous = 0;
  return {
    bias: round(model.bias),
    signals: model.signals.map(round),
    gaps: kept.map(([b]) => {
      const gap = b - previous;
      previous = b;
      return gap;
    }),
    weights: kept.map(([, w]) => Math.round(w * SCALE)),
    scale: SCALE,
    cutoff,
  };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

type Row = { id: string; set: string } & Partial<Record<Label, number>>;

/**
 * Every labelled post with its row of labels and a `Doc` of its text, read and built once: training reads the same posts
 * for several models (context and deliverables the same 3,300), and cross-validation for every fold.
 */
let allLabelled: Array<{ row: Row; doc: Doc }> | undefined;

/** The labelled posts of `sets`, each with its row of labels and a `Doc` of its text. */
function labelledDocs(sets: readonly string[]): Array<{ row: Row; doc: Doc }> {
  if (!allLabelled) {
    const posts = new Map(allPosts().map((p) => [p.id, p]));
    allLabelled = [...readJsonl<Row>('labels-dev.jsonl').map((r) => ({ ...r, set: 'dev' })), ...readJsonl<Row>(resolve('scripts/labels-team.jsonl'))].flatMap((row) => {
      const post = posts.get(row.id);
      return post ? [{ row, doc: new Doc({ title: post.title, description: post.description }) }] : [];
    });
  }
  return allLabelled.filter(({ row }) => sets.includes(row.set));
}

/** One model's training drafts: the labelled posts, then (unless left out) its check's example drafts. */
function trainingExamples({ label, signals, examples: drafts, fireMeans, fitting }: ModelSpec, docs: ReadonlyArray<{ row: Row; doc: Doc }>, withExamples: boolean): Example[] {
  const example = (doc: Doc, y: number): Example => ({ buckets: bucketsOf(doc), signals: signals(doc), y });
  const examples = docs.flatMap(({ row, doc }) => {
    const one = example(doc, row[label] === 1 ? 1 : 0);
    // The reviewers' labels count DEV_WEIGHT times in training (not in judging: `withExamples` is off there).
    return withExamples && row.set === 'dev' ? Array<Example>(DEV_WEIGHT).fill(one) : [one];
  });
  if (withExamples) {
    // (their form fields are left out: the model reads the text, as the labels do)
    const times = fitting.exampleWeight;
    for (const d of drafts.fire) examples.push(...Array<Example>(times).fill(example(new Doc({ title: d.title, description: d.description }), fireMeans)));
    for (const d of drafts.pass) examples.push(...Array<Example>(times).fill(example(new Doc({ title: d.title, description: d.description }), 1 - fireMeans)));
  }
  return examples;
}

/** A packed model's probability that its label holds for a training draft, as the engine reads it (its weights unpacked once). */
function probabilityOf(packed: PackedModel): (example: Example) => number {
  const words = new Map<number, number>();
  let bucket = 0;
  packed.gaps.forEach((gap, i) => words.set((bucket += gap), packed.weights[i]! / packed.scale));
  return (example) => {
    let z = packed.bias;
    for (const b of example.buckets) z += words.get(b) ?? 0;
    example.signals.forEach((v, i) => (z += packed.signals[i]! * v));
    return 1 / (1 + Math.exp(-z));
  };
}

/** Whether a packed model says its label holds for a training draft. */
function predictor(packed: PackedModel): (example: Example) => boolean {
  const probability = probabilityOf(packed);
  return (example) => probability(example) >= packed.cutoff;
}

/** The sets one model learns from: `sets`, and (with `more`) the ones its spec adds. */
function setsOf(spec: ModelSpec, sets: readonly string[], more: boolean): string[] {
  return [...new Set([...sets, ...(more ? spec.moreSets : [])])];
}

/**
 * Trains every model on the labelled posts of `sets` (and, unless `more` is off, the sets its spec adds; and the checks'
 * examples), and returns the text of `weights.ts`, a report, and the sets each model learnt from (`TRAINED_ON` in it).
 */
export function trainModels(
  sets: readonly string[] = DEFAULT_SETS,
  options: { examples?: boolean; more?: boolean } = {},
): { file: string; report: string[]; trainedOn: Partial<Record<ModelName, string[]>> } {
  if (labelledDocs(sets).length === 0) throw new Error(`No labelled posts in sets ${sets.join(', ') || '(none)'}: sets are dev (labels-dev.jsonl) and the letters in scripts/labels-team.jsonl.`);
  const more = options.more !== false;
  const report: string[] = [];
  const packed = new Map<string, PackedModel>();
  const trainedOn: Partial<Record<ModelName, string[]>> = {};
  for (const spec of MODELS) {
    const { name, fitting } = spec;
    const own = setsOf(spec, sets, more);
    const docs = labelledDocs(own);
    trainedOn[name] = own;
    const examples = trainingExamples(spec, docs, options.examples !== false);
    const model = train(examples, fitting);
    packed.set(name, pack(model, CUTOFFS[name], fitting.keep));
    const predicts = predictor(packed.get(name)!);
    const fit = examples.filter((e) => predicts(e) === (e.y === 1)).length;
    report.push(`${name.padEnd(13)} trained on ${docs.length} labelled posts (sets ${own.join(', ')})${options.examples === false ? '' : ' and its check\'s example drafts'}; ${model.words.size} buckets seen, ${Math.min(fitting.keep, model.words.size)} kept; signal weights ${packed.get(name)!.signals.join(', ')}; fits ${fit} of ${examples.length} training drafts`);
  }
  const json = (name: string) => JSON.stringify(packed.get(name));
  const file = `// Written by \`npm run train\` (scripts/model-training.ts); do not edit. Numbers only: buckets are hashed words (features.ts).
import type { PackedModel } from './linear';

/** Which labelled sets each model was fitted to: figures on their posts flatter it (\`npm run eval\` says so). */
export const TRAINED_ON: { context: string[]; deliverables: string[]; vagueScope: string[] } = ${JSON.stringify(trainedOn)};

export const PACKED_MODELS: { context: PackedModel; deliverables: PackedModel; vagueScope: PackedModel } = {
  context: ${json('context')},
  deliverables: ${json('deliverables')},
  vagueScope: ${json('vagueScope')},
};
`;
  return { file, report, trainedOn };
}

/**
 * K-fold cross-validation on labelled sets, pooled: each fold of their posts is judged by models
 * trained on everything else, so a set the weights were fitted to still gives honest figures (the
 * phrase rules' own verdict beside them, though, was tuned on dev, A, D and E). With `errors`,
 * each model's line is followed by the posts it misjudged, the surest mistakes first: where to
 * read when asking what the models miss. Each model also trains on the sets its spec adds (unless `more` is off); the
 * folds are drawn from `sets` and `judged` alone, so they do not move when a model learns from more.
 */
export function crossValidate(judged: readonly string[], folds = 5, sets: readonly string[] = DEFAULT_SETS, options: { errors?: boolean; more?: boolean } = {}): string[] {
  const base = [...new Set([...sets, ...judged])];
  const docs = labelledDocs(base);
  const lines = [`${folds}-fold cross-validation on set${judged.length > 1 ? 's' : ''} ${judged.join(', ')}, training on the rest of sets ${sets.join(', ')} and the examples`];
  const inSet = docs.map((d, i) => ({ ...d, fold: judged.includes(d.row.set) ? i % folds : -1 }));
  if (!inSet.some((d) => d.fold !== -1)) throw new Error(`No labelled posts in sets ${judged.join(', ')} to cross-validate: sets are dev (labels-dev.jsonl) and the letters in scripts/labels-team.jsonl.`);
  for (const spec of MODELS) {
    const { name, fitting } = spec;
    const extraSets = setsOf(spec, [], options.more !== false).filter((set) => !base.includes(set));
    if (extraSets.length > 0) lines.push(`${name.padEnd(13)} also trains on sets ${extraSets.join(', ')}`);
    const trainable = [...inSet, ...labelledDocs(extraSets).map((d) => ({ ...d, fold: -1 }))];
    const truth: number[] = [];
    const byModel: number[] = [];
    const byRules: number[] = [];
    const misjudged: Array<{ row: Row; y: number; p: number; rules: number }> = [];
    for (let fold = 0; fold < folds; fold++) {
      const held = inSet.filter((d) => d.fold === fold);
      const probability = probabilityOf(pack(train(trainingExamples(spec, trainable.filter((d) => d.fold !== fold), true), fitting), CUTOFFS[name], fitting.keep));
      trainingExamples(spec, held, false).forEach((example, i) => {
        const p = probability(example);
        truth.push(example.y);
        byModel.push(p >= CUTOFFS[name] ? 1 : 0);
        // The rules' verdict is a signal: whether they found evidence (vague scope: their own verdict, the third).
        byRules.push(name === 'vagueScope' ? example.signals[2]! : example.signals[0]!);
        if (byModel[byModel.length - 1] !== example.y) misjudged.push({ row: held[i]!.row, y: example.y, p, rules: byRules[byRules.length - 1]! });
      });
    }
    // Counted on the class the check flags: a missing section, or vague scope.
    const flagged = name === 'vagueScope' ? 1 : 0;
    const rules = agreement(confusion(truth, byRules, flagged));
    const model = agreement(confusion(truth, byModel, flagged));
    lines.push(`${name.padEnd(13)} kappa rules ${rules.kappa.toFixed(3)} → model ${model.kappa.toFixed(3)}; F1 rules ${rules.f1.toFixed(3)} → model ${model.f1.toFixed(3)} (${truth.length} posts)`);
    if (options.errors) {
      const said = (value: number) => (name === 'vagueScope' ? (value === 1 ? 'vague' : 'clear') : value === 1 ? 'met' : 'missing');
      for (const { row, y, p, rules: byRule } of misjudged.sort((a, b) => Math.abs(b.p - CUTOFFS[name]) - Math.abs(a.p - CUTOFFS[name]))) {
        lines.push(`  ${row.id} (set ${row.set}): labelled ${said(y)}, model ${said(1 - y)} at p ${probability(p, CUTOFFS[name])} (cutoff ${CUTOFFS[name]}), rules ${said(byRule)}`);
      }
    }
  }
  return lines;
}

/** `p` to two decimals, or more where two would round it onto the other side of `cutoff` (0.5996 is not 0.60). */
function probability(p: number, cutoff: number): string {
  for (let digits = 2; digits < 6; digits++) {
    const shown = p.toFixed(digits);
    if (Number(shown) >= cutoff === p >= cutoff) return shown;
  }
  return String(p);
}
