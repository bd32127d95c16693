/**
 * Rewrites must reach the page's own state in every kind of editor: React, Vue and Angular controlled
 * textareas, a contenteditable editor, a field in a same-origin iframe, a page with hostile CSS,
 * and a wizard whose description step mounts after a client-side route change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badge, browserAvailable, DRAFT, launch, openCard, underlined, type Session } from './harness';

const REWRITTEN = 'We need a landing page by [date]. Lowest bid wins.';

describe.runIf(browserAvailable())('inline checking in framework-controlled and unusual editors', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  for (const framework of ['react', 'vue', 'angular'] as const) {
    it(`updates ${framework}'s state when a rewrite is applied, and Ctrl+Z restores it`, async () => {
      const page = await s.page(`${framework}.html`);
      await page.locator('#desc').click();
      await page.keyboard.type(DRAFT);
      await expect.poll(() => page.locator('#state').textContent()).toBe(DRAFT);
      const card = await openCard(page, 'asap-deadline');
      await card.locator('[data-testid="clearbrief-rewrite"]').first().click();
      // The framework's own state, not just the DOM value, holds the rewrite.
      await expect.poll(() => page.locator('#state').textContent()).toBe(REWRITTEN);
      expect(await page.locator('#desc').inputValue()).toBe(REWRITTEN);
      await page.keyboard.press('Control+z');
      await expect.poll(() => page.locator('#state').textContent()).toBe(DRAFT);
      await page.close();
    });
  }

  it('marks ranges in a contenteditable editor without changing its DOM, and rewrites through it', async () => {
    const page = await s.page('editable.html');
    await page.locator('#editor').click();
    await page.keyboard.type(DRAFT);
    const layer = page.locator('clearbrief-root >> [data-testid="clearbrief-underlines"][data-marks]');
    await expect.poll(() => layer.getAttribute('data-marks')).toBe('suggestion:ASAP|error:Lowest bid wins');
    // Highlights are painted by the browser: the editor holds only what was typed.
    expect(await page.locator('#editor').innerHTML()).toBe(DRAFT);
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+Shift+KeyN');
    const card = page.locator('clearbrief-root >> [data-testid="clearbrief-card"][data-rule="asap-deadline"]');
    await card.waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#editor').textContent()).toBe(REWRITTEN);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#editor').textContent()).toBe(DRAFT);
    await page.close();
  });

  it('finds and checks a field inside a same-origin iframe', async () => {
    const page = await s.page('iframe.html');
    const frame = page.frameLocator('#frame');
    await frame.locator('#desc').click();
    await page.keyboard.type(DRAFT);
    const inner = page.frames().find((f) => f.url().endsWith('iframe-inner.html'))!;
    await expect.poll(() => underlined(inner, '#desc').then((u) => u.map((x) => x.text).sort())).toEqual(['ASAP', 'Lowest bid wins']);
    expect(await frame.locator('clearbrief-root >> [data-testid="clearbrief-badge"]').getAttribute('data-count')).not.toBeNull();
    await page.close();
  });

  it('keeps its UI working and styled on a page with hostile CSS', async () => {
    const page = await s.page('hostile.html');
    await page.locator('#desc').click();
    await page.keyboard.type(DRAFT);
    await expect.poll(() => underlined(page, '#desc').then((u) => u.map((x) => x.text).sort())).toEqual(['ASAP', 'Lowest bid wins']);
    // Page rules (`* { all: unset }`, `font-size: 30px !important`) do not reach inside the shadow root.
    expect(await badge(page).evaluate((el) => getComputedStyle(el).fontSize)).toBe('12px');
    expect(await page.locator('clearbrief-root').evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    const card = await openCard(page, 'price-only-criteria');
    await card.locator('[data-testid="clearbrief-rewrite"]').first().click();
    await expect.poll(() => page.locator('#desc').inputValue()).toContain('I will choose based on');
    await page.close();
  });

  it('remembers the budget chosen on an earlier wizard step after a client-side route change', async () => {
    const page = await s.page('wizard.html?adapter=upwork');
    await page.locator('#job-post-title').fill('Landing page for our bakery');
    await page.getByLabel('Fixed price').check();
    await page.locator('#budget-amount').fill('$800');
    await page.locator('#next').click();
    await page.locator('#jp-description-1').click();
    await page.keyboard.type('We are a bakery in Leeds. Build a 3-page landing page.');
    await badge(page).click();
    const budget = page.locator('clearbrief-root >> [data-testid="clearbrief-panel"] li[data-section="budget"]');
    await expect.poll(() => budget.getAttribute('class')).toBe('check met');
    expect(await budget.textContent()).toMatch(/budget field: “(?:Fixed price – )?\$800”|budget field: “Fixed price”/);
    expect(await page.locator('clearbrief-root >> [data-testid="clearbrief-panel"]').textContent()).not.toContain('No budget');
    await page.close();
  });
});
