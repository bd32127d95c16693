/**
 * The content script in a real browser: the built extension in Chromium on the practice pages.
 * Waits for DOM state, never sleeps; asserts text and ranges, never pixels.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badge, browserAvailable, DRAFT, launch, openCard, setSettings, setZoom, underlineAlignment, underlined, type Session } from './harness';

describe.runIf(browserAvailable())('inline checking in a plain form', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  /**
   * The plain practice page with the practice draft typed key by key into its description, once the
   * check of the whole draft is drawn: a check of a shorter prefix answered late would redraw the
   * underlines, and close a card, after a test had started on them.
   */
  async function pageWithDraftTyped(): Promise<Page> {
    const page = await s.page('plain.html');
    await page.locator('#description').click();
    await page.keyboard.type(DRAFT);
    await expect.poll(() => underlined(page, '#description').then((u) => u.map((x) => x.text).sort())).toEqual(['ASAP', 'Lowest bid wins']);
    return page;
  }

  it('underlines the right text, shows the score badge, and never changes the text by itself', async () => {
    const page = await pageWithDraftTyped();
    await expect.poll(() => underlined(page, '#description').then((u) => u.map((x) => x.text).sort())).toEqual(['ASAP', 'Lowest bid wins']);
    const marks = await underlined(page, '#description');
    expect(marks.find((k) => k.text === 'ASAP')?.key).toMatch(/^asap-deadline/);
    expect(marks.find((k) => k.text === 'Lowest bid wins')?.key).toMatch(/^price-only-criteria/);
    expect(Number(await badge(page).getAttribute('data-score'))).toBeLessThan(60);
    expect(await badge(page).getAttribute('aria-label')).toMatch(/^ClearBrief: score \d+ of 100, \d+ findings/);
    expect(await page.locator('#description').inputValue()).toBe(DRAFT);
    await page.close();
  });

  it('checks the title too, and reads the budget chosen in the form', async () => {
    const page = await s.page('plain.html');
    await page.locator('#title').fill('Rockstar developer for a landing page');
    await page.locator('#description').fill('We are a bakery. Build a 3-page site.');
    // (with the space after it, which its "Remove" rewrite takes too)
    await expect.poll(() => underlined(page, '#title').then((u) => u.map((x) => x.text))).toEqual(['Rockstar ']);
    await badge(page).click();
    const budget = page.locator('clearbrief-root >> [data-testid="clearbrief-panel"] li[data-section="budget"]');
    await expect.poll(() => budget.getAttribute('class')).toBe('check missing');
    await page.locator('#budget').selectOption('small');
    await expect.poll(() => budget.getAttribute('class')).toBe('check met');
    expect(await budget.textContent()).toContain('budget field: “$100 – $300”');
    await page.close();
  });

  it('applies a rewrite from the card as typing would, and Ctrl+Z restores the text', async () => {
    const page = await pageWithDraftTyped();
    const card = await openCard(page, 'asap-deadline');
    expect(await card.textContent()).toContain('"ASAP" gives no date');
    await card.locator('[data-testid="clearbrief-rewrite"]').first().click();
    await expect.poll(() => page.locator('#description').inputValue()).toBe('We need a landing page by [date]. Lowest bid wins.');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#description').inputValue()).toBe(DRAFT);
    await page.close();
  });

  it('inserts a missing section from the panel at the end, as one undoable edit', async () => {
    const page = await s.page('plain.html');
    await page.locator('#description').fill('We are a bakery in Leeds. Build a 3-page site.');
    await badge(page).click();
    await page.locator('clearbrief-root >> [data-testid="clearbrief-insert"][data-section="budget"]').click();
    await expect.poll(() => page.locator('#description').inputValue()).toMatch(/^We are a bakery in Leeds\. Build a 3-page site\.\n\nBudget and payment:\n\[fixed price/);
    // Checked again with the template in: its blanks are not a budget yet, so the item stays missing.
    const length = (await page.locator('#description').inputValue()).length;
    await expect.poll(() => badge(page).getAttribute('data-analysed-length')).toBe(String(length));
    expect(await page.locator('clearbrief-root >> li[data-section="budget"]').getAttribute('class')).toBe('check missing');
    await page.locator('#description').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#description').inputValue()).toBe('We are a bakery in Leeds. Build a 3-page site.');
    await page.close();
  });

  it('moves between findings from the keyboard and closes the card with Escape', async () => {
    const page = await pageWithDraftTyped();
    await expect.poll(() => underlined(page, '#description').then((u) => u.length)).toBe(2);
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+Shift+KeyN');
    const card = page.locator('clearbrief-root >> [data-testid="clearbrief-card"]');
    await expect.poll(() => card.getAttribute('data-rule')).toBe('asap-deadline');
    // Focus is in the card: Enter on the first rewrite applies it.
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('description');
    await page.close();
  });

  it('dismisses a finding for this draft, keeps it dismissed after edits elsewhere, and restores it from the panel', async () => {
    const page = await pageWithDraftTyped();
    const card = await openCard(page, 'asap-deadline');
    await card.locator('[data-testid="clearbrief-dismiss"]').click();
    await expect.poll(() => underlined(page, '#description').then((u) => u.map((x) => x.text))).toEqual(['Lowest bid wins']);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Please share your portfolio.');
    await expect.poll(() => page.locator('#description').inputValue()).toContain('portfolio');
    await expect.poll(() => underlined(page, '#description').then((u) => u.map((x) => x.text))).toEqual(['Lowest bid wins']);
    await badge(page).click();
    await page.locator('clearbrief-root >> [data-testid="clearbrief-restore"]').click();
    await expect.poll(() => underlined(page, '#description').then((u) => u.map((x) => x.text).sort())).toEqual(['ASAP', 'Lowest bid wins']);
    await page.close();
  });

  it('lists a problem found at several places once in the panel, and dismisses all of its places', async () => {
    const page = await s.page('plain.html');
    await page.locator('#description').fill('You will do the graphic design, the web development, SEO and video editing for our launch.');
    const trades = ['SEO', 'graphic design', 'video editing', 'web development'];
    await expect.poll(() => underlined(page, '#description').then((u) => u.filter((x) => x.key.startsWith('one-stop-shop')).map((x) => x.text).sort())).toEqual(trades);
    await badge(page).click();
    const rows = page.locator('clearbrief-root >> [data-testid="clearbrief-panel"] li[data-rule="one-stop-shop"]');
    await expect.poll(() => rows.count()).toBe(1);
    const shows = (await rows.locator('button', { hasText: /^Show/ }).allTextContents()).sort();
    expect(shows).toEqual(trades.map((t) => `Show “${t}”`));
    await rows.locator('button', { hasText: 'Dismiss' }).click();
    await expect.poll(() => underlined(page, '#description').then((u) => u.filter((x) => x.key.startsWith('one-stop-shop')).length)).toBe(0);
    await page.close();
  });

  it('turns a check off from the card, in this tab and others at once', async () => {
    const page = await s.page('plain.html');
    const other = await s.page('plain.html');
    for (const p of [page, other]) {
      await p.locator('#description').fill(DRAFT);
      await expect.poll(() => underlined(p, '#description').then((u) => u.length)).toBe(2);
    }
    const card = await openCard(page, 'price-only-criteria');
    await card.locator('[data-testid="clearbrief-turn-off"]').click();
    for (const p of [page, other]) {
      await expect.poll(() => underlined(p, '#description').then((u) => u.map((x) => x.text))).toEqual(['ASAP']);
    }
    // Turn it back on for the other tests (the options page is the place for that).
    await setSettings(s);
    await expect.poll(() => underlined(page, '#description').then((u) => u.length)).toBe(2);
    await page.close();
    await other.close();
  });

  it('leaves opted-out fields alone', async () => {
    const page = await s.page('plain.html');
    await page.locator('#search').fill('ASAP cheapest');
    await page.locator('#description').fill('Lowest bid wins.');
    await expect.poll(() => underlined(page, '#description').then((u) => u.length)).toBe(1);
    expect(await page.locator('clearbrief-root >> .layer').count()).toBe(2); // title and description only
    await page.close();
  });

  it('switches off on a site from the panel and back on from storage', async () => {
    const page = await s.page('plain.html');
    await page.locator('#description').fill(DRAFT);
    await badge(page).click();
    await page.locator('clearbrief-root >> [data-testid="clearbrief-site-off"]').click();
    await expect.poll(() => page.locator('clearbrief-root').count()).toBe(0);
    await setSettings(s);
    await expect.poll(() => underlined(page, '#description').then((u) => u.length)).toBe(2);
    expect(await page.locator('#description').inputValue()).toBe(DRAFT);
    await page.close();
  });

  it('keeps checking after the browser stops the background (the engine runs there)', async () => {
    const page = await s.page('plain.html');
    await page.locator('#description').fill('We need a landing page ASAP.');
    await expect.poll(() => underlined(page, '#description').then((u) => u.map((x) => x.text))).toEqual(['ASAP']);
    // Chrome stops an idle service worker; closing its target does the same, now.
    const cdp = await s.context.newCDPSession(page);
    const workers = async () => ((await cdp.send('Target.getTargets')).targetInfos as Array<{ type: string; targetId: string; url: string }>).filter((t) => t.type === 'service_worker' && t.url.includes(s.extensionId));
    const [worker] = await workers();
    await cdp.send('Target.closeTarget', { targetId: worker!.targetId });
    await expect.poll(async () => (await workers()).length).toBe(0);
    await page.locator('#description').fill('We need a landing page ASAP. Lowest bid wins.');
    await expect.poll(() => underlined(page, '#description').then((u) => u.map((x) => x.text).sort())).toEqual(['ASAP', 'Lowest bid wins']);
    expect((await workers()).length).toBe(1);
    await cdp.detach();
    await page.close();
  });

  it('keeps each underline on its words when the page is zoomed, the field scrolls and the field is resized', async () => {
    const page = await s.page('plain.html');
    const filler = Array.from({ length: 14 }, (_, i) => `Line ${i + 1} of the background to this project.`).join('\n');
    await page.locator('#description').fill(`We need a landing page ASAP. Lowest bid wins.\n${filler}\nMake it user-friendly and modern, ASAP.`);
    await page.locator('#description').evaluate((el) => (el.scrollTop = 0));
    const allOnTheirText = async () => {
      const marks = await underlineAlignment(page, '#description');
      // A phrase wrapped over two lines has an underline on each: name it once.
      return marks.length > 0 && marks.every((m) => m.onItsText) ? [...new Set(marks.map((m) => m.text))] : marks;
    };
    await expect.poll(allOnTheirText).toEqual(['ASAP', 'Lowest bid wins']);
    for (const zoom of [1.5, 0.75, 1]) {
      await setZoom(s, page, zoom);
      await expect.poll(allOnTheirText).toEqual(['ASAP', 'Lowest bid wins']);
    }
    // Scrolled to the end: the first line's underlines leave with it, the last line's come in.
    await page.locator('#description').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(allOnTheirText).toEqual(['user-friendly', 'ASAP']);
    // Narrower: the lines wrap differently, and the underlines follow.
    await page.locator('#description').evaluate((el) => {
      (el as HTMLElement).style.width = '260px';
      el.scrollTop = 0;
    });
    await expect.poll(allOnTheirText).toEqual(['ASAP', 'Lowest bid wins']);
    await page.close();
  });

  it('waits for an IME composition to end before checking what it typed', async () => {
    const page = await s.page('plain.html');
    await page.locator('#description').fill('We need a landing page. ');
    await expect.poll(() => badge(page).getAttribute('data-version')).not.toBeNull();
    await expect.poll(() => underlined(page, '#description')).toEqual([]);
    const cdp = await s.context.newCDPSession(page);
    // A real composition, as an input method editor makes it: compositionstart, updates, input events.
    await cdp.send('Input.imeSetComposition', { text: 'ASA', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.imeSetComposition', { text: 'ASAP', selectionStart: 4, selectionEnd: 4 });
    await expect.poll(() => page.locator('#description').inputValue()).toBe('We need a landing page. ASAP');
    const during = await badge(page).getAttribute('data-version');
    // Something else that asks for a check (a form change) is held back too while composing.
    await page.locator('#budget').selectOption('small');
    await page.locator('#description').evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await badge(page).getAttribute('data-version')).toBe(during);
    expect(await underlined(page, '#description')).toEqual([]);
    await cdp.send('Input.insertText', { text: 'ASAP' });
    await expect.poll(() => underlined(page, '#description').then((u) => u.map((x) => x.text))).toEqual(['ASAP']);
    await cdp.detach();
    await page.close();
  });

  it('follows the system colour scheme: light and dark', async () => {
    const page = await s.page('plain.html');
    await page.locator('#description').fill('We need a landing page ASAP.');
    const badgeColours = () => badge(page).evaluate((el) => getComputedStyle(el).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => badge(page).getAttribute('data-version')).not.toBeNull();
    const light = await badgeColours();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(badgeColours).not.toBe(light);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(badgeColours).toBe(light);
    await page.close();
  });

  it('checks a field only while it is on screen, and catches up when it comes back', async () => {
    const page = await s.page('plain.html');
    await expect.poll(() => badge(page).getAttribute('data-version')).not.toBeNull();
    const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    // Push the form far below the fold and stay at the top of the page.
    await page.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.style.height = '5000px';
      document.body.prepend(spacer);
      window.scrollTo(0, 0);
    });
    await frames();
    const before = await badge(page).getAttribute('data-version');
    await page.locator('#description').evaluate((el) => {
      (el as HTMLTextAreaElement).value = 'We need a landing page ASAP.';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await frames();
    await frames();
    expect(await badge(page).getAttribute('data-version')).toBe(before);
    await page.locator('#description').evaluate((el) => el.scrollIntoView());
    await expect.poll(() => underlined(page, '#description').then((u) => u.map((x) => x.text))).toEqual(['ASAP']);
    await page.close();
  });

  it('checks the start of a megabyte paste, says what it left out, and loses nothing', async () => {
    const page = await s.page('plain.html');
    const huge = 'We need a landing page ASAP. '.repeat(36_000);
    await page.locator('#description').fill(huge);
    await page.locator('#description').evaluate((el) => (el.scrollTop = 0));
    await expect.poll(() => underlined(page, '#description').then((u) => u[0]?.text)).toBe('ASAP');
    await badge(page).click();
    const panel = page.locator('clearbrief-root >> [data-testid="clearbrief-panel"]');
    await expect.poll(() => panel.textContent()).toContain(`Only the first 100,000 of ${huge.length.toLocaleString('en')} characters were checked`);
    // The checked part holds some 3,400 "ASAP"s: 25 are listed, the rest counted.
    expect(await panel.textContent()).toMatch(/3,4\d\d more "asap-deadline" findings are not shown/);
    expect(await badge(page).getAttribute('data-count')).toMatch(/^\d{1,3}$/);
    expect(await page.locator('#description').inputValue()).toBe(huge);
    await page.close();
  });
});
