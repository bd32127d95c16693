import { describe, expect, it } from 'vitest';
import { analyze, BUILT_IN_RULES, warmUp, warmUpSteps, warmUpTasks, WARM_UP_DRAFT, WARM_UP_DRAFTS, type AnalyzeOptions } from '../../src/core';
import { compileUnrunUnions } from '../../src/core/text/match';

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

  it("is analysed in both of V8's storages of a text, one byte a character and two, with the same result", () => {
    const [oneByte, twoByte] = WARM_UP_DRAFTS;
    const beyondLatin1 = /[^\u0000-\u00ff]/;
    expect(beyondLatin1.test(`${oneByte!.title}${oneByte!.description}`)).toBe(false);
    expect(beyondLatin1.test(twoByte!.description)).toBe(true);
    const statuses = (draft: typeof oneByte) => analyze(draft!).checklist.map((c) => `${c.ruleId}:${c.status}`);
    expect(statuses(twoByte)).toEqual(statuses(oneByte));
    expect(analyze(twoByte!).findings.map((f) => f.ruleId)).toEqual(analysis.findings.map((f) => f.ruleId));
  });
});

describe('the warm-up in steps', () => {
  const steps = warmUpSteps();
  const enabledIn = (options: AnalyzeOptions) => BUILT_IN_RULES.map((r) => r.meta.id).filter((id) => options.rules?.[id]?.enabled !== false);

  it('runs each check alone on each draft, then each draft whole', () => {
    const ids = BUILT_IN_RULES.map((r) => r.meta.id);
    for (const draft of WARM_UP_DRAFTS) {
      const ofDraft = steps.filter((s) => s.draft === draft);
      expect(ofDraft.map((s) => enabledIn(s.options))).toEqual([...ids.map((id) => [id]), ids]);
    }
    expect(steps).toHaveLength(WARM_UP_DRAFTS.length * (ids.length + 1));
  });

  it('finds in each single-check step what that check finds in the whole draft', () => {
    const whole = new Map(WARM_UP_DRAFTS.map((d) => [d, analyze(d)]));
    for (const { draft, options } of steps) {
      const [id] = enabledIn(options);
      if (enabledIn(options).length !== 1 || BUILT_IN_RULES.find((r) => r.meta.id === id)!.type !== 'section') continue;
      const alone = analyze(draft, options);
      expect(alone.checklist.map((c) => c.ruleId)).toEqual([id]);
      expect(alone.checklist[0]!.status).toBe(whole.get(draft)!.checklist.find((c) => c.ruleId === id)!.status);
    }
  });
});

describe('the warm-up\'s last step', () => {
  it('compiles every pattern group the drafts did not run, so a rare phrase in the first real draft waits for nothing', () => {
    expect(warmUpTasks()).toHaveLength(warmUpSteps().length + 1);
    warmUp();
    // (every union is compiled now: the drafts ran some, the last step the rest)
    expect(compileUnrunUnions()).toBe(0);
    // and a draft that reaches groups no warm-up draft reaches finds what it did before
    const rare = 'Take over the script we have and develop several landing pages. I have all of the product photos.';
    expect(analyze({ description: rare }).checklist.find((c) => c.section === 'deliverables')!.evidence.map((e) => e.text)).toContain('several landing pages');
  });
});
