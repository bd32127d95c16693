/**
 * The content script in a real browser: the built extension in Chromium on the practice pages.
 * Waits for DOM state, never sleeps; asserts text and ranges, never pixels.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launch, underlined, type Session } from './harness';

const DRAFT = 'We need a landing page ASAP. Lowest bid wins.';

describe.runIf(browserAvailable())('inline checking in the composer', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('underlines the right text in a plain textarea and shows the score badge', async () => {
    const page = await s.page('plain.html');
    await page.locator('#description').click();
    await page.keyboard.type(DRAFT);
    const badge = page.locator('clearbrief-root >> [data-testid="clearbrief-badge"]');
    await expect.poll(() => underlined(page, '#description').then((u) => u.map((x) => x.text).sort())).toEqual(['ASAP', 'Lowest bid wins']);
    const keys = await underlined(page, '#description');
    expect(keys.find((k) => k.text === 'ASAP')?.key).toMatch(/^asap-deadline/);
    expect(keys.find((k) => k.text === 'Lowest bid wins')?.key).toMatch(/^price-only-criteria/);
    await expect.poll(() => badge.getAttribute('data-count')).not.toBeNull();
    expect(Number(await badge.getAttribute('data-score'))).toBeLessThan(60);
    // The page's text is exactly what was typed: nothing was inserted into the field.
    expect(await page.locator('#description').inputValue()).toBe(DRAFT);
    await page.close();
  });
});
