/**
 * Settings as the extension pages (popup, options) read and write them: with the polyfill's
 * storage areas, custom rules validated (pattern checker loaded when needed), and the team policy.
 */
import browser from 'webextension-polyfill';
import { validatorFor } from './custom-rules';
import { loadPolicy, type ManagedPolicy } from './managed';
import { loadSettings, saveSettings, type LoadedSettings, type Settings } from './settings';
import type { CustomRuleDef } from '../core/custom';
import type { StorageArea } from './ext';

const sync = browser.storage.sync as unknown as StorageArea;
const local = browser.storage.local as unknown as StorageArea;
const managed = (browser.storage as unknown as { managed?: { get(keys: null): Promise<Record<string, unknown>> } }).managed;

export interface ExtensionSettings extends LoadedSettings {
  policy: ManagedPolicy;
  /** The team's custom rules, validated. */
  managedRules: CustomRuleDef[];
}

export async function readSettings(): Promise<ExtensionSettings> {
  const policy = await loadPolicy(managed);
  const first = await sync.get('customRules');
  const localRules = (await local.get('customRules')).customRules;
  const validate = await validatorFor([first.customRules, localRules, policy.customRules]);
  const loaded = await loadSettings(sync, local, validate);
  const problems = [...loaded.problems];
  const managedRules = validate(policy.customRules, problems);
  return { ...loaded, problems, policy, managedRules };
}

export async function writeSettings(settings: Settings): Promise<{ customRulesStoredLocally: boolean }> {
  return saveSettings(sync, local, settings);
}

/** Change the latest stored settings (not a snapshot an open page holds), so surfaces do not undo each other. */
export async function changeSettings(change: (s: Settings) => void): Promise<void> {
  const latest = await readSettings();
  const next = structuredClone(latest.settings);
  change(next);
  await writeSettings(next);
}

export function onSettingsChange(listener: () => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'sync' || area === 'local' || area === 'managed') listener();
  });
}
