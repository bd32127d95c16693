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

/** The practice draft the browser tests type: two phrase findings ("ASAP", "Lowest bid wins") and every missing section. */
export const DRAFT = 'We need a landing page ASAP. Lowest bid wins.';
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

/**
 * For each underline drawn over a textarea, the flagged text and whether the character under the
 * underline's middle (asked of the browser with caretPositionFromPoint, just above the line) lies
 * inside the flagged range: the underline sits on its words, read as offsets rather than pixels.
 * Underlines scrolled out of the field's view are left out.
 */
export async function underlineAlignment(page: Page, fieldSelector: string): Promise<Array<{ text: string; onItsText: boolean }>> {
  return page.evaluate((sel) => {
    const field = document.querySelector(sel) as HTMLTextAreaElement;
    const box = field.getBoundingClientRect();
    const root = document.querySelector('clearbrief-root')?.shadowRoot;
    const out: Array<{ text: string; onItsText: boolean }> = [];
    for (const m of root?.querySelectorAll<HTMLElement>('.ul[data-start]') ?? []) {
      const r = m.getBoundingClientRect();
      const [x, y] = [r.left + r.width / 2, r.top - 4];
      if (r.width === 0 || y < box.top || y > box.bottom || x < box.left || x > box.right) continue;
      const [start, end] = [Number(m.dataset.start), Number(m.dataset.end)];
      const pos = (document as Document & { caretPositionFromPoint(x: number, y: number): { offsetNode: Node; offset: number } | null }).caretPositionFromPoint(x, y);
      out.push({ text: field.value.slice(start, end), onItsText: pos?.offsetNode === field && pos.offset >= start && pos.offset <= end });
    }
    return out;
  }, fieldSelector);
}

/** Set the browser's zoom for the tab showing a page, as the user's Ctrl+plus would. */
export async function setZoom(s: Session, page: Page, zoom: number): Promise<void> {
  const tabId = await tabIdOf(s, page);
  await s.worker.evaluate(
    ([id, z]) => (globalThis as unknown as { chrome: { tabs: { setZoom(tabId: number, zoom: number): Promise<void> } } }).chrome.tabs.setZoom(id!, z!),
    [tabId, zoom],
  );
  await page.waitForFunction((z) => Math.abs(devicePixelRatio - z) < 0.01, zoom);
}

/**
 * Hover the first underline whose key starts with the rule id, and wait for its card. An answer for the last keystrokes
 * may redraw the underlines between reading the rectangle and the hover (seen once in CI on a loaded machine, the card
 * never opening), so a hover that opens no card within a few seconds is made again on the underline as it now is.
 */
export async function openCard(page: Page, ruleId: string): Promise<import('playwright-core').Locator> {
  const card = page.locator(`clearbrief-root >> [data-testid="clearbrief-card"][data-rule="${ruleId}"]`);
  for (let attempt = 1; ; attempt++) {
    // Underlines are redrawn on every layout: read the rectangle in one step inside the page.
    const handle = await page.waitForFunction((id) => {
      const el = document.querySelector('clearbrief-root')?.shadowRoot?.querySelector(`.ul[data-key^="${id}"]`);
      const r = el?.getBoundingClientRect();
      return r && r.width > 0 ? { x: r.left + r.width / 2, y: r.top - 4 } : null;
    }, ruleId);
    const point = (await handle.jsonValue()) as { x: number; y: number };
    // (away first, so that the hover starts anew)
    if (attempt > 1) await page.mouse.move(0, 0);
    await page.mouse.move(point.x, point.y);
    try {
      await card.waitFor({ state: 'visible', timeout: attempt < 4 ? 5_000 : undefined });
      return card;
    } catch (error) {
      if (attempt >= 4) throw error;
    }
  }
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
