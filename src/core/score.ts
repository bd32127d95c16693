import { compareIds, sortInPlace } from './sort';
import type { ChecklistItem, Finding, Level, Score, ScoreLine } from './types';

/** What one finding costs, and the most one rule can cost however often it fires. */
export const PENALTY: Readonly<Record<Level, { each: number; cap: number }>> = {
  error: { each: 15, cap: 30 },
  warning: { each: 8, cap: 16 },
  suggestion: { each: 2, cap: 6 },
};

const clamp = (n: number) => Math.max(0, Math.min(100, n));

/**
 * The score: checklist points earned minus capped penalties per rule, clamped to 0–100.
 * Missing-section findings cost nothing extra (the section's points are the cost). Each line's
 * `gain` is what fixing it alone would add to the final score, computed, not estimated.
 */
export function computeScore(checklist: readonly ChecklistItem[], findings: readonly Finding[]): Score {
  const lines: ScoreLine[] = checklist.map((item) => ({
    id: item.section,
    label: item.label,
    points: item.status === 'met' ? item.points : 0,
    gain: item.status === 'met' ? 0 : item.points,
    worth: item.status === 'met' ? 0 : item.points,
  }));

  // A draft has a few dozen findings from a few rules: plain arrays, not a Set and a Map per call.
  const byRule: Array<{ ruleId: string; level: Level; count: number }> = [];
  for (const f of findings) {
    if (isSectionRule(checklist, f.ruleId)) continue;
    let entry = byRule.find((e) => e.ruleId === f.ruleId);
    if (!entry) byRule.push((entry = { ruleId: f.ruleId, level: f.level, count: 0 }));
    entry.count++;
  }
  for (const { ruleId, level, count } of sortInPlace(byRule, (a, b) => compareIds(a.ruleId, b.ruleId))) {
    const { each, cap } = PENALTY[level];
    const cost = Math.min(cap, each * count);
    lines.push({ id: ruleId, label: count > 1 ? `${ruleId} ×${count}` : ruleId, count, points: -cost, gain: cost, worth: cost });
  }

  const raw = lines.reduce((sum, l) => sum + l.points, 0);
  const value = clamp(raw);
  // Gains are exact against the clamp: fixing a line changes the raw sum by its gain.
  for (const line of lines) line.gain = clamp(raw + line.gain) - value;
  return { value, max: 100, lines };
}

function isSectionRule(checklist: readonly ChecklistItem[], ruleId: string): boolean {
  for (const item of checklist) if (item.ruleId === ruleId) return true;
  return false;
}
