/**
 * User settings: built-in checks on/off, levels and thresholds; custom rules; the sites
 * ClearBrief is switched off on and the sites the user added. Stored in `storage.sync` with a
 * schema version and ordered migrations; custom rules move to `storage.local` when they outgrow
 * sync's per-item quota (the options page says so). Every read is validated: a corrupt value
 * falls back to its default and is reported, never crashes a surface. Storage areas are passed
 * in, so the content script (no polyfill) and extension pages (polyfill) share this code.
 */
import type { Level, RuleSetting } from '../core';
import type { CustomRuleDef } from '../core/custom';
import type { StorageArea, StorageChange } from './ext';

export const SETTINGS_VERSION = 1;
export const SETTINGS_KEY = 'settings';
export const CUSTOM_RULES_KEY = 'customRules';
/** chrome.storage.sync's QUOTA_BYTES_PER_ITEM is 8,192 bytes, key included; keep a margin. */
export const SYNC_ITEM_LIMIT = 8_000;

export interface Settings {
  version: number;
  rules: Record<string, RuleSetting>;
  customRules: CustomRuleDef[];
  /** Hosts ClearBrief is switched off on. */
  disabledSites: string[];
  /** Origins ("https://example.com") the user switched ClearBrief on for. */
  userSites: string[];
}

/** What the loaded settings came with: problems found and fixed, and where custom rules live. */
export interface LoadedSettings {
  settings: Settings;
  problems: string[];
  customRulesStoredLocally: boolean;
  /** The custom rules as stored, for a surface that validates them later (the content script). */
  customRulesRaw: unknown;
}

/**
 * Validates stored custom rules (custom-rules.ts). Passed in rather than imported: it needs the
 * engine, and the content script's first chunk must not load the engine just to read its switches.
 * Without one, `customRules` stays empty.
 */
export type CustomRulesValidator = (raw: unknown, problems: string[]) => CustomRuleDef[];

export function defaultSettings(): Settings {
  return { version: SETTINGS_VERSION, rules: {}, customRules: [], disabledSites: [], userSites: [] };
}

/**
 * Ordered migrations: MIGRATIONS[n] turns a version-n object into version n+1. They run once
 * in the background on install and update, and again on any read of an older object.
 */
const MIGRATIONS: ReadonlyArray<(s: Record<string, unknown>) => Record<string, unknown>> = [
  // 0 → 1: the first shape had only { rules, disabledSites }; custom rules and user sites are new.
  (s) => ({ ...s, version: 1, userSites: Array.isArray(s.userSites) ? s.userSites : [] }),
];

export function migrate(raw: unknown): { data: Record<string, unknown>; from: number; changed: boolean } {
  const data = raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...(raw as Record<string, unknown>) } : {};
  const from = typeof data.version === 'number' && Number.isInteger(data.version) ? data.version : 0;
  let current = data;
  for (let v = Math.max(0, from); v < MIGRATIONS.length; v++) current = MIGRATIONS[v]!(current);
  return { data: current, from, changed: from < SETTINGS_VERSION };
}

/**
 * Rule ids are checked by shape, not against the built-in list: custom rules have ids too, and
 * importing the engine here would put it in the content script's first chunk. An id with no rule
 * behind it is ignored by the engine.
 */
const RULE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const LEVEL_NAMES: readonly string[] = ['error', 'warning', 'suggestion'];
const HOST = /^[a-z0-9.-]{1,253}(?::\d{1,5})?$/i;
const ORIGIN = /^https?:\/\/[a-z0-9.-]{1,253}(?::\d{1,5})?$/i;

export function validRuleSetting(value: unknown): RuleSetting | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as { enabled?: unknown; level?: unknown; options?: unknown };
  const setting: RuleSetting = {};
  if (typeof v.enabled === 'boolean') setting.enabled = v.enabled;
  if (typeof v.level === 'string' && LEVEL_NAMES.includes(v.level)) setting.level = v.level as Level;
  if (v.options && typeof v.options === 'object') {
    const options: Record<string, number> = {};
    for (const [k, n] of Object.entries(v.options as Record<string, unknown>)) if (/^[a-zA-Z]{1,32}$/.test(k) && typeof n === 'number' && Number.isFinite(n) && n >= 0) options[k] = n;
    if (Object.keys(options).length) setting.options = options;
  }
  return setting;
}

