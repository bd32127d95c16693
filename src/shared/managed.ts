/**
 * Team policy: rules and settings an administrator ships through the browser's managed storage
 * (`storage.managed`, schema in public/managed_schema.json). They apply over the user's own,
 * are shown locked, and cannot be edited or turned off.
 */
import type { RuleSetting } from '../core';
import { validRuleSetting } from './settings';

export interface ManagedPolicy {
  /** Built-in or custom rule settings the team fixes. */
  rules: Record<string, RuleSetting>;
  /** Custom rule definitions, validated like the user's own before use. */
  customRules: unknown[];
  /** Hosts the team switches ClearBrief off on. */
  disabledSites: string[];
}

export function emptyPolicy(): ManagedPolicy {
  return { rules: {}, customRules: [], disabledSites: [] };
}

export function readPolicy(raw: unknown): ManagedPolicy {
  const policy = emptyPolicy();
  if (!raw || typeof raw !== 'object') return policy;
  const r = raw as Record<string, unknown>;
  if (r.rules && typeof r.rules === 'object') {
    for (const [id, value] of Object.entries(r.rules as Record<string, unknown>)) {
      const setting = validRuleSetting(value);
      if (setting && /^[a-z0-9][a-z0-9-]{0,63}$/.test(id)) policy.rules[id] = setting;
    }
  }
  if (Array.isArray(r.customRules)) policy.customRules = r.customRules;
  if (Array.isArray(r.disabledSites)) policy.disabledSites = r.disabledSites.filter((h): h is string => typeof h === 'string');
  return policy;
}

/** The managed area, or an empty policy where the browser has none (Firefox without a policy file). */
export async function loadPolicy(area: { get(keys: null): Promise<Record<string, unknown>> } | undefined): Promise<ManagedPolicy> {
  if (!area) return emptyPolicy();
  try {
    return readPolicy(await area.get(null));
  } catch {
    return emptyPolicy();
  }
}

/** User settings with the policy's on top: a managed setting always wins. */
export function mergeRuleSettings(user: Record<string, RuleSetting>, policy: ManagedPolicy): Record<string, RuleSetting> {
  const out = { ...user };
  for (const [id, setting] of Object.entries(policy.rules)) out[id] = { ...setting };
  return out;
}

/** Ids whose settings the user cannot change. */
export function lockedIds(policy: ManagedPolicy): Set<string> {
  const ids = new Set(Object.keys(policy.rules));
  for (const r of policy.customRules) if (r && typeof r === 'object' && typeof (r as { id?: unknown }).id === 'string') ids.add((r as { id: string }).id);
  return ids;
}
