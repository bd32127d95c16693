/**
 * Logistic-regression judgements over hashed words (`features.ts`) and a few signals the phrase
 * rules compute (whether they found evidence, how much, how long the post is), one per check that
 * uses one. Trained offline on labelled posts by `npm run train`, which writes `weights.ts`; the
 * README's design notes say why a learned judgement sits beside the phrase rules and how it was
 * measured.
 */
import { blanksIn } from '../rules/section-helpers';
import type { Doc } from '../text/doc';
import { trimRange } from '../text/segments';
import type { Evidence, Part } from '../types';
import { NO_WORD, visitBuckets } from './features';
import { PACKED_MODELS } from './weights';

/** One judgement as `weights.ts` stores it: weights scaled to integers, buckets as ascending gaps. */
export interface PackedModel {
  bias: number;
  /** One weight per signal, in the order the check computes them. */
  signals: readonly number[];
  /** Gaps between ascending bucket numbers (the first from 0). */
  gaps: readonly number[];
  /** The weight of each bucket, times `scale`. */
  weights: readonly number[];
  scale: number;
  /** The probability from which the label is taken to hold (`model-training.ts` says how it was chosen). */
  cutoff: number;
}

export type ModelName = keyof typeof PACKED_MODELS;
const TITLE_SALT = 0x5a5a5;
const NAMES = Object.keys(PACKED_MODELS) as ModelName[];
const MODEL_INDEX = new Map(NAMES.map((name, i) => [name, i]));
const MODEL_COUNT = NAMES.length;

/**
 * Every model's word weights in one open-addressing table of typed arrays: a bucket's row holds one
 * weight per model, so reading a draft costs one lookup per word and pair for all the models (about
 * half of a post's are weighed; the rest miss, mostly at their first slot). Measured by cachegrind
 * over the corpus, the engine went from 13.6 G instructions without the judgements to 17.4 G with
 * a `Map` per model and a `Set` of the draft's buckets, and to 16.3 G with this table.
 */
const TABLE_BITS = 14;
const slotBucket = new Int32Array(1 << TABLE_BITS).fill(-1);
// (small types: the table is read at every word, and what stays in cache is what is fast)
const slotRow = new Uint16Array(1 << TABLE_BITS);
const { rowWeights, rowCount } = buildTable();
/** The pass that last counted each row: a word counts once per text, as in training. */
const rowSeen = new Uint32Array(rowCount);
let pass = 0;

function slotOf(bucket: number): number {
  let slot = Math.imul(bucket, 0x9e3779b1) >>> (32 - TABLE_BITS);
  while (slotBucket[slot] !== -1 && slotBucket[slot] !== bucket) slot = (slot + 1) & ((1 << TABLE_BITS) - 1);
  return slot;
}

function buildTable(): { rowWeights: Float32Array; rowCount: number } {
  const rows = new Map<number, number[]>();
  NAMES.forEach((name, m) => {
    const packed = PACKED_MODELS[name];
    let bucket = 0;
    packed.gaps.forEach((gap, i) => {
      bucket += gap;
      let row = rows.get(bucket);
      if (!row) rows.set(bucket, (row = new Array<number>(NAMES.length).fill(0)));
      row[m] = packed.weights[i]! / packed.scale;
    });
  });
  // Three quarters full at most, for short probes; rows numbered in 16 bits.
  if (rows.size > 0.75 * (1 << TABLE_BITS)) throw new Error(`model/linear.ts: ${rows.size} weighted buckets overfill the table; raise TABLE_BITS`);
  const weights = new Float32Array(rows.size * NAMES.length);
  let r = 0;
  for (const [bucket, row] of rows) {
    const slot = slotOf(bucket);
    slotBucket[slot] = bucket;
    slotRow[slot] = r;
    weights.set(row, r * NAMES.length);
    r++;
  }
  return { rowWeights: weights, rowCount: rows.size };
}

/** Where `addWordWeight` sums: one score per model. */
let scoring: Float64Array = new Float64Array(NAMES.length);

/** Adds a word's weights to `scoring`, once per text (as in training: a word is there or not). */
function addWordWeight(bucket: number): void {
  let slot = Math.imul(bucket, 0x9e3779b1) >>> (32 - TABLE_BITS);
  let held = slotBucket[slot]!;
  while (held !== bucket) {
    if (held === -1) return;
    slot = (slot + 1) & ((1 << TABLE_BITS) - 1);
    held = slotBucket[slot]!;
  }
  const row = slotRow[slot]!;
  if (rowSeen[row] === pass) return;
  rowSeen[row] = pass;
  const at = row * MODEL_COUNT;
  for (let m = 0; m < MODEL_COUNT; m++) scoring[m]! += rowWeights[at + m]!;
}

/** Starts summing into `into`: a pass in which each weighted word counts once. */
function beginPass(into: Float64Array): void {
  pass = (pass + 1) >>> 0 || 1;
  scoring = into;
}

