/**
 * Every check's own table of examples: each `fire` example must produce a finding of that check
 * (and flag each listed span), each `pass` example must not. The tables live beside the checks
 * so the documentation examples are executed.
 */
import { describe, expect, it } from 'vitest';
import { analyze, BUILT_IN_RULES } from '../../src/core';
import { EXAMPLES } from '../../src/core/examples';

for (const rule of BUILT_IN_RULES) {
  const examples = EXAMPLES[rule.meta.id]!;
  describe(rule.meta.id, () => {
    examples.fire.forEach((example, i) => {
      it(`fires on example ${i + 1}: ${example.description.slice(0, 50)}`, () => {
        const findings = analyze(example).findings.filter((f) => f.ruleId === rule.meta.id);
        expect(findings.length).toBeGreaterThan(0);
        for (const flag of example.flags ?? []) expect(findings.map((f) => f.actual)).toContain(flag);
        for (const f of findings) if (f.range) expect(f.actual).toBe((f.part === 'title' ? example.title : example.description)?.slice(f.range.start, f.range.end));
      });
    });
    examples.pass.forEach((example, i) => {
      it(`stays quiet on example ${i + 1}: ${example.description.slice(0, 50)}`, () => {
        const findings = analyze(example).findings.filter((f) => f.ruleId === rule.meta.id);
        expect(findings).toEqual([]);
      });
    });
  });
}
