import { describe, expect, it } from 'vitest';
import { analyze, BUILT_IN_RULES, WARM_UP_DRAFT } from '../../src/core';

describe('the warm-up draft', () => {
  // The engine is warmed by analysing this draft once; a check it never reaches would still be
  // compiled and run for the first time on the user's draft.
  const analysis = analyze(WARM_UP_DRAFT);

  it('gives every section check its evidence', () => {
    const sections = BUILT_IN_RULES.filter((r) => r.type === 'section').map((r) => r.meta.id);
    const met = analysis.checklist.filter((c) => c.status === 'met').map((c) => c.ruleId);
    expect(met.sort()).toEqual(sections.sort());
  });

  it('makes every phrase check fire, except those its other parts rightly silence', () => {
    // A deadline is given, so "ASAP" is not flagged; it is long and its scope is stated.
    const silenced = ['asap-deadline', 'too-short', 'vague-scope'];
    const phraseChecks = BUILT_IN_RULES.filter((r) => r.type !== 'section' && !silenced.includes(r.meta.id)).map((r) => r.meta.id);
    const fired = new Set(analysis.findings.map((f) => f.ruleId));
    expect(phraseChecks.filter((id) => !fired.has(id))).toEqual([]);
    expect(silenced.filter((id) => fired.has(id))).toEqual([]);
  });
});
