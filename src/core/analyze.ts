import { BUILT_IN_RULES } from './registry';
import { format, type Rule, type RuleContext, type RuleHit } from './rule';
import { computeScore } from './score';
import { SECTION_BY_ID } from './sections';
import { compareIds, sortInPlace } from './sort';
import { blanksIn, shownEvidence } from './rules/section-helpers';
import { notEnglishNote } from './text/language';
import { Doc } from './text/doc';
import { computeStats } from './text/stats';
import type { Analysis, ChecklistItem, Draft, Finding, Level, Suggestion } from './types';

export interface RuleSetting {
  enabled?: boolean;
  level?: Level;
  /** Overrides of the rule's `defaultOptions` (thresholds). */
  options?: Record<string, number>;
}

export interface AnalyzeOptions {
  /** Rules compiled from declarative definitions (custom rules, team packs), run beside the built-in ones. */
  extraRules?: readonly Rule[];
  /** Per-rule settings by id: turn off, change level, tune thresholds. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Longest description checked whole; the rest is reported as not checked. */
  maxCharacters?: number;
  /** Most findings one check reports per draft; the rest are counted in `omitted`. */
  maxFindingsPerRule?: number;
}

/**
 * 100,000 characters: eight times the longest job post in the corpus, analysed in about 15 ms
 * (npm run bench). A 1 MB paste is cut here with a note rather than freezing the page.
 */
export const DEFAULT_MAX_CHARACTERS = 100_000;

/**
 * 25: no post in the corpus has more than 12 findings of one check, and past a few dozen the
 * same underline over and over helps nobody (a pasted phrase repeated a thousand times gave
 * 3,600 findings and froze the page for a second and a half). The score is unaffected: a
 * check's penalty is capped at two findings' worth.
 */
export const DEFAULT_MAX_FINDINGS_PER_RULE = 25;
const MAX_TITLE = 1_000;

/** Shared by every rule run without options: rules read their options, never write them. */
const NO_OPTIONS: Readonly<Record<string, number>> = Object.freeze({});

/** Errors first. A comparison, not a lookup in a table keyed by level: it runs for every pair of findings sorted. */
const levelRank = (level: Level) => (level === 'error' ? 0 : level === 'warning' ? 1 : 2);

/** Analyse a draft. Never throws on any string input; the same draft always gives the same result. */
export function analyze(draft: Draft, options: AnalyzeOptions = {}): Analysis {
  const max = options.maxCharacters ?? DEFAULT_MAX_CHARACTERS;
  const input = normalizeDraft(draft);
  const totalCharacters = input.description.length;
  const description = cut(input.description, max);
  const doc = new Doc({ title: cut(input.title ?? '', MAX_TITLE), description, fields: input.fields });

  const maxPerRule = options.maxFindingsPerRule ?? DEFAULT_MAX_FINDINGS_PER_RULE;
  const findings: Finding[] = [];
  const checklist: ChecklistItem[] = [];
  const omitted: NonNullable<Analysis['omitted']> = [];
  const rules = [...BUILT_IN_RULES, ...(options.extraRules ?? [])];

  // Section checks first: the checklist they decide is part of what a finding rule reads ("too-short"
  // offers to insert only the sections still missing).
  const enabled = (rule: Rule) => options.rules?.[rule.meta.id]?.enabled !== false;
  const levelOf = (rule: Rule): Level => options.rules?.[rule.meta.id]?.level ?? rule.meta.level;
  const optionsOf = (rule: Rule): RuleContext['options'] => {
    const tuned = options.rules?.[rule.meta.id]?.options;
    return tuned ? { ...rule.meta.defaultOptions, ...tuned } : (rule.meta.defaultOptions ?? NO_OPTIONS);
  };
  for (const rule of rules) {
    if (rule.type !== 'section' || !enabled(rule)) continue;
    const ctx: RuleContext = { doc, options: optionsOf(rule) };
    const evidence = rule.evidence(ctx);
    const info = SECTION_BY_ID[rule.section];
    checklist.push({
      section: rule.section,
      label: rule.label,
      ruleId: rule.meta.id,
      status: evidence.length > 0 ? 'met' : 'missing',
      evidence: shownEvidence(doc, evidence),
      points: info.points,
    });
    if (evidence.length === 0) {
      const because = rule.missingBecause?.(ctx);
      findings.push(
        toFinding(rule, levelOf(rule), doc, {
          messageId: because?.messageId ?? 'missing',
          data: because?.data,
          insert: { label: `Add ${rule.label.toLowerCase()}`, text: `${info.heading}:\n${rule.template(ctx)}` },
        }),
      );
    }
  }
  const ordered = inSectionOrder(checklist);
  for (const rule of rules) {
    if (rule.type !== 'finding' || !enabled(rule)) continue;
    const hits = rule.check({ doc, options: optionsOf(rule), checklist: ordered });
    for (let i = 0; i < hits.length && i < maxPerRule; i++) findings.push(toFinding(rule, levelOf(rule), doc, hits[i]!));
    if (hits.length > maxPerRule) {
      const count = hits.length - maxPerRule;
      omitted.push({ ruleId: rule.meta.id, count, note: `${count.toLocaleString('en')} more "${rule.meta.id}" findings are not shown: fix the first ${maxPerRule} and check again.` });
    }
  }

  sortInPlace(findings, compareFindings);
  const analysis: Analysis = { findings, checklist: ordered, score: computeScore(ordered, findings), stats: computeStats(doc) };
  if (omitted.length) analysis.omitted = omitted;
  const unfilled = unfilledBlanks(doc);
  if (unfilled) analysis.unfilled = unfilled;
  const notEnglish = notEnglishNote(doc, ordered);
  if (notEnglish) analysis.notEnglish = notEnglish;
  if (description.length < totalCharacters) {
    analysis.truncated = {
      checkedCharacters: description.length,
      totalCharacters,
      note: `Only the first ${description.length.toLocaleString('en')} of ${totalCharacters.toLocaleString('en')} characters were checked; the rest was not.`,
    };
  }
  return analysis;
}

