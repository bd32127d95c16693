/**
 * Per-tab memory of the draft being written: structured fields seen on earlier wizard steps
 * (Upwork asks for the budget before the description) and dismissed findings. Kept in
 * `storage.session` (memory only, cleared when the browser closes) so it survives the service
 * worker being stopped, and dropped when the tab closes.
 */
import browser from 'webextension-polyfill';
import type { TabMemory } from '../shared/messages';

const key = (tabId: number, scope: string) => `tab:${tabId}:${scope}`;

export async function getTabMemory(tabId: number, scope: string): Promise<TabMemory | null> {
  const k = key(tabId, scope);
  const stored = await browser.storage.session.get(k);
  return validMemory(stored[k]);
}

export async function setTabMemory(tabId: number, scope: string, memory: TabMemory): Promise<void> {
  const valid = validMemory(memory);
  if (valid) await browser.storage.session.set({ [key(tabId, scope)]: valid });
}

export async function forgetTab(tabId: number): Promise<void> {
  const all = await browser.storage.session.get(null);
  const keys = Object.keys(all).filter((k) => k.startsWith(`tab:${tabId}:`));
  if (keys.length) await browser.storage.session.remove(keys);
}

function validMemory(value: unknown): TabMemory | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Partial<TabMemory>;
  const fields: TabMemory['fields'] = {};
  const f = (v.fields ?? {}) as Record<string, unknown>;
  for (const k of ['budget', 'timeline', 'experience'] as const) if (typeof f[k] === 'string') fields[k] = f[k] as string;
  if (Array.isArray(f.skills)) fields.skills = f.skills.filter((s): s is string => typeof s === 'string').slice(0, 50);
  const dismissed = Array.isArray(v.dismissed) ? v.dismissed.filter((d): d is string => typeof d === 'string').slice(-500) : [];
  return { fields, dismissed };
}
