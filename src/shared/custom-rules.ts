/**
 * Custom rules from storage or a team policy, validated and compiled for the engine. The pattern
 * safety checker (redos-detector, ~200 KB) is loaded only when some rule has a pattern.
 */
import type { AnalyzeOptions, Rule } from '../core';
import { compileRule, validateRule, type CustomRuleDef, type PatternCheck } from '../core/custom';
import { mergeRuleSettings, type ManagedPolicy } from './managed';
import type { CustomRulesValidator, Settings } from './settings';

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

/** The patterns (with their case flag) that rules from these sources ask to run. */
function patternsIn(...sources: unknown[]): Array<{ source: string; caseSensitive: boolean }> {
  const out: Array<{ source: string; caseSensitive: boolean }> = [];
  for (const raw of sources) {
    if (!Array.isArray(raw)) continue;
    for (const r of raw) {
      const rule = r as { pattern?: unknown; caseSensitive?: unknown } | null;
      if (rule && typeof rule.pattern === 'string' && rule.pattern.trim()) out.push({ source: rule.pattern.trim(), caseSensitive: rule.caseSensitive === true });
    }
  }
  return out;
}

/** A validator with pattern verdicts ready, loading the checker only when some rule has a pattern. */
export async function validatorFor(sources: unknown[]): Promise<CustomRulesValidator> {
  if (!patternsIn(...sources).length) return customRulesValidator();
  return customRulesValidator((await import('../core/custom/pattern-safety')).checkPattern);
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

/**
 * The engine's options for these settings under a team policy: rule settings with the policy's
 * on top, and the custom rules compiled, the team's first (a team rule wins an id clash). The
 * one recipe for every surface: the background (for the pages) and the popup's own checks.
 */
export function engineOptions(settings: Pick<Settings, 'rules' | 'customRules'>, policy: ManagedPolicy, managedRules: readonly CustomRuleDef[]): AnalyzeOptions {
  const managedIds = new Set(managedRules.map((r) => r.id));
  const own = settings.customRules.filter((r) => !managedIds.has(r.id));
  return { rules: mergeRuleSettings(settings.rules, policy), extraRules: compileAll([...managedRules, ...own]) };
}
