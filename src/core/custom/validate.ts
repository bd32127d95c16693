/**
 * Validation of custom rule definitions from any source (the options form, an imported pack,
 * storage, a team policy). Every problem names the rule, the field and what is wrong; a valid
 * definition comes back normalised (defaults filled in, phrases trimmed and de-duplicated).
 */
import { BUILT_IN_RULE_IDS } from '../registry';
import { LEVELS, type Level } from '../types';
import { LIMITS, type CustomRuleDef, type CustomRuleKind, type PatternCheck, type RuleProblem, type RuleScope } from './types';

const KINDS: readonly CustomRuleKind[] = ['avoid', 'replace', 'require', 'if-then', 'limit'];
const SCOPES: readonly RuleScope[] = ['title', 'description', 'both'];
export const RULE_ID = /^[a-z0-9][a-z0-9-]*$/;

export interface ValidationResult {
  rule?: CustomRuleDef;
  problems: RuleProblem[];
}

export function validateRule(raw: unknown, options: { checkPattern?: PatternCheck; index?: number } = {}): ValidationResult {
  const problems: RuleProblem[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { problems: [{ ruleId: options.index === undefined ? '(rule)' : `(rule ${options.index + 1})`, field: 'rule', message: 'must be an object' }] };
  }
  const r = raw as Record<string, unknown>;
  const id = typeof r.id === 'string' ? r.id.trim() : '';
  const ruleId = id || (options.index === undefined ? '(no id)' : `(rule ${options.index + 1})`);
  const problem = (field: string, message: string) => problems.push({ ruleId, field, message });

  if (!id) problem('id', 'is required');
  else if (!RULE_ID.test(id)) problem('id', 'may use only lower-case letters, digits and hyphens, starting with a letter or digit');
  else if (id.length > LIMITS.idLength) problem('id', `is longer than ${LIMITS.idLength} characters`);
  else if (BUILT_IN_RULE_IDS.includes(id)) problem('id', `"${id}" is a built-in check; choose another id`);

  const kind = r.kind as CustomRuleKind;
  if (!KINDS.includes(kind)) problem('kind', `must be one of ${KINDS.join(', ')}`);

  const message = typeof r.message === 'string' ? r.message.trim() : '';
  if (!message) problem('message', 'is required');
  else if (message.length > LIMITS.messageLength) problem('message', `is longer than ${LIMITS.messageLength} characters`);

  const level = (r.level ?? 'warning') as Level;
  if (!LEVELS.includes(level)) problem('level', `must be one of ${LEVELS.join(', ')}`);
  const scope = (r.scope ?? 'both') as RuleScope;
  if (!SCOPES.includes(scope)) problem('scope', `must be one of ${SCOPES.join(', ')}`);
  if (r.caseSensitive !== undefined && typeof r.caseSensitive !== 'boolean') problem('caseSensitive', 'must be true or false');
  const caseSensitive = r.caseSensitive === true;
  const exceptions = phraseList(r.exceptions, 'exceptions', problem, false);
  const description = typeof r.description === 'string' ? r.description.trim().slice(0, LIMITS.messageLength) : undefined;
  const base = { id, message, level, scope, caseSensitive, exceptions, ...(description ? { description } : {}) };

  let rule: CustomRuleDef | undefined;
  switch (kind) {
    case 'avoid': {
      const pattern = typeof r.pattern === 'string' && r.pattern.trim() ? r.pattern.trim() : undefined;
      const phrases = phraseList(r.phrases, 'phrases', problem, !pattern);
      if (r.pattern !== undefined && typeof r.pattern !== 'string') problem('pattern', 'must be text');
      if (pattern) checkPatternSource(pattern, caseSensitive, options.checkPattern, problem);
      const replacements = phraseList(r.replacements, 'replacements', problem, false, true);
      rule = { ...base, kind, phrases, replacements, ...(pattern ? { pattern } : {}) };
      break;
    }
    case 'replace': {
      const swap: Array<{ from: string; to: string[] }> = [];
      if (!Array.isArray(r.swap) || r.swap.length === 0) problem('swap', 'needs at least one "from → to" pair');
      else {
        r.swap.slice(0, LIMITS.phrases).forEach((pair, i) => {
          const p = pair as { from?: unknown; to?: unknown };
          const from = typeof p?.from === 'string' ? p.from.trim() : '';
          const to = Array.isArray(p?.to) ? p.to.filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trim()) : typeof p?.to === 'string' && p.to.trim() ? [p.to.trim()] : [];
          if (!from) problem(`swap[${i}].from`, 'is required');
          else if (from.length > LIMITS.phraseLength) problem(`swap[${i}].from`, `is longer than ${LIMITS.phraseLength} characters`);
          if (!to.length) problem(`swap[${i}].to`, 'needs at least one preferred phrase');
          if (from && to.length) swap.push({ from, to });
        });
      }
      rule = { ...base, kind, swap };
      break;
    }
    case 'require':
      rule = { ...base, kind, anyOf: phraseList(r.anyOf, 'anyOf', problem, true) };
      break;
    case 'if-then':
      rule = { ...base, kind, if: phraseList(r.if, 'if', problem, true), then: phraseList(r.then, 'then', problem, true) };
      break;
    case 'limit': {
      const measure = r.measure as 'words' | 'sentences' | 'occurrences';
      if (!['words', 'sentences', 'occurrences'].includes(measure)) problem('measure', 'must be words, sentences or occurrences');
      const min = count(r.min, 'min', problem);
      const max = count(r.max, 'max', problem);
      if (min === undefined && max === undefined) problem('min', 'a limit needs a minimum, a maximum or both');
      if (min !== undefined && max !== undefined && min > max) problem('max', `is smaller than min (${min})`);
      const phrase = typeof r.phrase === 'string' && r.phrase.trim() ? r.phrase.trim() : undefined;
      if (measure === 'occurrences' && !phrase) problem('phrase', 'is required when counting occurrences');
      rule = { ...base, kind, measure, ...(phrase ? { phrase } : {}), ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
      break;
    }
  }
  return problems.length ? { problems } : { rule, problems };
}

