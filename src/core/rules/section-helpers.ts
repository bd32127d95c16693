import type { Doc } from '../text/doc';
import { scan, type ScanOptions } from '../text/match';
import type { DraftFields, Evidence } from '../types';

/** Up to three ranges of text that satisfy a section, plus the form field that does, if set. */
export function collectEvidence(
  doc: Doc,
  patterns: readonly RegExp[],
  options: ScanOptions & { field?: keyof DraftFields } = {},
): Evidence[] {
  const evidence: Evidence[] = [];
  const field = options.field;
  if (field) {
    const value = doc.fields[field];
    const text = Array.isArray(value) ? value.join(', ') : value;
    if (text) evidence.push({ field, text });
  }
  // Hits come pattern group by pattern group; shown in text order, title first.
  const hits = scan(doc, patterns, { limit: 3, ...options }).sort(
    (a, b) => (a.part === b.part ? a.range.start - b.range.start : a.part === 'title' ? -1 : 1),
  );
  for (const hit of hits) evidence.push({ part: hit.part, range: hit.range, text: hit.text });
  return evidence;
}
