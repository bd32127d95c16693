import type { Finding } from '../core';

/**
 * A finding's identity for "dismiss": the rule, the flagged text and a little of the text around
 * it, so a dismissal survives edits elsewhere in the draft (Harper's approach) but not a rewrite
 * of the sentence it was in.
 */
export function dismissalKey(finding: Finding, texts: { title: string; description: string }): string {
  if (!finding.range || !finding.part) return finding.ruleId;
  const text = texts[finding.part];
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const before = norm(text.slice(Math.max(0, finding.range.start - 24), finding.range.start)).slice(-16);
  const after = norm(text.slice(finding.range.end, finding.range.end + 24)).slice(0, 16);
  return [finding.ruleId, finding.part, norm(finding.actual ?? ''), before, after].join('\u0001');
}

/** A readable label for a dismissed finding in the panel. */
export function dismissalLabel(key: string): string {
  const [ruleId, , actual] = key.split('\u0001');
  return actual ? `“${actual}” (${ruleId})` : (ruleId ?? key);
}
