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
  for (const hit of scan(doc, patterns, { limit: 3, ...options })) {
    evidence.push({ part: hit.part, range: hit.range, text: hit.text });
  }
  return evidence;
}
