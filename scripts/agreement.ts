/**
 * Agreement between a check and a label, from the confusion counts of the class the check flags:
 * what `npm run eval` prints and what `npm run train -- --cv` reports, computed one way.
 */
export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Agreement {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  /** Cohen's kappa: agreement beyond what the two sides' base rates give by chance. */
  kappa: number;
}

export function agreement({ tp, fp, fn, tn }: Confusion): Agreement {
  const n = tp + fp + fn + tn;
  const accuracy = (tp + tn) / n;
  const expected = ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / (n * n);
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), f1: (2 * tp) / (2 * tp + fp + fn), accuracy, kappa: (accuracy - expected) / (1 - expected) };
}

/** The confusion counts of paired decisions, `flagged` being the class the check flags. */
export function confusion(truth: readonly number[], predicted: readonly number[], flagged: 0 | 1): Confusion {
  const counts: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  truth.forEach((y, i) => {
    const isTrue = y === flagged;
    const said = predicted[i] === flagged;
    counts[isTrue ? (said ? 'tp' : 'fn') : said ? 'fp' : 'tn']++;
  });
  return counts;
}
