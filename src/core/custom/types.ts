/**
 * Custom rules are data, never code: a declarative definition per rule, validated when loaded
 * and compiled once into a rule the engine runs beside the built-in ones. Five kinds, after
 * Vale's (existence, substitution, occurrence, conditional), plus the "if A then B" Vale cannot say.
 */
import type { Level } from '../types';

export type RuleScope = 'title' | 'description' | 'both';
export type CustomRuleKind = 'avoid' | 'replace' | 'require' | 'if-then' | 'limit';

interface CustomRuleBase {
  id: string;
  kind: CustomRuleKind;
  /** Shown with each finding; `{{phrase}}`, `{{count}}`, `{{min}}`, `{{max}}`, `{{expected}}` are filled in. */
  message: string;
  level: Level;
  scope: RuleScope;
  caseSensitive: boolean;
  /** Phrases inside which a match does not count ("no budget" inside "no budget constraints"). */
  exceptions: string[];
  /** Why the rule exists, shown in the card. */
  description?: string;
}

/** Phrases (or, in advanced mode, one pattern) that should not appear; optional replacements. */
export interface AvoidRule extends CustomRuleBase {
  kind: 'avoid';
  phrases: string[];
  pattern?: string;
  replacements: string[];
}

/** A phrase and the phrases to use instead. */
export interface ReplaceRule extends CustomRuleBase {
  kind: 'replace';
  swap: Array<{ from: string; to: string[] }>;
}

/** The post must mention at least one of these. */
export interface RequireRule extends CustomRuleBase {
  kind: 'require';
  anyOf: string[];
}

/** If the post mentions any of `if`, it must also mention one of `then`. */
export interface IfThenRule extends CustomRuleBase {
  kind: 'if-then';
  if: string[];
  then: string[];
}

/** A minimum or maximum count of words, sentences, or occurrences of a phrase. */
export interface LimitRule extends CustomRuleBase {
  kind: 'limit';
  measure: 'words' | 'sentences' | 'occurrences';
  phrase?: string;
  min?: number;
  max?: number;
}

export type CustomRuleDef = AvoidRule | ReplaceRule | RequireRule | IfThenRule | LimitRule;

/** One thing wrong with a definition, naming the rule and the field. */
export interface RuleProblem {
  ruleId: string;
  field: string;
  message: string;
}

/** Decides whether a user's pattern is safe to run on a page (see pattern-safety.ts). */
export type PatternCheck = (source: string, caseSensitive: boolean) => { ok: true } | { ok: false; reason: string };

export const LIMITS = {
  idLength: 64,
  messageLength: 300,
  phrases: 100,
  phraseLength: 100,
  patternLength: 200,
} as const;
