import { describe, expect, it } from 'vitest';
import { customRulesValidator } from '../../src/shared/custom-rules';
import type { StorageArea } from '../../src/shared/ext';
import { lockedIds, mergeRuleSettings, readPolicy } from '../../src/shared/managed';
import { defaultSettings, loadSettings, migrate, saveSettings, SETTINGS_VERSION, SYNC_ITEM_LIMIT, validateSettings } from '../../src/shared/settings';

/** An in-memory storage area with chrome.storage.sync's per-item quota. */
function area(quota = Infinity): StorageArea & { data: Record<string, unknown>; remove(key: string): Promise<void> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    async get(keys) {
      const list = keys === null ? Object.keys(data) : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) {
        if (JSON.stringify(v).length + k.length > quota) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        data[k] = structuredClone(v);
      }
    },
    async remove(key) {
      delete data[key];
    },
  };
}

const validate = customRulesValidator();

describe('settings migrations', () => {
  it('migrates the first shape (no version) to the current one, once', () => {
    const old = { rules: { 'too-short': { enabled: false } }, disabledSites: ['www.upwork.com'] };
    const { data, from, changed } = migrate(old);
    expect(from).toBe(0);
    expect(changed).toBe(true);
    expect(data).toEqual({ ...old, version: SETTINGS_VERSION, userSites: [] });
    expect(migrate(data).changed).toBe(false);
  });

  it('reads a migrated object with its old values kept', () => {
    const { settings, problems } = validateSettings({ rules: { 'too-short': { enabled: false } }, disabledSites: ['www.upwork.com'] }, validate);
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...defaultSettings(), rules: { 'too-short': { enabled: false } }, disabledSites: ['www.upwork.com'] });
  });
});

describe('corrupt storage falls back to defaults and is reported', () => {
  it.each([
    ['a string', 'settings!', /not an object/],
    ['rules as a list', { rules: [] }, /Check settings were corrupt/],
    ['a bad rule setting', { rules: { 'too-short': 'off' } }, /"too-short" was corrupt/],
    ['sites as a string', { disabledSites: 'upwork.com' }, /switched-off sites were corrupt/],
    ['an invalid origin', { userSites: ['javascript:alert(1)'] }, /not valid and were dropped/],
    ['custom rules as an object', { customRules: { id: 'x' } }, /custom rules were corrupt/],
    ['an invalid custom rule', { customRules: [{ id: 'x', kind: 'avoid' }] }, /Custom rule "x" was not used: message is required/],
  ])('%s', (_name, raw, problem) => {
    const { settings, problems } = validateSettings(raw, validate);
    expect(problems.join(' ')).toMatch(problem);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(Array.isArray(settings.customRules)).toBe(true);
  });

  it('keeps thresholds that are numbers and drops the rest', () => {
    const { settings } = validateSettings({ rules: { 'too-short': { options: { minWords: 80, evil: 'x', 'bad key': 1 } } } }, validate);
    expect(settings.rules['too-short']).toEqual({ options: { minWords: 80 } });
  });
});

describe('storage: sync while it fits, local when custom rules outgrow sync', () => {
  const rule = (i: number) => ({ id: `rule-${i}`, kind: 'avoid' as const, message: `Avoid phrase number ${i} in job posts.`, level: 'warning' as const, scope: 'both' as const, caseSensitive: false, exceptions: [], phrases: [`phrase number ${i}`], replacements: [] });

  it('round-trips small settings through sync, storing only what differs from defaults', async () => {
    const sync = area(8192);
    const local = area();
    const settings = { ...defaultSettings(), rules: { 'too-short': { enabled: false }, 'vague-language': {} }, customRules: [rule(1)] };
    expect(await saveSettings(sync, local, settings)).toEqual({ customRulesStoredLocally: false });
    expect((sync.data.settings as { rules: object }).rules).toEqual({ 'too-short': { enabled: false } });
    const loaded = await loadSettings(sync, local, validate);
    expect(loaded.settings.customRules).toEqual([rule(1)]);
    expect(loaded.customRulesStoredLocally).toBe(false);
  });

  it('moves custom rules to local storage when they exceed the sync item quota, and back when they fit', async () => {
    const sync = area(8192);
    const local = area();
    const many = Array.from({ length: 80 }, (_, i) => rule(i));
    expect(JSON.stringify(many).length).toBeGreaterThan(SYNC_ITEM_LIMIT);
    expect(await saveSettings(sync, local, { ...defaultSettings(), customRules: many })).toEqual({ customRulesStoredLocally: true });
    const loaded = await loadSettings(sync, local, validate);
    expect(loaded.customRulesStoredLocally).toBe(true);
    expect(loaded.settings.customRules).toHaveLength(80);
    await saveSettings(sync, local, { ...defaultSettings(), customRules: [rule(1)] });
    expect(local.data.customRules).toBeUndefined();
    expect((await loadSettings(sync, local, validate)).settings.customRules).toEqual([rule(1)]);
  });
});

describe('team policy', () => {
  it('keeps valid managed settings, wins over the user, and locks its ids', () => {
    const policy = readPolicy({ rules: { 'vague-language': { enabled: false }, 'Bad Id': { enabled: false } }, customRules: [{ id: 'team-nda' }], disabledSites: ['example.com', 3] });
    expect(policy.rules).toEqual({ 'vague-language': { enabled: false } });
    expect(policy.disabledSites).toEqual(['example.com']);
    expect(mergeRuleSettings({ 'vague-language': { enabled: true, level: 'error' }, 'too-short': { enabled: false } }, policy)).toEqual({ 'vague-language': { enabled: false }, 'too-short': { enabled: false } });
    expect([...lockedIds(policy)].sort()).toEqual(['team-nda', 'vague-language']);
    expect(readPolicy('nonsense')).toEqual({ rules: {}, customRules: [], disabledSites: [] });
  });
});
