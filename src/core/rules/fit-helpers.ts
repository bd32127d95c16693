/**
 * A rewrite fitted to the sentence it lands in. A phrase check's rewrites are written for the phrase alone, and applied
 * as they were they broke the sentence around it (over the corpus, 699 of 3,923 edits; `npm run audit:rewrites`):
 * "Remove" left "a  of status" and "ChatGPT, )", a rewrite that is a sentence left "Please include [X] in your
 * proposal.." and a link cut in the middle became "https://forms.Apply here on the platform9017…". Here the edit's
 * range and texts are adjusted to what is around the match, or a rewrite that cannot fit is dropped. A finding's
 * range is its edits' (one range for all its rewrites, which surfaces check before applying one), so the underline
 * shows what a rewrite replaces: ", etc.", "Rockstar ", a whole link.
 */
import { firstReached } from '../text/halving';
import type { Range } from '../types';

/**
 * What removing a match leaves, as the pattern knows it: the last item of a list ("etc."), a word that modifies the next
 * ("rockstar" in "rockstar developer"), or by default a clause, which can go only where it stands between commas or
 * sentence boundaries ("This should be easy, probably takes 30 minutes." but not "a quick task for").
 */
export type Removal = 'clause' | 'tail' | 'modifier';

export interface FitInput {
  text: string;
  start: number;
  end: number;
  /** The links of the text, when the check reads inside them: a match that cuts one replaces it whole. */
  links?: readonly Range[];
  removal?: Removal;
}

/** The edit's range and each option's text there; null where the option does not fit. */
export interface FittedRewrite {
  start: number;
  end: number;
  texts: (string | null)[];
}

/** What stands on one side of a match in its line: a sentence boundary, a comma-like break, or a word. */
type Side = 'open' | 'comma' | 'word';

function leftSide(before: string): Side {
  const t = before.replace(/[ \t]+$/, '');
  if (t === '' || /[.!?:;(\[•*–—>-]$/.test(t) || /\p{Extended_Pictographic}\uFE0F?$/u.test(t)) return 'open';
  return t.endsWith(',') ? 'comma' : 'word';
}

function rightSide(after: string): Side {
  const t = after.replace(/^[ \t]+/, '');
  if (t === '' || /^[.!?]/.test(t)) return 'open';
  return /^(?:[,;:)\]]|[–—-]\s)/.test(t) ? 'comma' : 'word';
}

/**
 * How much of the line on each side of a match is read: what fits a rewrite stands next to it. Reading the whole line
 * made each finding cost the line's length, and a 100,000-character paste on one line has thousands of findings.
 */
const REACH = 80;

/** The line before `at`, at most `reach` characters of it. */
export function lineBefore(text: string, at: number, reach = REACH): string {
  let from = at;
  while (from > 0 && at - from < reach && text.charCodeAt(from - 1) !== 10) from--;
  return text.slice(from, at);
}

/** The line after `at`, at most `reach` characters of it. */
export function lineAfter(text: string, at: number, reach = REACH): string {
  let to = at;
  while (to < text.length && to - at < reach && text.charCodeAt(to) !== 10) to++;
  return text.slice(at, to);
}

/**
 * Whether a determiner ("a", "the", "our"…) stands just before a match, with at most `between` words after it ("a small
 * [free task]"): a rewrite that names a thing brings its own article only where none is there.
 */
export function determinerBefore(before: string, between: 0 | 1 | 2 = 0): boolean {
  return DETERMINER_BEFORE[between]!.test(before);
}

const DETERMINER_BEFORE = [0, 1, 2].map((between) => new RegExp(String.raw`\b(?:a|an|the|my|our|your|this|that)(?:[ \t]+[\w-]+){0,${between}}[ \t]+$`, 'i'));

/** The "and" that leads to a list's last item, with the spaces around it. */
const LIST_AND = /[ \t]+(?:and|or|&)[ \t]*$/i;

/** A rewrite's first word and the spaces after it. */
const FIRST_WORD = /^(\p{L}+)[ \t]+/u;
const LETTER = /\p{L}/u;

/**
 * The word just before a match, lower-cased, when only spaces stand between them: read backwards from the end. A regex
 * ending in "$" tries every start of the 80 characters before the match; with one, the check cost 0.14 G of the
 * engine's 24 G instructions over the corpus (cachegrind, 3 passes of `posts.jsonl`).
 */
