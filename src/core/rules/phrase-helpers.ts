import type { ReplacementOption, RuleHit } from '../rule';
import type { Doc } from '../text/doc';
import { matchCase, scan, startsSentence, usedAffirmatively, type ScanOptions } from '../text/match';

export interface PhrasePattern {
  re: RegExp;
  /** Rewrites of the matched text, best first; a function gets the matched text. */
  replacements: ReplacementOption[] | ((matched: string) => ReplacementOption[]);
  messageId?: string;
}

/**
 * Hits for a phrase check: every affirmative use of each pattern, with rewrites that keep the
 * flagged text's capitalisation. Overlapping matches of one check collapse into the first (the
 * patterns are listed longest first), so "a few" inside "a few pages" is not flagged twice.
 */
export function findPhrases(
  doc: Doc,
  patterns: readonly PhrasePattern[],
  options: ScanOptions = {},
): RuleHit[] {
  const accept = options.accept ?? usedAffirmatively;
  const hits: RuleHit[] = [];
  const taken: Array<{ part: string; start: number; end: number }> = [];
  for (const pattern of patterns) {
    for (const hit of scan(doc, [pattern.re], { ...options, accept })) {
      const { start, end } = hit.range;
      if (taken.some((t) => t.part === hit.part && start < t.end && end > t.start)) continue;
      taken.push({ part: hit.part, start, end });
      const options =
        typeof pattern.replacements === 'function' ? pattern.replacements(hit.text) : pattern.replacements;
      const atStart = startsSentence(doc.text(hit.part), start);
      hits.push({
        part: hit.part,
        range: hit.range,
        messageId: pattern.messageId,
        data: { phrase: hit.text },
        replacements: options.map((o) => ({ label: o.label, text: matchCase(hit.text, o.text, atStart) })),
      });
    }
  }
  return hits;
}