/** Validate every field; what is wrong falls back to its default and is reported. */
export function validateSettings(raw: unknown, validateCustom?: CustomRulesValidator): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const { data } = migrate(raw);
  const out = defaultSettings();
  if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) problems.push('Stored settings were not an object and were reset.');
  if (data.rules !== undefined) {
    if (!data.rules || typeof data.rules !== 'object' || Array.isArray(data.rules)) problems.push('Check settings were corrupt and were reset.');
    else
      for (const [id, value] of Object.entries(data.rules as Record<string, unknown>)) {
        const setting = RULE_ID.test(id) ? validRuleSetting(value) : null;
        if (setting) out.rules[id] = setting;
        else problems.push(`The stored setting for "${id.slice(0, 64)}" was corrupt and was dropped.`);
      }
  }
  for (const [key, pattern] of [['disabledSites', HOST], ['userSites', ORIGIN]] as const) {
    const list = data[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.push(`The stored ${key === 'userSites' ? 'site list' : 'switched-off sites'} were corrupt and were reset.`);
      continue;
    }
    out[key] = [...new Set(list.filter((h): h is string => typeof h === 'string' && pattern.test(h)))];
    if (out[key].length !== list.length) problems.push(`Some stored ${key === 'userSites' ? 'sites' : 'switched-off sites'} were not valid and were dropped.`);
  }
  if (data.customRules !== undefined && validateCustom) out.customRules = validateCustom(data.customRules, problems);
  return { settings: out, problems };
}

export async function loadSettings(sync: StorageArea, local?: StorageArea, validateCustom?: CustomRulesValidator): Promise<LoadedSettings> {
  const stored = await sync.get([SETTINGS_KEY, CUSTOM_RULES_KEY]);
  const localRules = local ? (await local.get(CUSTOM_RULES_KEY))[CUSTOM_RULES_KEY] : undefined;
  const storedLocally = localRules !== undefined;
  const raw = stored[SETTINGS_KEY];
  const merged = raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...(raw as object), customRules: storedLocally ? localRules : (stored[CUSTOM_RULES_KEY] ?? []) } : raw;
  const { settings, problems } = validateSettings(merged, validateCustom);
  const customRulesRaw = storedLocally ? localRules : (stored[CUSTOM_RULES_KEY] ?? []);
  return { settings, problems, customRulesStoredLocally: storedLocally, customRulesRaw };
}

/** Only what differs from the defaults is worth storing (fregante's webext-options-sync). */
function compact(settings: Settings): Omit<Settings, 'customRules'> {
  const rules = Object.fromEntries(Object.entries(settings.rules).filter(([, s]) => Object.keys(s).length > 0));
  return { version: SETTINGS_VERSION, rules, disabledSites: settings.disabledSites, userSites: settings.userSites };
}

/**
 * Save settings; custom rules go to sync while they fit its per-item quota and to local storage
 * (this device only) when they do not. Returns where they went.
 */
export async function saveSettings(sync: StorageArea, local: StorageArea | undefined, settings: Settings): Promise<{ customRulesStoredLocally: boolean }> {
  const rules = settings.customRules;
  const size = new TextEncoder().encode(JSON.stringify(rules)).length + CUSTOM_RULES_KEY.length;
  const toLocal = Boolean(local) && size > SYNC_ITEM_LIMIT;
  await sync.set({ [SETTINGS_KEY]: compact(settings), ...(toLocal ? { [CUSTOM_RULES_KEY]: [] } : { [CUSTOM_RULES_KEY]: rules }) });
  if (local) {
    if (toLocal) await local.set({ [CUSTOM_RULES_KEY]: rules });
    else await (local as StorageArea & { remove?(key: string): Promise<void> }).remove?.(CUSTOM_RULES_KEY);
  }
  return { customRulesStoredLocally: toLocal };
}

/** Change settings from their latest stored value, so two surfaces editing at once do not undo each other. */
export async function updateSettings(sync: StorageArea, local: StorageArea | undefined, validateCustom: CustomRulesValidator | undefined, change: (s: Settings) => void): Promise<Settings> {
  const { settings } = await loadSettings(sync, local, validateCustom);
  // Without a validator the custom rules were not read: leave them where they are.
  if (!validateCustom) {
    change(settings);
    await sync.set({ [SETTINGS_KEY]: compact(settings) });
    return settings;
  }
  change(settings);
  await saveSettings(sync, local, settings);
  return settings;
}

/** Whether a storage change touched the settings (either key, either area). */
export function settingsChanged(changes: Record<string, StorageChange>, area: string): boolean {
  return (area === 'sync' && (SETTINGS_KEY in changes || CUSTOM_RULES_KEY in changes)) || (area === 'local' && CUSTOM_RULES_KEY in changes) || area === 'managed';
}
