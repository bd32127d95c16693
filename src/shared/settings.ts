/**
 * User settings: which built-in checks run and at what level, and the sites ClearBrief is
 * switched off on. Stored in `storage.sync`, validated on every read: a corrupt value falls back
 * to its default instead of breaking a surface. Storage access takes the area as a parameter so
 * the content script (no polyfill) and the extension pages (polyfill) share this code.
 */
import type { Level, RuleSetting } from '../core';
import type { StorageArea, StorageChange } from './ext';

export interface Settings {
  rules: Record<string, RuleSetting>;
  /** Hosts ClearBrief is switched off on. */
  disabledSites: string[];
}

export const SETTINGS_KEY = 'settings';

/**
 * Rule ids are checked by shape, not against the built-in list: custom rules have ids too, and
 * importing the engine here would put it in the content script's first chunk (see index.ts).
 * An id with no rule behind it is ignored by the engine.
 */
const RULE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const LEVEL_NAMES: readonly string[] = ['error', 'warning', 'suggestion'];

export function defaultSettings(): Settings {
  return { rules: {}, disabledSites: [] };
}

export function validateSettings(raw: unknown): Settings {
  const out = defaultSettings();
  if (!raw || typeof raw !== 'object') return out;
  const { rules, disabledSites } = raw as { rules?: unknown; disabledSites?: unknown };
  if (rules && typeof rules === 'object') {
    for (const [id, value] of Object.entries(rules as Record<string, unknown>)) {
      if (!RULE_ID.test(id) || !value || typeof value !== 'object') continue;
      const v = value as { enabled?: unknown; level?: unknown };
      const setting: RuleSetting = {};
      if (typeof v.enabled === 'boolean') setting.enabled = v.enabled;
      if (typeof v.level === 'string' && LEVEL_NAMES.includes(v.level)) setting.level = v.level as Level;
      out.rules[id] = setting;
    }
  }
  if (Array.isArray(disabledSites)) out.disabledSites = [...new Set(disabledSites.filter((h): h is string => typeof h === 'string' && h.length < 256))];
  return out;
}

export async function loadSettings(area: StorageArea): Promise<Settings> {
  const stored = await area.get(SETTINGS_KEY);
  return validateSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(area: StorageArea, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: validateSettings(settings) });
}

/** Change settings from their latest stored value, so two surfaces editing at once do not undo each other. */
export async function updateSettings(area: StorageArea, change: (s: Settings) => void): Promise<Settings> {
  const settings = await loadSettings(area);
  change(settings);
  await saveSettings(area, settings);
  return settings;
}

export function settingsFromChange(changes: Record<string, StorageChange>, area: string): Settings | null {
  return area === 'sync' && changes[SETTINGS_KEY] ? validateSettings(changes[SETTINGS_KEY].newValue) : null;
}
