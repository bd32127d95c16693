import type { ReplacementOption, RuleHit } from '../rule';
import type { Doc } from '../text/doc';
import { matchCase, scanIndexed, startsSentence, usedAffirmatively, type ScanOptions } from '../text/match';

export interface PhrasePattern {
  re: RegExp;
  /** Rewrites of the matched text, best first; a function gets the matched text. */
  replacements: ReplacementOption[] | ((matched: string) => ReplacementOption[]);
  messageId?: string;
}

const patternLists = new WeakMap<readonly PhrasePattern[], RegExp[]>();

/**
 * Hits for a phrase check: every affirmative use of its patterns, with rewrites that keep the
 * flagged text's capitalisation. Overlapping matches collapse into the first found, so "a few"
 * inside "a few pages" is not flagged twice.
 */
export function findPhrases(doc: Doc, patterns: readonly PhrasePattern[], options: ScanOptions = {}): RuleHit[] {
  let regexes = patternLists.get(patterns);
  if (!regexes) {
    regexes = patterns.map((p) => p.re);
    patternLists.set(patterns, regexes);
  }
  const accept = options.accept ?? usedAffirmatively;
  const hits: RuleHit[] = [];
  const taken: Array<{ part: string; start: number; end: number }> = [];
  for (const { hit, pattern: index } of scanIndexed(doc, regexes, { parts: options.parts, limit: options.limit, accept, readLinks: options.readLinks })) {
    const { start, end } = hit.range;
    if (taken.some((t) => t.part === hit.part && start < t.end && end > t.start)) continue;
    taken.push({ part: hit.part, start, end });
    const pattern = patterns[index]!;
    const replacements = typeof pattern.replacements === 'function' ? pattern.replacements(hit.text) : pattern.replacements;
    const atStart = startsSentence(doc.text(hit.part), start);
    hits.push({
      part: hit.part,
      range: hit.range,
      messageId: pattern.messageId,
      data: { phrase: hit.text },
      replacements: replacements.map((o) => ({ label: o.label, text: matchCase(hit.text, o.text, atStart) })),
    });
  }
  return hits;
}
