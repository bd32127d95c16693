/**
 * The engine's options for this page: the user's check settings under the team policy, and the
 * custom rules (the team's first, then the user's, a policy id winning a clash) compiled once.
 * Loaded with the composer, never in the content script's first chunk.
 */
import type { AnalyzeOptions } from '../core';
import { compileAll, validatorFor, type RemotePatternCheck } from '../shared/custom-rules';
import { mergeRuleSettings, type ManagedPolicy } from '../shared/managed';
import type { Settings } from '../shared/settings';

export async function engineOptions(settings: Settings, customRulesRaw: unknown, policy: ManagedPolicy, remote: RemotePatternCheck): Promise<AnalyzeOptions> {
  const problems: string[] = [];
  const validate = await validatorFor([customRulesRaw, policy.customRules], remote);
  const managed = validate(policy.customRules, problems);
  const managedIds = new Set(managed.map((r) => r.id));
  const own = validate(customRulesRaw, problems).filter((r) => !managedIds.has(r.id));
  if (problems.length) console.warn('ClearBrief:', ...problems);
  return { rules: mergeRuleSettings(settings.rules, policy), extraRules: compileAll([...managed, ...own]) };
}
