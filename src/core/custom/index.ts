export type { CustomRuleDef, CustomRuleKind, RuleScope, RuleProblem, PatternCheck, AvoidRule, ReplaceRule, RequireRule, IfThenRule, LimitRule } from './types';
export { LIMITS } from './types';
export { validateRule, RULE_ID } from './validate';
export { compileRule, phrasePattern } from './compile';
export { exportPack, parsePack, mergeRules, clashes, PACK_FORMAT, PACK_VERSION, type ParsedPack, type ClashChoice } from './pack';
