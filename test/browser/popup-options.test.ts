/**
 * The popup and the options page with the built extension: the popup reviews a composer's draft
 * and applies a rewrite into the page; its paste box works where there is no composer; a custom
 * rule made in the options page shows up inline in an open composer tab without a reload; a
 * broken pack shows its problems and changes nothing; the per-site switch stops and restarts checking.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badge, browserAvailable, DRAFT, launch, openCard, setSettings, storedSettings, tabIdOf, underlined, type Session } from './harness';

describe.runIf(browserAvailable())('popup and options', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('the popup reviews the tab’s draft, agrees with the page, and applies a rewrite into it', async () => {
    const page = await s.page('plain.html');
    await page.locator('#description').fill(DRAFT);
    await badge(page).waitFor();
    await expect.poll(() => badge(page).getAttribute('data-count')).not.toBeNull();
    const popup = await s.context.newPage();
    await popup.goto(s.popupUrl(`?tab=${await tabIdOf(s, page)}`));
    await popup.getByTestId('score').waitFor();
    expect(await popup.getByTestId('score').textContent()).toBe(await badge(page).getAttribute('data-score'));
    // The breakdown lists the points each fix earns, highest first.
    const gains = await popup.locator('[data-testid="gains"] .gain').allTextContents();
    expect(gains.map((g) => Number(g.slice(1)))).toEqual([...gains.map((g) => Number(g.slice(1)))].sort((a, b) => b - a));
    await popup.locator('li[data-rule="asap-deadline"] [data-testid="popup-rewrite"]').first().click();
    await expect.poll(() => page.locator('#description').inputValue()).toBe('We need a landing page by [date]. Lowest bid wins.');
    await expect.poll(() => popup.locator('li[data-rule="asap-deadline"]').count()).toBe(0);
    // A missing section inserted from the popup lands in the page's field.
    await popup.locator('li[data-rule="missing-budget"] [data-testid="popup-rewrite"]').click();
    await expect.poll(() => page.locator('#description').inputValue()).toContain('Budget and payment:');
    // Restructure: side by side, and replacing the page's draft keeps every sentence.
    await popup.getByTestId('restructure-toggle').click();
    expect(await popup.getByTestId('restructured').textContent()).toContain('Context');
    // The inserted section's heading is replaced by the new one, not repeated, and the popup says so.
    expect(await popup.getByTestId('restructured').textContent()).not.toContain('Budget and payment:');
    expect(await popup.getByTestId('replaced-headings').textContent()).toContain('“Budget and payment:”');
    await popup.getByTestId('replace-draft').click();
    await expect.poll(() => page.locator('#description').inputValue()).toContain('Scope and deliverables');
    expect(await page.locator('#description').inputValue()).toContain('Lowest bid wins.');
    await popup.close();
    await page.close();
  });

  it('the paste box checks any text on a page with no composer', async () => {
    const page = await s.context.newPage();
    await page.goto(`${s.server.origin}/not-a-composer`);
    const popup = await s.context.newPage();
    await popup.goto(s.popupUrl(`?tab=${await tabIdOf(s, page)}`));
    const box = popup.getByTestId('paste-box');
    await box.waitFor();
    await box.getByLabel('Description').fill('Need a logo ASAP. Cheapest offers only.');
    await expect.poll(() => box.locator('li[data-rule]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')))).toContain('price-only-criteria');
    await box.locator('li[data-rule="asap-deadline"] [data-testid="popup-rewrite"]').first().click();
    expect(await box.getByLabel('Description').inputValue()).toBe('Need a logo by [date]. Cheapest offers only.');
    await popup.close();
    await page.close();
  });

  it('a custom rule made in the options page shows up inline in an open composer without a reload', async () => {
    const page = await s.page('plain.html');
    await page.locator('#description').fill('We need a resource for our bakery site.');
    await badge(page).waitFor();
    const options = await s.context.newPage();
    await options.goto(s.optionsUrl());
    await options.getByRole('button', { name: 'Add a custom rule' }).click();
    await options.locator('#f-id').fill('no-resource');
    await options.locator('#f-message').fill('Say who you need, not "{{phrase}}".');
    await options.locator('#f-phrases').fill('resource');
    await options.locator('#f-replacements').fill('web developer');
    // The live result shows the rule working on the sample text before it is saved.
    await options.getByLabel('Sample text').fill('Looking for a Resource.');
    await expect.poll(() => options.getByTestId('live-result').textContent()).toContain('Say who you need, not "Resource".');
    await options.getByRole('button', { name: 'Save rule' }).click();
    await options.locator('[data-custom-rule="no-resource"]').waitFor();
    await expect.poll(() => underlined(page, '#description').then((u) => u.filter((x) => x.key.startsWith('no-resource')).map((x) => x.text))).toEqual(['resource']);
    const card = await openCard(page, 'no-resource');
    expect(await card.textContent()).toContain('no-resource (custom rule)');
    expect(await card.textContent()).toContain('Say who you need, not "resource".');
    await options.close();
    await page.close();
  });

  it('runs a stored pattern rule only once the background has found it safe', async () => {
    const page = await s.page('plain.html');
    await page.locator('#description').fill('Budget $500 for aaaa.');
    await badge(page).waitFor();
    await s.worker.evaluate(() => {
      const api = (globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } }).chrome;
      return api.storage.sync.set({
        settings: { version: 1, rules: {}, disabledSites: [], userSites: [] },
        customRules: [
          { id: 'money', kind: 'avoid', message: 'Amount: {{phrase}}', pattern: '\\$\\d+' },
          { id: 'slow', kind: 'avoid', message: 'never runs', pattern: '(a+)+$' },
        ],
      });
    });
    await expect.poll(() => underlined(page, '#description').then((u) => u.map((x) => x.key.split('\u0001')[0]).filter((k) => k === 'money' || k === 'slow'))).toEqual(['money']);
    await setSettings(s);
    await s.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { remove(k: string): Promise<void> } } } }).chrome.storage.sync.remove('customRules'));
    await page.close();
  });

  it('a broken pack shows every problem and imports nothing', async () => {
    const before = await storedSettings(s);
    const options = await s.context.newPage();
    await options.goto(s.optionsUrl());
    const pack = JSON.stringify({ format: 'clearbrief-rule-pack', version: 1, rules: [{ id: 'ok-rule', kind: 'require', message: 'Mention NDA.', anyOf: ['NDA'] }, { id: 'Bad Id', kind: 'avoid', message: 'x', phrases: ['y'] }, { id: 'slow', kind: 'avoid', message: 'x', pattern: '(a+)+$' }] });
    await options.getByTestId('import-pack').setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(pack) });
    const problems = options.getByTestId('import-problems');
    await problems.waitFor();
    const text = await problems.textContent();
    expect(text).toContain('has 2 problems; nothing was imported');
    expect(text).toContain('Bad Id · id: may use only lower-case letters');
    expect(text).toContain('slow · pattern: can backtrack catastrophically');
    expect(await storedSettings(s)).toEqual(before);
    // Not a pack at all.
    await options.getByTestId('import-pack').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
    await expect.poll(() => problems.textContent()).toContain('is not a ClearBrief rule pack');
    expect(await storedSettings(s)).toEqual(before);
    await options.close();
  });

  it('the popup’s site switch stops and restarts checking on that site', async () => {
    await setSettings(s);
    const page = await s.page('plain.html');
    await page.locator('#description').fill(DRAFT);
    await expect.poll(() => underlined(page, '#description').then((u) => u.length)).toBe(2);
    const popup = await s.context.newPage();
    await popup.goto(s.popupUrl(`?tab=${await tabIdOf(s, page)}`));
    const toggle = popup.getByTestId('site-switch');
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click();
    await expect.poll(() => page.locator('clearbrief-root').count()).toBe(0);
    await expect.poll(() => toggle.isChecked()).toBe(false);
    await toggle.click();
    await expect.poll(() => underlined(page, '#description').then((u) => u.length)).toBe(2);
    await popup.close();
    await page.close();
  });
});