/** Sums each model's weights of the words of some texts into `into`, each word counted once. */
function addWordWeights(into: Float64Array, texts: ReadonlyArray<[text: string, start: number, end: number]>): void {
  beginPass(into);
  let previous = NO_WORD;
  for (const [text, start, end] of texts) previous = visitBuckets(text, start, end, addWordWeight, previous);
}

/**
 * What a model reads of a draft: the title and the description. Lines that still hold a
 * template's blanks are left out: "We are [who you are]." is a prompt, not background, and a
 * section filled in only with its template stays missing, as it does for the phrase rules.
 * Training reads the same (`scripts/model-training.ts`).
 */
export function modelTexts(doc: Doc): [title: string, description: string] {
  return [doc.title, withoutBlankLines(doc.description)];
}

function withoutBlankLines(text: string): string {
  if (!text.includes('[')) return text;
  const blanks = blanksIn(text);
  let out = '';
  let from = 0;
  for (const blank of blanks) {
    if (blank.start < from) continue;
    const lineStart = text.lastIndexOf('\n', blank.start) + 1;
    const newline = text.indexOf('\n', blank.end);
    out += text.slice(from, lineStart);
    from = newline === -1 ? text.length : newline;
  }
  return out + text.slice(from);
}

/** Calls `visit` with the buckets of what a model reads of a draft (`modelTexts`); training reads a draft through it too. */
export function visitDraft(doc: Doc, visit: (bucket: number) => void): void {
  const [title, description] = modelTexts(doc);
  const previous = visitBuckets(title, 0, title.length, visit);
  visitBuckets(description, 0, description.length, visit, previous);
  // The title's words again, in buckets of their own: a title names the job, and the same word
  // weighs differently there (measured: kappa +0.02 to +0.03 on team sets B, C and F).
  visitBuckets(title, 0, title.length, visit, NO_WORD, TITLE_SALT);
}

/** Each model's word score of the draft, computed once per draft for all of them. */
function draftScores(doc: Doc): Float64Array {
  return doc.memo('model-word-scores', () => {
    const scores = new Float64Array(NAMES.length);
    beginPass(scores);
    visitDraft(doc, addWordWeight);
    return scores;
  });
}

/** The model's probability that its label holds, given the draft's words and the rules' signals. */
export function probability(name: ModelName, doc: Doc, signals: readonly number[]): number {
  const model = PACKED_MODELS[name];
  let z = model.bias + draftScores(doc)[MODEL_INDEX.get(name)!]!;
  signals.forEach((value, i) => (z += (model.signals[i] ?? 0) * value));
  return 1 / (1 + Math.exp(-z));
}

/** Whether the model takes its label to hold for the draft: its probability reaches the model's cutoff. */
export function holds(name: ModelName, doc: Doc, signals: readonly number[]): boolean {
  return probability(name, doc, signals) >= PACKED_MODELS[name].cutoff;
}

/**
 * What a user is shown when the model finds a section the phrase rules did not: the sentence its
 * words weigh most towards it (the title counts as one sentence). Undefined only for an empty draft.
 */
export function strongestSentence(name: ModelName, doc: Doc): Evidence | undefined {
  const m = MODEL_INDEX.get(name)!;
  const scores = new Float64Array(NAMES.length);
  let best: Evidence | undefined;
  let bestScore = -Infinity;
  const consider = (part: Part, from: number, to: number) => {
    const text = doc.text(part);
    const [start, end] = trimRange(text, from, to);
    if (start === end || (part === 'description' && blanksIn(text.slice(start, end)).length > 0)) return;
    scores.fill(0);
    addWordWeights(scores, [[text, start, end]]);
    if (scores[m]! > bestScore) {
      bestScore = scores[m]!;
      best = { part, range: { start, end }, text: text.slice(start, end), judged: true };
    }
  };
  consider('title', 0, doc.title.length);
  for (const s of doc.sentences('description')) consider('description', s.start, s.end);
  return best;
}

/**
 * A section judged by a model: met when it says so (`holds`), shown with the rules' evidence when they
 * found some and with its strongest sentence when they did not.
 */
export function judgedEvidence(name: ModelName, doc: Doc, ruleEvidence: Evidence[], signals: readonly number[]): Evidence[] {
  if (!holds(name, doc, signals)) return [];
  if (ruleEvidence.length > 0) return ruleEvidence;
  const sentence = strongestSentence(name, doc);
  return sentence ? [sentence] : [];
}

/** The signals a section's phrase rules give its model: whether they found evidence, how much, and the post's length. */
export function evidenceSignals(doc: Doc, evidence: readonly Evidence[]): number[] {
  return [evidence.length > 0 ? 1 : 0, Math.log1p(evidence.length), lengthSignal(doc)];
}

/** The description's length in words, on a log scale brought near 1 for a typical post. */
export function lengthSignal(doc: Doc): number {
  return Math.log1p(doc.wordCount) / 5;
}
