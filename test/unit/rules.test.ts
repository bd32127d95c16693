/**
 * Every check's own table of examples: each `fire` example must produce a finding of that check
 * (and flag each listed span), each `pass` example must not, and a rewrite a finding offers must
 * not be flagged again by the same check. The tables live beside the checks so the documentation
 * examples are executed.
 */
import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion, BUILT_IN_RULES } from '../../src/core';
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
      it(`does not flag its own rewrites of example ${i + 1}`, () => {
        for (const f of analyze(example).findings.filter((x) => x.ruleId === rule.meta.id)) {
          for (const s of f.suggestions) {
            if (s.kind !== 'edit') continue;
            const after = analyze(applySuggestion(example, s, { expected: f.actual })!);
            const rewritten = { start: s.range.start, end: s.range.start + s.text.length };
            const again = after.findings.filter((g) => g.ruleId === rule.meta.id && g.part === s.part && g.range && g.range.start < rewritten.end && g.range.end > rewritten.start);
            expect(again.map((g) => `"${f.actual}" → "${s.text}" is flagged again: "${g.actual}"`)).toEqual([]);
          }
        }
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
