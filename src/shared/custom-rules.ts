/**
 * Custom rules from storage or a team policy, validated and compiled for the engine. The pattern
 * safety checker (redos-detector, ~200 KB) is loaded only when some rule has a pattern.
 */
import type { Rule } from '../core';
import { compileRule, validateRule, type CustomRuleDef, type PatternCheck } from '../core/custom';
import type { CustomRulesValidator } from './settings';

export function customRulesValidator(checkPattern?: PatternCheck): CustomRulesValidator {
  return (raw, problems) => {
    if (!Array.isArray(raw)) {
      problems.push('Stored custom rules were corrupt and were dropped.');
      return [];
    }
    const out: CustomRuleDef[] = [];
    const ids = new Set<string>();
    raw.forEach((r, index) => {
      const result = validateRule(r, { checkPattern, index });
      if (result.rule && !ids.has(result.rule.id)) {
        out.push(result.rule);
        ids.add(result.rule.id);
      } else if (result.problems.length) {
        const p = result.problems[0]!;
        problems.push(`Custom rule "${p.ruleId}" was not used: ${p.field} ${p.message}.`);
      }
    });
    return out;
  };
}

export function needsPatternCheck(raw: unknown): boolean {
  return Array.isArray(raw) && raw.some((r) => r && typeof r === 'object' && typeof (r as { pattern?: unknown }).pattern === 'string');
}

export async function loadPatternCheck(): Promise<PatternCheck> {
  return (await import('../core/custom/pattern-safety')).checkPattern;
}

/** A validator with the pattern checker loaded if any of these rules needs it. */
export async function validatorFor(...sources: unknown[]): Promise<CustomRulesValidator> {
  return customRulesValidator(sources.some(needsPatternCheck) ? await loadPatternCheck() : undefined);
}

const compiled = new Map<string, Rule>();

/** Compile rules once; a rule is recompiled only when its definition changes. */
export function compileAll(defs: readonly CustomRuleDef[]): Rule[] {
  return defs.map((def) => {
    const key = JSON.stringify(def);
    let rule = compiled.get(key);
    if (!rule) {
      rule = compileRule(def);
      compiled.set(key, rule);
    }
    return rule;
  });
}
