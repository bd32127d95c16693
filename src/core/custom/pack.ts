/**
 * Rule packs: a versioned JSON file of custom rules, for sharing between people and teams. A file
 * that is not a ClearBrief pack is refused; every problem in one names the rule, the field and
 * what is wrong; nothing is imported on error unless the user chooses to import the valid rules.
 */
import type { CustomRuleDef, PatternCheck, RuleProblem } from './types';
import { validateRule } from './validate';

export const PACK_FORMAT = 'clearbrief-rule-pack';
export const PACK_VERSION = 1;
const MAX_PACK_BYTES = 1_000_000;
const MAX_RULES = 500;

export interface RulePack {
  format: typeof PACK_FORMAT;
  version: number;
  name?: string;
  exportedAt?: string;
  rules: CustomRuleDef[];
}

export function exportPack(rules: readonly CustomRuleDef[], name?: string, now = new Date()): string {
  const pack: RulePack = { format: PACK_FORMAT, version: PACK_VERSION, ...(name ? { name } : {}), exportedAt: now.toISOString(), rules: [...rules] };
  return `${JSON.stringify(pack, null, 2)}\n`;
}

export interface ParsedPack {
  name?: string;
  valid: CustomRuleDef[];
  problems: RuleProblem[];
  /** True when the file itself is unusable (not JSON, not a pack, a newer version): nothing can be imported. */
  fatal: boolean;
}

export function parsePack(text: string, checkPattern?: PatternCheck): ParsedPack {
  const fail = (message: string): ParsedPack => ({ valid: [], problems: [{ ruleId: '(pack)', field: 'file', message }], fatal: true });
  if (text.length > MAX_PACK_BYTES) return fail(`is larger than ${MAX_PACK_BYTES / 1_000_000} MB`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return fail(`is not valid JSON (${(err as Error).message})`);
  }
  const pack = data as Partial<RulePack>;
  if (!pack || typeof pack !== 'object' || pack.format !== PACK_FORMAT) return fail(`is not a ClearBrief rule pack (no "format": "${PACK_FORMAT}")`);
  if (typeof pack.version !== 'number' || pack.version > PACK_VERSION) return fail(`has version ${String(pack.version)}; this ClearBrief reads version ${PACK_VERSION} and older`);
  if (!Array.isArray(pack.rules)) return fail('has no "rules" list');
  if (pack.rules.length > MAX_RULES) return fail(`has more than ${MAX_RULES} rules`);
  const valid: CustomRuleDef[] = [];
  const problems: RuleProblem[] = [];
  const seen = new Set<string>();
  pack.rules.forEach((raw, index) => {
    const result = validateRule(raw, { checkPattern, index });
    problems.push(...result.problems);
    if (!result.rule) return;
    if (seen.has(result.rule.id)) {
      problems.push({ ruleId: result.rule.id, field: 'id', message: 'appears twice in the pack' });
      return;
    }
    seen.add(result.rule.id);
    valid.push(result.rule);
  });
  return { name: typeof pack.name === 'string' ? pack.name : undefined, valid, problems, fatal: false };
}

export type ClashChoice = 'replace' | 'keep-both';

/** Ids of incoming rules that already exist. */
export function clashes(existing: readonly CustomRuleDef[], incoming: readonly CustomRuleDef[]): string[] {
  const ids = new Set(existing.map((r) => r.id));
  return incoming.filter((r) => ids.has(r.id)).map((r) => r.id);
}

/** Add incoming rules: a clashing id replaces the old rule, or is kept beside it under a new id. */
export function mergeRules(existing: readonly CustomRuleDef[], incoming: readonly CustomRuleDef[], choice: ClashChoice): CustomRuleDef[] {
  const out = [...existing];
  const taken = new Set(out.map((r) => r.id));
  for (const rule of incoming) {
    if (!taken.has(rule.id)) {
      out.push(rule);
      taken.add(rule.id);
    } else if (choice === 'replace') {
      out[out.findIndex((r) => r.id === rule.id)] = rule;
    } else {
      let n = 2;
      while (taken.has(`${rule.id}-${n}`)) n++;
      const renamed = { ...rule, id: `${rule.id}-${n}` };
      out.push(renamed);
      taken.add(renamed.id);
    }
  }
  return out;
}
