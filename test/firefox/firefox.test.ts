/**
 * The Firefox build in a real Firefox (Debian's firefox-esr, driven over WebDriver BiDi by
 * puppeteer-core, which installs the extension as a temporary add-on): it loads, its content
 * script finds the practice composer, the engine answers from Firefox's background event page,
 * and a rewrite reaches the field. Chromium carries the full browser suite; this one proves the
 * second build is more than lint-clean. Under CI=true a missing Firefox fails; elsewhere it skips.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPracticeServer, type PracticeServer } from '../../scripts/practice-server';

const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p)) ?? null;
const DIST = resolve(__dirname, '../../dist/firefox');

function firefoxAvailable(): boolean {
  if (FIREFOX && existsSync(resolve(DIST, 'manifest.json'))) return true;
  if (process.env.CI) throw new Error(`The Firefox test needs Firefox (apt-get install -y firefox-esr) and a build in ${DIST} (npm run build).`);
  console.warn('Skipping the Firefox test: firefox-esr or dist/firefox is missing (apt-get install -y firefox-esr; npm run build).');
  return false;
}

/** The flagged text under each underline, read from the extension's shadow root. */
function underlined(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('clearbrief-root')?.shadowRoot;
    const field = document.querySelector('#description') as HTMLTextAreaElement;
    const texts = [...(root?.querySelectorAll<HTMLElement>('.ul[data-start]') ?? [])].map((m) => field.value.slice(Number(m.dataset.start), Number(m.dataset.end)));
    return [...new Set(texts)].sort();
  });
}

describe.runIf(firefoxAvailable())('the Firefox build in Firefox', () => {
  let browser: Browser;
  let server: PracticeServer;
  beforeAll(async () => {
    const puppeteer = (await import('puppeteer-core')).default;
    server = await startPracticeServer();
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX!, headless: true });
    await browser.installExtension(DIST);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('underlines the draft in the practice composer and applies a rewrite', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/clearbrief-practice/plain.html`);
    await page.type('#description', 'We need a landing page ASAP. Lowest bid wins.');
    await expect.poll(() => underlined(page)).toEqual(['ASAP', 'Lowest bid wins']);
    // Open the card from the keyboard (first finding) and take its first rewrite.
    await page.keyboard.down('Control');
    await page.keyboard.press('Home');
    await page.keyboard.up('Control');
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyN');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await page.waitForFunction(() => document.querySelector('clearbrief-root')?.shadowRoot?.querySelector('[data-testid="clearbrief-card"][data-rule="asap-deadline"]'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.$eval('#description', (el) => (el as HTMLTextAreaElement).value)).toBe('We need a landing page by [date]. Lowest bid wins.');
    await page.close();
  });
});
