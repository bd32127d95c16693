import type { Doc } from './text/doc';
import type { ChecklistItem, DraftFields, Evidence, Level, Part, Range, SectionId } from './types';

export interface RuleMeta {
  id: string;
  /** What a person reads in a list of checks: "No budget", "Price as the only criterion". */
  name: string;
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

/** What a finding rule reads: the draft, its options, and the checklist, which is decided first. */
export interface FindingContext extends RuleContext {
  /** Every enabled section check's verdict on the draft (`analyze` runs them before any finding rule). */
  checklist: readonly ChecklistItem[];
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
  /**
   * For a section a learned judgement decides: what its phrase rules find, before the judgement weighs the whole post.
   * `restructure` reads one sentence at a time, where the judgement of a post of one sentence says little: "to build a
   * mobile app." names a deliverable though a post of that sentence alone is too thin to meet the section.
   */
  phraseEvidence?(ctx: RuleContext): Evidence[];
  /** A short template for the missing section, tailored to the post where possible. */
  template(ctx: RuleContext): string;
  /**
   * Which message to show when the section is missing for a reason other than plain absence (the
   * phrase rules found something a learned judgement found too thin); the `missing` message otherwise.
   */
  missingBecause?(ctx: RuleContext): Pick<RuleHit, 'messageId' | 'data'> | undefined;
}

/** Any other check: returns what it flags. */
export interface FindingRule extends RuleBase {
  type: 'finding';
  check(ctx: FindingContext): RuleHit[];
}

export type Rule = SectionRule | FindingRule;

const PLACEHOLDER_NAME = /^\w+$/;

/**
 * Fill `{{name}}` placeholders (spaces allowed inside the braces); an unknown name is left visible
 * rather than silently dropped. A walk with indexOf, not a replace with a callback: this runs for
 * every finding of every analysis.
 */
export function format(template: string, data: Record<string, string> = {}): string {
  let open = template.indexOf('{{');
  if (open === -1) return template;
  let out = '';
  let from = 0;
  while (open !== -1) {
    const close = template.indexOf('}}', open + 2);
    if (close === -1) break;
    const name = template.slice(open + 2, close).trim();
    const value = PLACEHOLDER_NAME.test(name) ? data[name] : undefined;
    if (value === undefined) {
      // Not a placeholder we fill: look for the next one from the next brace ("{{{name}}}").
      open = template.indexOf('{{', open + 1);
      continue;
    }
    out += template.slice(from, open) + value;
    from = close + 2;
    open = template.indexOf('{{', from);
  }
  return out + template.slice(from);
}
