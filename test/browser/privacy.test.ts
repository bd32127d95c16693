/**
 * Privacy is a feature: the extension makes no network request at all. Every request the browser
 * sends during a full session (every practice page, typing, rewrites, the popup and the options
 * page) is recorded twice: by Playwright, and by Chromium's own network log, which also sees the
 * service worker and extension pages. Only the local practice server may appear.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { badge, browserAvailable, launch, openCard } from './harness';

interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: Array<{ type: number; params?: { url?: string; initiator?: string } }>;
}

describe.runIf(browserAvailable())('privacy', () => {
  it('sends no request anywhere but the local page server', async () => {
    const netlogDir = mkdtempSync(join(tmpdir(), 'clearbrief-netlog-'));
    onTestFinished(() => rmSync(netlogDir, { recursive: true, force: true }));
    const netlog = join(netlogDir, 'netlog.json');
    const s = await launch({ args: [`--log-net-log=${netlog}`, '--net-log-capture-mode=Default'] });
    const origin = s.server.origin;
    try {
      const pages: Array<[string, string]> = [
        ['plain.html', '#description'],
        ['react.html', '#desc'],
        ['vue.html', '#desc'],
        ['editable.html', '#editor'],
        ['hostile.html', '#desc'],
      ];
      for (const [path, selector] of pages) {
        const page = await s.page(path);
        await page.locator(selector).click();
        await page.keyboard.type('Need a modern website ASAP. Lowest bid wins. Email me at a@b.co');
        await badge(page).waitFor();
        if (path === 'plain.html') {
          const card = await openCard(page, 'asap-deadline');
          await card.locator('[data-testid="clearbrief-rewrite"]').first().click();
        }
        await page.close();
      }
      const wizard = await s.page('wizard.html?adapter=upwork');
      await wizard.getByLabel('Fixed price').check();
      await wizard.locator('#next').click();
      await wizard.locator('#jp-description-1').fill('Build a 3-page site ASAP.');
      await badge(wizard).waitFor();
      const framed = await s.page('iframe.html');
      await framed.frameLocator('#frame').locator('#desc').fill('Build a 3-page site ASAP.');
      await framed.frameLocator('#frame').locator('clearbrief-root >> [data-testid="clearbrief-badge"]').waitFor();
      for (const url of [s.popupUrl(), s.optionsUrl()]) {
        const page = await s.context.newPage();
        await page.goto(url);
        await page.locator('main').waitFor();
        await page.close();
      }
    } finally {
      await s.close();
    }
    const seen = s.requests.filter((u) => !u.startsWith(`${origin}/`));
    expect(seen).toEqual([]);
    expect(s.server.requests.length).toBeGreaterThan(0);
    // Chromium's own log of every URL request, extension pages and service worker included.
    // Requests a page or extension starts carry its origin as initiator; the browser's own
    // housekeeping (component updates, time sync) carries none and is not ours to judge.
    expect(existsSync(netlog)).toBe(true);
    const log = JSON.parse(readFileSync(netlog, 'utf8')) as NetLog;
    const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
    const jobs = log.events.filter((e) => e.type === startJob && e.params?.url);
    const initiated = jobs.filter((e) => e.params!.initiator !== 'not an origin');
    expect(jobs.some((e) => e.params!.url!.startsWith(`${origin}/`))).toBe(true);
    expect(initiated.filter((e) => !e.params!.url!.startsWith(`${origin}/`)).map((e) => `${e.params!.initiator} → ${e.params!.url}`)).toEqual([]);
    expect(jobs.filter((e) => e.params!.initiator?.startsWith('chrome-extension://')).map((e) => e.params!.url)).toEqual([]);
  });
});
