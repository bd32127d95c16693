/**
 * npm run demo            builds the extension and opens Chromium with it loaded on a local
 *                         practice composer; close the browser window to finish.
 * npm run demo -- --headless   for machines without a display: writes artifacts/demo.png instead.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './browser';

const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && process.platform === 'linux');
if (headless && !process.argv.includes('--headless')) console.log('No display found: running headless and writing a screenshot.');

const session = await launchWithExtension({ headless });
const page = await session.page('demo.html');
// The badge appears before the first check's answer; its score and count come with the answer.
const badge = page.locator('clearbrief-root >> [data-testid="clearbrief-badge"][data-count]');
await badge.waitFor();
console.log(`ClearBrief is running on ${page.url()} — score ${await badge.getAttribute('data-score')}/100, ${await badge.getAttribute('data-count')} findings.`);

if (headless) {
  await page.setViewportSize({ width: 1100, height: 860 });
  // Open a card and the review panel so the screenshot shows what a user sees.
  const underline = page.locator('clearbrief-root >> .ul[data-key^="price-only-criteria"]').first();
  const box = await underline.boundingBox();
  if (box) await page.mouse.move(box.x + box.width / 2, box.y - 4);
  await page.locator('clearbrief-root >> [data-testid="clearbrief-card"]').waitFor({ timeout: 5_000 }).catch(() => undefined);
  const out = resolve('artifacts/demo.png');
  mkdirSync('artifacts', { recursive: true });
  await page.screenshot({ path: out });
  console.log(`Screenshot written to ${out}`);
  await session.close();
} else {
  console.log('Close the browser window to finish.');
  await new Promise<void>((done) => session.context.on('close', () => done()));
  await session.server.close();
}
