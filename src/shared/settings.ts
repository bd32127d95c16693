/**
 * User settings: which built-in checks run and at what level. Stored in `storage.sync`, only
 * values that differ from the defaults, and validated on every read: a corrupt value falls back
 * to its default instead of breaking a surface.
 */
import browser from 'webextension-polyfill';
import { BUILT_IN_RULE_IDS, LEVELS, type Level, type RuleSetting } from '../core';

export interface Settings {
  rules: Record<string, RuleSetting>;
}

export const DEFAULT_SETTINGS: Settings = { rules: {} };
const KEY = 'settings';

export function validateSettings(raw: unknown): Settings {
  const out: Settings = { rules: {} };
  if (!raw || typeof raw !== 'object') return out;
  const rules = (raw as { rules?: unknown }).rules;
  if (!rules || typeof rules !== 'object') return out;
  for (const [id, value] of Object.entries(rules as Record<string, unknown>)) {
    if (!BUILT_IN_RULE_IDS.includes(id) || !value || typeof value !== 'object') continue;
    const v = value as { enabled?: unknown; level?: unknown };
    const setting: RuleSetting = {};
    if (typeof v.enabled === 'boolean') setting.enabled = v.enabled;
    if (typeof v.level === 'string' && (LEVELS as readonly string[]).includes(v.level)) setting.level = v.level as Level;
    out.rules[id] = setting;
  }
  return out;
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(KEY);
  return validateSettings(stored[KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [KEY]: validateSettings(settings) });
}

export function onSettingsChanged(listener: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && changes[KEY]) listener(validateSettings(changes[KEY].newValue));
  });
}
