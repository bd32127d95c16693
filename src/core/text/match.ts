import type { Part, Range } from '../types';

/** One match of a pattern in one part of the draft. */
export interface Hit {
  part: Part;
  range: Range;
  text: string;
}

export const BOTH: readonly Part[] = ['title', 'description'];

export interface ScanOptions {
  parts?: readonly Part[];
  /** Drop a match when this returns false (negation, quotes, context exceptions). */
  accept?: (text: string, start: number, end: number) => boolean;
  /** Stop after this many hits: evidence needs one or two, not all. */
  limit?: number;
}

/**
 * All matches of global patterns in the draft's parts. Patterns must carry the `g` flag; their
 * `lastIndex` is reset so a shared compiled pattern never leaks state between calls.
 */
export function scan(
  texts: { text(part: Part): string },
  patterns: readonly RegExp[],
  options: ScanOptions = {},
): Hit[] {
  const parts = options.parts ?? BOTH;
  const limit = options.limit ?? Infinity;
  const hits: Hit[] = [];
  for (const part of parts) {
    const text = texts.text(part);
    if (!text) continue;
    for (const re of patterns) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const start = m.index;
        const end = start + m[0].length;
        if (!options.accept || options.accept(text, start, end)) {
          hits.push({ part, range: { start, end }, text: m[0] });
          if (hits.length >= limit) return hits;
        }
      }
    }
  }
  return hits;
}

const NEGATION = /\b(?:no|not|never|without|nor|none|don'?t|doesn'?t|isn'?t|aren'?t|won'?t|wouldn'?t|shouldn'?t|cannot|can'?t|neither|avoid|instead of)\b|n['’]t\b/i;
const CLAUSE_BREAK = /[.!?;:\n,()]|\b(?:but|however|although|though|and)\b/gi;

/**
 * Whether a match is negated: a negation in the same clause shortly before it ("not ASAP",
 * "we are not looking for the cheapest", "no budget yet" is handled by the checks themselves).
 * Looks back at most `window` characters and stops at the clause boundary.
 */
export function isNegated(text: string, start: number, window = 40): boolean {
  let from = Math.max(0, start - window);
  const before = text.slice(from, start);
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(before))) cut = m.index + m[0].length;
  from += cut;
  return NEGATION.test(text.slice(from, start));
}

const QUOTES = /["“”«»]/g;

/** Whether the match sits inside double quotes: a quoted phrase is mentioned, not used. */
export function isQuoted(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEndRaw = text.indexOf('\n', end);
  const lineEnd = lineEndRaw === -1 ? text.length : lineEndRaw;
  const before = text.slice(lineStart, start).match(QUOTES)?.length ?? 0;
  const after = text.slice(end, lineEnd).match(QUOTES)?.length ?? 0;
  return before % 2 === 1 && after > 0;
}

/** The default filter for phrase checks: used, not mentioned, and not negated. */
export function usedAffirmatively(text: string, start: number, end: number): boolean {
  return !isQuoted(text, start, end) && !isNegated(text, start);
}

/**
 * Keep the capitalisation of the flagged text in a replacement: "Etc." → "And […]", but an
 * acronym in capitals mid-sentence ("done ASAP") gives a lower-case "by [date]".
 */
export function matchCase(original: string, replacement: string, atSentenceStart: boolean): string {
  if (!replacement) return replacement;
  const first = original.charAt(0);
  const capitalised = first !== first.toLowerCase() && original !== original.toUpperCase();
  return capitalised || atSentenceStart ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/** Whether `offset` starts a sentence: only spaces, quotes or bullets since the last full stop or line. */
export function startsSentence(text: string, offset: number): boolean {
  return /(?:^|[.!?:\n])[\s"'“‘(\-*•]*$/.test(text.slice(Math.max(0, offset - 12), offset)) || offset === 0;
}
