import type { Doc } from './text/doc';
import type { DraftFields, Evidence, Level, Part, Range, SectionId } from './types';

export interface RuleMeta {
  id: string;
  level: Level;
  /** One sentence: what the rule flags. */
  description: string;
  /** One sentence in the client's terms: what it costs them. */
  why: string;
  /** Where the rule comes from: the seed articles in ../shared/seeds, or marketplace rules. */
  seeds: string;
  /** Messages by id; `{{name}}` placeholders are filled from a hit's `data`. */
  messages: Record<string, string>;
  /** Tunable numbers (thresholds) with their defaults. */
  defaultOptions?: Record<string, number>;
}

export interface Example {
  title?: string;
  description: string;
  fields?: DraftFields;
  /** For phrase rules: text that must be among the flagged spans. */
  flags?: string[];
}

export interface RuleExamples {
  fire: Example[];
  pass: Example[];
}

export interface ReplacementOption {
  label?: string;
  text: string;
}

/** One problem a rule found. No part/range means the whole document (a missing section). */
export interface RuleHit {
  part?: Part;
  range?: Range;
  messageId?: string;
  data?: Record<string, string>;
  /** Replacements of the hit's range, best first. */
  replacements?: ReplacementOption[];
  /** Text the user can insert when the fix is to add something. */
  insert?: { label: string; text: string };
}

export interface RuleContext {
  doc: Doc;
  options: Readonly<Record<string, number>>;
}

interface RuleBase {
  meta: RuleMeta;
  /** Rules compiled from a user's or team's declarative definition. */
  custom?: boolean;
}

/** A checklist item: satisfied by evidence; a finding with a template when there is none. */
export interface SectionRule extends RuleBase {
  type: 'section';
  section: SectionId;
  label: string;
  /** The form field that satisfies the section by itself, if any. */
  field?: keyof DraftFields;
  evidence(ctx: RuleContext): Evidence[];
  /** A short template for the missing section, tailored to the post where possible. */
  template(ctx: RuleContext): string;
}

/** Any other check: returns what it flags. */
export interface FindingRule extends RuleBase {
  type: 'finding';
  check(ctx: RuleContext): RuleHit[];
}

export type Rule = SectionRule | FindingRule;

/** Fill `{{name}}` placeholders; an unknown name is left visible rather than silently dropped. */
export function format(template: string, data: Record<string, string> = {}): string {
  // Most messages have no placeholder (every missing section's does not): skip the regex.
  if (!template.includes('{{')) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => data[name] ?? whole);
}
