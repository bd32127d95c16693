import type { Analysis } from './types';

/**
 * What a surface should say about a result besides its findings: a post in a language the checks
 * cannot read, text that was not checked, findings that were not listed, and blanks still to fill
 * in. Its own module so the content script can use it without the engine.
 */
export function analysisNotes(analysis: Analysis): string[] {
  return [
    ...(analysis.notEnglish ? [analysis.notEnglish.note] : []),
    ...(analysis.truncated ? [analysis.truncated.note] : []),
    ...(analysis.omitted ?? []).map((o) => o.note),
    ...(analysis.unfilled ? [analysis.unfilled.note] : []),
  ];
}
