/**
 * What an applied rewrite breaks in the sentence around it, read off the text before and after: the marks a rewrite
 * that does not fit leaves ("a  of", "ChatGPT, )", "proposal..", a link cut in two). `npm run audit:rewrites` counts
 * them over the corpus; the tests hold the engine's rewrites of the project's own drafts to none.
 */
import { linkRanges } from '../src/core/text/links';
import type { Range } from '../src/core';

export type Misfit = 'cuts-link' | 'space-before-punctuation' | 'double-space' | 'orphan-article' | 'double-stop' | 'sentence-mid-sentence' | 'clause-starts-anew' | 'doubled-word' | 'dangling-conjunction';

/** The text around an offset: what a join there reads like. */
const around = (text: string, at: number) => text.slice(Math.max(0, at - 3), at + 3);

export function misfitsOf(text: string, range: Range, replacement: string): Misfit[] {
  const misfits: Misfit[] = [];
  const after = text.slice(0, range.start) + replacement + text.slice(range.end);
  const joins = [range.start, range.start + replacement.length];
  const joinsBefore = [range.start, range.end];
  // Each mark counts only where the rewrite made it: a draft may have had it already.
  const made = (mark: RegExp) => joins.some((at) => mark.test(around(after, at))) && !joinsBefore.some((at) => mark.test(around(text, at)));
  if (linkRanges(text).some((l) => (range.start > l.start && range.start < l.end) || (range.end > l.start && range.end < l.end))) misfits.push('cuts-link');
  if (made(/[ \t][,.;:!?)]/)) misfits.push('space-before-punctuation');
  if (made(/\S[ \t]{2}\S/)) misfits.push('double-space');
  if (/\b(?:a|an|the)[ \t]*(?:[,.;:!?)]|$)/i.test(after.slice(Math.max(0, joins[0]! - 6), joins[1]! + 2)) && !/\b(?:a|an|the)[ \t]*(?:[,.;:!?)]|$)/i.test(text.slice(Math.max(0, range.start - 6), range.end + 2))) {
    misfits.push('orphan-article');
  }
  // a list's "and" left with nothing after it: "pies and."
  const dangling = /(?<!\p{L})(?:and|or)[ \t]*[.,;:!?)]/iu;
  const wide = (s: string, at: number) => s.slice(Math.max(0, at - 8), at + 3);
  if (joins.some((at) => dangling.test(wide(after, at))) && !joinsBefore.some((at) => dangling.test(wide(text, at)))) misfits.push('dangling-conjunction');
  if (made(/[.!?]\.|\.[.!?]/) && !/\.\.\.|…/.test(around(after, joins[1]!))) misfits.push('double-stop');
  // a rewrite written as a sentence must start one and end one
  if (/^\p{Lu}[^]*[.!?]$/u.test(replacement)) {
    const before = text.slice(Math.max(0, range.start - 12), range.start);
    const next = text.slice(range.end, range.end + 3);
    if (!/(?:^|[.!?:\n]|\p{Extended_Pictographic}\uFE0F?)[\s"'“‘(\-*•]*$/u.test(before) || !/^(?:$|\s*\n|[ \t]+["“(]?\p{Lu}|[ \t]*$)/u.test(next)) misfits.push('sentence-mid-sentence');
  }
  // a rewrite that opens a sentence of its own ("I will choose …") after a word in lower case: "needed for I will choose"
  const original = text.slice(range.start, range.end);
  if (/^(?:I|We|Please|Here|Quote)\b/.test(replacement) && original !== original.toUpperCase() && /\p{Ll}[ \t]+$/u.test(text.slice(Math.max(0, range.start - 12), range.start))) {
    misfits.push('clause-starts-anew');
  }
  // a word said twice where the rewrite begins: "please please include", "and and [name the rest]"
  // (a rewrite may take the space or comma before the match with it: the word is read after them)
  const lead = /^[\s,]*/u.exec(replacement)![0].length;
  const wordBefore = (s: string, at: number) => /(\p{L}+)[ \t]+$/u.exec(s.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase();
  const firstWord = (s: string) => /^(\p{L}+)/u.exec(s)?.[1]?.toLowerCase();
  const said = wordBefore(after, range.start + lead);
  if (said && said === firstWord(replacement.slice(lead)) && wordBefore(text, range.start + lead) !== firstWord(original.slice(lead))) misfits.push('doubled-word');
  return misfits;
}
