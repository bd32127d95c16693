/**
 * Helpers for the browser tests. The browser itself is started by scripts/browser.ts: the BUILT
 * extension in Debian's Chromium against the practice pages. Under CI=true a missing browser
 * fails; elsewhere the browser tests are skipped with a message saying how to install it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumPath, DIST, launchWithExtension, type ExtensionSession } from '../../scripts/browser';

export type Session = ExtensionSession;
export const launch = launchWithExtension;

export function browserAvailable(): boolean {
  if (chromiumPath() && existsSync(join(DIST, 'manifest.json'))) return true;
  if (process.env.CI) throw new Error(`Browser tests need Chromium (apt-get install -y chromium) and a build in ${DIST} (npm run build).`);
  console.warn(`Skipping browser tests: Chromium or ${DIST} is missing (apt-get install -y chromium; npm run build).`);
  return false;
}

/** The text of the field under each underline the extension drew in a page (or frame). */
export async function underlined(page: Page | import('playwright-core').Frame, fieldSelector: string): Promise<Array<{ text: string; key: string }>> {
  return page.evaluate((sel) => {
    const field = document.querySelector(sel) as HTMLTextAreaElement | HTMLInputElement;
    const root = document.querySelector('clearbrief-root')?.shadowRoot;
    const marks = [...(root?.querySelectorAll<HTMLElement>('.ul[data-start]') ?? [])];
    const seen = new Set<string>();
    const out: Array<{ text: string; key: string }> = [];
    for (const m of marks) {
      const id = `${m.dataset.start}:${m.dataset.end}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ text: field.value.slice(Number(m.dataset.start), Number(m.dataset.end)), key: m.dataset.key ?? '' });
    }
    return out;
  }, fieldSelector);
}

/** Hover the first underline whose key starts with the rule id, and wait for its card. */
export async function openCard(page: Page, ruleId: string): Promise<import('playwright-core').Locator> {
  // Underlines are redrawn on every layout: read the rectangle in one step inside the page.
  const handle = await page.waitForFunction((id) => {
    const el = document.querySelector('clearbrief-root')?.shadowRoot?.querySelector(`.ul[data-key^="${id}"]`);
    const r = el?.getBoundingClientRect();
    return r && r.width > 0 ? { x: r.left + r.width / 2, y: r.top - 4 } : null;
  }, ruleId);
  const point = (await handle.jsonValue()) as { x: number; y: number };
  await page.mouse.move(point.x, point.y);
  const card = page.locator(`clearbrief-root >> [data-testid="clearbrief-card"][data-rule="${ruleId}"]`);
  await card.waitFor({ state: 'visible' });
  return card;
}

export function badge(page: Page) {
  return page.locator('clearbrief-root >> [data-testid="clearbrief-badge"]');
}

/** Write settings straight into the extension's sync storage, as the options page would. */
export async function setSettings(s: Session, settings: object = { rules: {}, disabledSites: [] }): Promise<void> {
  await s.worker.evaluate((value) => {
    const api = (globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } }).chrome;
    return api.storage.sync.set({ settings: value });
  }, settings);
}

/** The browser's id for the tab showing a page (for `popup.html?tab=ID`): bring it to the front, ask for the active tab. */
export async function tabIdOf(s: Session, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await s.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  if (id < 0) throw new Error(`no tab for ${page.url()}`);
  return id;
}

/** Read the extension's stored settings as the worker sees them. */
export async function storedSettings(s: Session): Promise<Record<string, unknown>> {
  return s.worker.evaluate(() => {
    const api = (globalThis as unknown as { chrome: { storage: { sync: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
    return api.storage.sync.get(null);
  });
}