function lastWordOf(before: string): string | undefined {
  let end = before.length;
  while (end > 0 && (before.charCodeAt(end - 1) === 32 || before.charCodeAt(end - 1) === 9)) end--;
  if (end === before.length) return undefined;
  let start = end;
  while (start > 0 && LETTER.test(before.charAt(start - 1))) start--;
  return start < end ? before.slice(start, end).toLowerCase() : undefined;
}

/** A rewrite that is one blank to fill: "[message me through the platform]". */
const BLANK = /^\[[^\[\]]*\]$/;

/** A rewrite written as a sentence: "Please include [X] in your proposal." */
const SENTENCE = /^\p{Lu}[^]*[.!?]$/u;

export function fitRewrites(input: FitInput, options: readonly string[]): FittedRewrite {
  const { text, removal = 'clause' } = input;
  let { start, end } = input;
  // A link cut by the match is replaced whole: the rewrite stands for the link, not for a piece of its address.
  // (links are in text order: the first that could be cut is found by halving, as `cutsLink` finds it)
  const links = input.links ?? [];
  for (let i = firstReached(links.length, (k) => links[k]!.end > start); i < links.length && links[i]!.start < end; i++) {
    start = Math.min(start, links[i]!.start);
    end = Math.max(end, links[i]!.end);
  }
  const before = lineBefore(text, start);
  const after = lineAfter(text, end);
  // The full stop of "etc." also ends its sentence when a capital or the line's end follows: a rewrite keeps it.
  const stop = text.charAt(end - 1) === '.' && /^(?:[ \t]*$|[ \t]+["“(]?\p{Lu})/u.test(after);
  const left = leftSide(before);
  const right = stop ? 'open' : rightSide(after);

  const removed = options.includes('') ? removalEdit(removal, before, after, left, right, stop) : null;
  const from = removed ? start - removed.back : start;
  const to = removed ? end + removed.forward : end;
  const prefix = text.slice(from, start);
  const suffix = text.slice(end, to);
  const texts = options.map((option) => {
    if (option === '') return removed ? removed.text : null;
    let fitted = option;
    if (SENTENCE.test(option)) {
      if (left !== 'open' && !/^I\b/.test(option)) fitted = fitted.charAt(0).toLowerCase() + fitted.slice(1);
      // (its full stop goes where the text has one already, or where the sentence goes on)
      const next = after.replace(/^[ \t]+/, '');
      if (!stop && next !== '' && !/^["“(]?\p{Lu}/u.test(next)) fitted = fitted.slice(0, -1);
    } else if (stop && !/[.!?]$/.test(option)) {
      fitted += '.';
    } else if (BLANK.test(option) && before.endsWith('[') && after.startsWith(']')) {
      // a blank the client left ("to [your email address]") is filled, not bracketed again
      fitted = option.slice(1, -1);
    }
    // (a first word the text has just said is not said again: "please [include …]", "and [name the rest]" after "and")
    const first = FIRST_WORD.exec(fitted);
    if (first && lastWordOf(before) === first[1]!.toLowerCase()) fitted = fitted.slice(first[0].length);
    return prefix + fitted + suffix;
  });
  return { start: from, end: to, texts };
}

/** How far a removal reaches back and forward past the match, and what it leaves; null when it cannot leave a sentence. */
function removalEdit(removal: Removal, before: string, after: string, left: Side, right: Side, stop: boolean): { back: number; forward: number; text: string } | null {
  const spacesAfter = /^[ \t]*/.exec(after)![0].length;
  const keep = stop ? '.' : '';
  if (removal === 'modifier') {
    return spacesAfter > 0 ? { back: 0, forward: spacesAfter, text: '' } : { back: /[ \t]*$/.exec(before)![0].length, forward: 0, text: '' };
  }
  if (left === 'comma' || (removal === 'tail' && left === 'word')) {
    // the comma or space that led to it goes with it: "A, B, etc.)" → "A, B)", "games etc. Next" → "games. Next";
    // so does the "and" of a list's tail: "cakes, pies and etc." → "cakes, pies."
    if (removal === 'clause' && right === 'word') return null;
    // (the "and" read on the line's last characters: a regex ending in "$" tries every start of what it is given)
    const back = (removal === 'tail' && LIST_AND.exec(before.slice(-12))) || /,?[ \t]*$/.exec(before)!;
    return { back: back[0].length, forward: 0, text: keep };
  }
  if (left === 'word' || right === 'word') return null;
  // a whole sentence or clause from a boundary: it goes with its stop or comma and the spaces after them
  const trailing = stop ? spacesAfter : /^[ \t]*[.!?,;:]*[ \t]*/.exec(after)![0].length;
  return { back: 0, forward: trailing, text: '' };
}
