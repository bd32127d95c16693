/**
 * Loads the BUILT extension (dist/chrome) into Debian's Chromium with playwright-core, against
 * the practice pages served on 127.0.0.1. Under CI=true a missing browser fails; elsewhere the
 * browser tests are skipped with a message saying how to install it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startPracticeServer, type PracticeServer } from '../../scripts/practice-server';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = resolve(here, '../../dist/chrome');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM) && existsSync(join(DIST, 'manifest.json'))) return true;
  if (process.env.CI) throw new Error(`Browser tests need ${CHROMIUM} (apt-get install -y chromium) and a build in ${DIST} (npm run build).`);
  console.warn(`Skipping browser tests: ${CHROMIUM} or ${DIST} is missing (apt-get install -y chromium; npm run build).`);
  return false;
}

export interface Session {
  context: BrowserContext;
  server: PracticeServer;
  extensionId: string;
  worker: Worker;
  /** Every http(s)/ws URL any page or worker of the browser asked for. */
  requests: string[];
  page(path: string): Promise<Page>;
  popupUrl(tabQuery?: string): string;
  optionsUrl(): string;
  close(): Promise<void>;
}

export async function launch(options: { args?: string[] } = {}): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'clearbrief-profile-'));
  const server = await startPracticeServer();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider',
      ...(options.args ?? []),
    ],
  });
  const requests: string[] = [];
  context.on('request', (r) => {
    if (/^(?:https?|wss?):/.test(r.url())) requests.push(r.url());
  });
  // The service worker appearing is the proof the extension loaded (a wrong path fails silently).
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { action: { default_popup: string }; options_ui: { page: string } };
  return {
    context,
    server,
    extensionId,
    worker,
    requests,
    async page(path: string) {
      const page = await context.newPage();
      await page.goto(`${server.origin}/clearbrief-practice/${path}`);
      return page;
    },
    popupUrl: (query = '') => `chrome-extension://${extensionId}/${manifest.action.default_popup}${query}`,
    optionsUrl: () => `chrome-extension://${extensionId}/${manifest.options_ui.page}`,
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
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
  const underline = page.locator(`clearbrief-root >> .ul[data-key^="${ruleId}"]`).first();
  await underline.waitFor({ state: 'attached' });
  const box = await underline.boundingBox();
  if (!box) throw new Error(`no underline for ${ruleId}`);
  await page.mouse.move(box.x + box.width / 2, box.y - 4);
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
