/**
 * The background service worker's life: Chrome stops an idle worker and starts it again on the
 * next event. The engine in it warms up (core/warm-up.ts) when a composer page connects, so the
 * first keystroke is not the one that pays for the cold start.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerControl } from '../../scripts/browser';
import { badge, browserAvailable, launch, type Session } from './harness';

/** What the worker says of its engine, and a mark left in the worker's global scope by the test. */
type WorkerState = { clearbriefEngineWarm?: boolean; testMark?: string };

describe.runIf(browserAvailable())('the engine in the service worker', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('warms up when a composer is found, and again when the user focuses it after the browser stopped the worker', async () => {
    const page = await s.page('plain.html');
    // The empty composer is checked as soon as it is found: that connects, and the worker warms.
    // Wait for that check's answer: a request still on its way when the worker stops is asked
    // again, and that, not the focus, would start the next worker.
    await expect.poll(() => badge(page).getAttribute('data-version')).toBe('1');
    await expect.poll(() => s.worker.evaluate(() => (globalThis as WorkerState).clearbriefEngineWarm)).toBe(true);
    await s.worker.evaluate(() => void ((globalThis as WorkerState).testMark = 'before the stop'));

    // Stop it as Chrome stops an idle worker; the page's port to it closes.
    const worker = await workerControl(s, page);
    await worker.stop();
    await expect.poll(() => worker.status()).toBe('stopped');

    // Focusing the field, without typing anything, starts the worker again (focus again until the
    // page has seen its port close)...
    await expect
      .poll(async () => {
        await page.locator('#title').focus();
        await page.locator('#description').focus();
        return worker.status();
      }, { timeout: 15_000 })
      .toBe('running');
    // ...a new one (its global scope has no mark), whose engine warms up.
    await expect
      .poll(() => s.worker.evaluate(() => {
        const state = globalThis as WorkerState;
        return `${state.testMark ?? 'new worker'}, warm: ${state.clearbriefEngineWarm}`;
      }))
      .toBe('new worker, warm: true');
    expect(await page.locator('#description').inputValue()).toBe('');
    await page.close();
  });
});
