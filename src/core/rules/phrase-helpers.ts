import type { ReplacementOption, RuleHit } from '../rule';
import type { Doc } from '../text/doc';
import { firstReached } from '../text/halving';
import { matchCase, scanIndexed, startsSentence, usedAffirmatively, type ScanOptions } from '../text/match';
import { fitRewrites, lineAfter, lineBefore, type Removal } from './fit-helpers';

export interface PhrasePattern {
  re: RegExp;
  /** Rewrites of the matched text, best first; a function gets the matched text and the words around it in its line. */
  replacements: ReplacementOption[] | ((matched: string, around: { before: string; after: string }) => ReplacementOption[]);
  messageId?: string;
  /** What removing the match leaves, for a "Remove" rewrite (`fit-helpers.ts`): a clause unless said. */
  removal?: Removal;
}

const patternLists = new WeakMap<readonly PhrasePattern[], RegExp[]>();

/**
 * Hits for a phrase check: every affirmative use of its patterns, with rewrites that keep the
 * flagged text's capitalisation and fit the sentence (`fit-helpers.ts`: the range may widen to
 * take a link or a separator with it). Overlapping matches collapse into the first found, so
 * "a few" inside "a few pages" is not flagged twice.
 */
export function findPhrases(doc: Doc, patterns: readonly PhrasePattern[], options: ScanOptions = {}): RuleHit[] {
  let regexes = patternLists.get(patterns);
  if (!regexes) {
    regexes = patterns.map((p) => p.re);
    patternLists.set(patterns, regexes);
  }
  const accept = options.accept ?? usedAffirmatively;
  const hits: RuleHit[] = [];
  const taken = { title: new TakenRanges(), description: new TakenRanges() };
  for (const { hit, pattern: index } of scanIndexed(doc, regexes, { parts: options.parts, limit: options.limit, accept, readLinks: options.readLinks })) {
    const text = doc.text(hit.part);
    const pattern = patterns[index]!;
    const written = typeof pattern.replacements === 'function' ? pattern.replacements(hit.text, wordsAround(text, hit.range.start, hit.range.end)) : pattern.replacements;
    const atStart = startsSentence(text, hit.range.start);
    const cased = written.map((o) => matchCase(hit.text, o.text, atStart));
    const links = options.readLinks ? doc.links(hit.part) : undefined;
    const fitted = fitRewrites({ text, start: hit.range.start, end: hit.range.end, links, removal: pattern.removal }, cased);
    const { start, end } = fitted;
    if (!taken[hit.part].take(start, end)) continue;
    hits.push({
      part: hit.part,
      range: { start, end },
      messageId: pattern.messageId,
      data: { phrase: hit.text },
      replacements: written.flatMap((o, i) => (fitted.texts[i] === null ? [] : [{ label: o.label, text: fitted.texts[i]! }])),
    });
  }
  return hits;
}

/** The few words on each side of a match in its line, for a rewrite that fits its grammar ("a low budget" / "low budget projects"). */
const wordsAround = (text: string, start: number, end: number) => ({ before: lineBefore(text, start, 30), after: lineAfter(text, end, 30) });

/**
 * The ranges of one part's hits so far, disjoint and in text order, so that whether a new one overlaps is found by
 * halving: checked against every hit before it, a 100,000-character paste of "stuff, etc. " spent 70% of its 0.6 s
 * analysis on that check.
 */
class TakenRanges {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Take `[start, end)` unless it overlaps a range taken already; whether it was taken. */
  take(start: number, end: number): boolean {
    const i = firstReached(this.ends.length, (k) => this.ends[k]! > start);
    if (i < this.starts.length && this.starts[i]! < end) return false;
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, end);
    return true;
  }
}
