/**
 * Starts Chromium with the BUILT extension (dist/chrome) loaded, and the practice server: shared
 * by the browser tests, the browser benchmark and the demo.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startPracticeServer, type PracticeServer } from './practice-server';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = resolve(here, '../dist/chrome');

/** Debian's Chromium by default; CHROMIUM_PATH for another Chromium or Chrome. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  return candidates.find((p): p is string => Boolean(p && existsSync(p))) ?? null;
}

export interface ExtensionSession {
  context: BrowserContext;
  server: PracticeServer;
  extensionId: string;
  worker: Worker;
  /** Every http(s)/ws URL any page asked for. */
  requests: string[];
  page(path: string): Promise<Page>;
  popupUrl(query?: string): string;
  optionsUrl(): string;
  close(): Promise<void>;
}

/**
 * The extension's service worker as the browser reports it (starting, running, stopping,
 * stopped), and a way to stop it as Chrome stops an idle worker. Through the DevTools protocol of
 * `page`: Chrome has no API that stops an extension's worker on request.
 */
export interface WorkerControl {
  status(): string;
  stop(): Promise<void>;
}

export async function workerControl(session: ExtensionSession, page: Page): Promise<WorkerControl> {
  const cdp = await session.context.newCDPSession(page);
  let status = '';
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) if (v.scriptURL.startsWith(`chrome-extension://${session.extensionId}/`)) status = v.runningStatus;
  });
  await cdp.send('ServiceWorker.enable');
  return {
    status: () => status,
    stop: async () => void (await cdp.send('ServiceWorker.stopAllWorkers')),
  };
}

export async function launchWithExtension(options: { args?: string[]; headless?: boolean; port?: number } = {}): Promise<ExtensionSession> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium found: apt-get install -y chromium, or set CHROMIUM_PATH.');
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error(`No built extension in ${DIST}: run npm run build.`);
  const profile = mkdtempSync(join(tmpdir(), 'clearbrief-profile-'));
  const server = await startPracticeServer(options.port);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: options.headless ?? true,
    viewport: null,
    args: [
      // Without --disable-extensions-except, Playwright's --disable-extensions wins and nothing loads.
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--window-size=1200,900',
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