function phraseList(value: unknown, field: string, problem: (field: string, message: string) => void, required: boolean, allowEmptyText = false): string[] {
  if (value === undefined || value === null) {
    if (required) problem(field, 'needs at least one phrase');
    return [];
  }
  if (!Array.isArray(value)) {
    problem(field, 'must be a list of phrases');
    return [];
  }
  const out: string[] = [];
  value.forEach((v, i) => {
    if (typeof v !== 'string') problem(`${field}[${i}]`, 'must be text');
    else if (v.trim().length > LIMITS.phraseLength) problem(`${field}[${i}]`, `is longer than ${LIMITS.phraseLength} characters`);
    else if (v.trim() || allowEmptyText) out.push(v.trim());
  });
  if (value.length > LIMITS.phrases) problem(field, `has more than ${LIMITS.phrases} phrases`);
  if (required && out.length === 0) problem(field, 'needs at least one phrase');
  return [...new Set(out)];
}

function count(value: unknown, field: string, problem: (field: string, message: string) => void): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 1_000_000) {
    problem(field, 'must be a whole number from 0 to 1,000,000');
    return undefined;
  }
  return value;
}

function checkPatternSource(source: string, caseSensitive: boolean, check: PatternCheck | undefined, problem: (field: string, message: string) => void): void {
  if (source.length > LIMITS.patternLength) {
    problem('pattern', `is longer than ${LIMITS.patternLength} characters`);
    return;
  }
  try {
    new RegExp(source, caseSensitive ? 'g' : 'gi');
  } catch (err) {
    problem('pattern', `is not a valid pattern: ${(err as Error).message}`);
    return;
  }
  if (/\\[1-9]|\\k</.test(source)) {
    problem('pattern', 'uses a back-reference, which can make matching take exponential time; rewrite it without one');
    return;
  }
  if (!check) {
    problem('pattern', 'cannot be checked for catastrophic backtracking here, so it is not used');
    return;
  }
  const verdict = check(source, caseSensitive);
  if (!verdict.ok) problem('pattern', verdict.reason);
}