/**
 * Blanks left in the draft: an inserted template or a restructured draft holds prompts like
 * "[N] pages" that the checklist does not count, and a post published with them reads unfinished.
 */
function unfilledBlanks(doc: Doc): Analysis['unfilled'] {
  // Only the description: templates and `restructure` never write to the title, whose bracketed tags
  // ("[Hiring]", "[75$ budget]") are the client's own.
  const blanks = blanksIn(doc.description);
  if (blanks.length === 0) return undefined;
  const examples = [...new Set(blanks.map((b) => b.text))].slice(0, 3);
  const count = blanks.length;
  return {
    count,
    examples,
    note: `${count} bracketed phrase${count === 1 ? ' looks' : 's look'} like ${count === 1 ? 'a blank' : 'blanks'} to fill in (${examples.join(', ')}${count > examples.length ? ', …' : ''}); the checklist does not count text in brackets.`,
  };
}

function toFinding(rule: Rule, level: Level, doc: Doc, hit: RuleHit): Finding {
  const messages = rule.meta.messages;
  const template = messages[hit.messageId ?? 'default'] ?? messages.default ?? Object.values(messages)[0] ?? rule.meta.description;
  const { part, range, insert } = hit;
  const located = part !== undefined && range !== undefined;
  // Built whole rather than pushed into an empty array, which grows a backing store per finding.
  const edits: Suggestion[] =
    located && hit.replacements
      ? hit.replacements.map((r) => ({
          kind: 'edit',
          label: r.label ?? (r.text ? `Replace with "${r.text}"` : 'Remove'),
          part,
          range: { start: range.start, end: range.end },
          text: r.text,
        }))
      : [];
  const inserted: Suggestion | undefined = insert && { kind: 'insert', part: 'description', label: insert.label, text: insert.text };
  const finding: Finding = {
    ruleId: rule.meta.id,
    level,
    message: format(template, hit.data),
    why: rule.meta.why,
    suggestions: inserted ? (edits.length ? [...edits, inserted] : [inserted]) : edits,
  };
  if (located) {
    finding.part = part;
    finding.range = { start: range.start, end: range.end };
    finding.actual = doc.quote(part, range.start, range.end);
  }
  if (rule.custom) finding.custom = true;
  return finding;
}

const SECTION_ORDER = Object.keys(SECTION_BY_ID);

/** The checklist in the order of a good post's sections (the rules run in another order). */
function inSectionOrder(checklist: readonly ChecklistItem[]): ChecklistItem[] {
  const ordered: ChecklistItem[] = [];
  for (const section of SECTION_ORDER) for (const item of checklist) if (item.section === section) ordered.push(item);
  return ordered;
}

/** Whole-document findings first (by level), then title, then description, in text order. */
function compareFindings(a: Finding, b: Finding): number {
  const aDoc = a.range ? 1 : 0;
  const bDoc = b.range ? 1 : 0;
  if (aDoc !== bDoc) return aDoc - bDoc;
  if (!a.range || !b.range) return levelRank(a.level) - levelRank(b.level) || compareIds(a.ruleId, b.ruleId);
  if (a.part !== b.part) return a.part === 'title' ? -1 : 1;
  return a.range.start - b.range.start || a.range.end - b.range.end || compareIds(a.ruleId, b.ruleId);
}

/** Accept whatever a caller passes (JSON from a file, a scraped page) without throwing. */
function normalizeDraft(draft: unknown): Draft {
  if (!draft || typeof draft !== 'object') return { description: typeof draft === 'string' ? draft : '' };
  const d = draft as Record<string, unknown>;
  return {
    title: typeof d.title === 'string' ? d.title : '',
    description: typeof d.description === 'string' ? d.description : '',
    fields: d.fields as Draft['fields'],
  };
}

/** Cut at `max` code units without splitting a surrogate pair. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end);
}
