/** The ClearBrief engine: pure TypeScript, no DOM, no extension API. */
export { analyze, DEFAULT_MAX_CHARACTERS, DEFAULT_MAX_FINDINGS_PER_RULE, type AnalyzeOptions, type RuleSetting } from './analyze';
export { computeScore } from './score';
export { analysisNotes } from './notes';
export { groupRepeats, type RepeatedFinding } from './repeats';
export { restructure, type RestructureOptions, type Restructured } from './restructure';
export { warmUp, warmUpSteps, warmUpTasks, WARM_UP_DRAFT, WARM_UP_DRAFTS, type WarmUpStep } from './warm-up';
export { BUILT_IN_RULES, BUILT_IN_RULE_IDS } from './registry';
export { SECTIONS, SECTION_BY_ID, type SectionInfo } from './sections';
export { applySuggestion, blockInsertion, insertBlock, shownRewrite } from './apply';
export type { Rule, RuleMeta, FindingRule, SectionRule, RuleHit, RuleContext, FindingContext, Example } from './rule';
export * from './types';
