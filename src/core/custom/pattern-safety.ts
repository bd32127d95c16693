/**
 * Whether a user's pattern can backtrack catastrophically, decided by redos-detector (a
 * maintained analyser of ECMAScript patterns) rather than home-made heuristics. A pattern it
 * cannot prove safe within its step and time budget is refused, with the reason.
 */
import { isSafePattern } from 'redos-detector';
import type { PatternCheck } from './types';

/** Backtracks the analyser may find for one input prefix before the pattern counts as unsafe. */
const MAX_SCORE = 200;

export const checkPattern: PatternCheck = (source, caseSensitive) => {
  let result: ReturnType<typeof isSafePattern>;
  try {
    // A step budget, not a time budget: the verdict must not depend on how busy the machine is.
    result = isSafePattern(source, { caseInsensitive: !caseSensitive, maxScore: MAX_SCORE, maxSteps: 5_000 });
  } catch (err) {
    return { ok: false, reason: `could not be analysed (${(err as Error).message}); simplify it` };
  }
  if (result.safe) return { ok: true };
  if (result.error === 'hitMaxSteps' || result.error === 'timedOut') {
    return { ok: false, reason: 'is too complex to prove safe; simplify it (fewer nested or alternative repetitions)' };
  }
  const where = result.trails[0]?.trail[0]?.a.node.source;
  return {
    ok: false,
    reason: `can backtrack catastrophically${where ? ` around "${where}"` : ''}: nested or overlapping repetitions let one text match in very many ways, which can freeze the page. Avoid a repetition inside a repetition, e.g. "\\w+" instead of "(\\w+\\s?)+"`,
  };
};
