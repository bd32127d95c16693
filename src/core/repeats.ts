import type { Finding } from './types';

/** One problem as a list shows it: the finding, and every place it was found (the finding's own first). */
export interface RepeatedFinding {
  finding: Finding;
  places: Finding[];
}

/**
 * Findings that say the same thing with the same fix, as one entry. A rule such as one-stop-shop
 * marks each trade it counted, so the editor can underline them all; a list that printed its
 * message five times would only be noise. Findings whose suggestions edit their own range differ
 * by range, so they are never merged: each rewrite applies to its place.
 */
export function groupRepeats(findings: readonly Finding[]): RepeatedFinding[] {
  const groups: RepeatedFinding[] = [];
  const byKey = new Map<string, RepeatedFinding>();
  for (const finding of findings) {
    const key = repeatKey(finding);
    const group = key === undefined ? undefined : byKey.get(key);
    if (group) {
      group.places.push(finding);
      continue;
    }
    const fresh = { finding, places: [finding] };
    groups.push(fresh);
    if (key !== undefined) byKey.set(key, fresh);
  }
  return groups;
}

/** What makes two findings the same entry; undefined when a finding can only stand alone. */
function repeatKey(finding: Finding): string | undefined {
  if (finding.suggestions.some((s) => s.kind === 'edit')) return undefined;
  return JSON.stringify([finding.ruleId, finding.level, finding.message, finding.suggestions]);
}
