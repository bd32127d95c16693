/**
 * The content script's speed in a real browser: the built extension in Chromium on the practice
 * composer, a 1,000-word draft, 200 characters typed. Prints p50/p95 of the time from each input
 * event to the updated underlines, the longest run of the content script, any long task on the
 * page, and the content script's size.
 *   npm run bench:browser
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, launchWithExtension } from './browser';

const SENTENCES = [
  'We are a small bakery in Leeds and we sell bread, cakes and coffee to about 300 customers a day.',
  'Our current website runs on WordPress and was built in 2019, and it is slow on phones.',
  'We need a modern, user-friendly site with online ordering, a menu page and a contact form, etc.',
  'The new site should load in under 2 seconds and match the design in our Figma file.',
  'Please share links to two or three similar shops you built and say what your part was.',
  'We would like weekly updates on Slack and a short kickoff call; we are in the UK time zone.',
  'The budget is $1,500 fixed price, paid in two milestones, and we hope to launch within 6 weeks.',
  'Some pages need new photos, and the blog needs various fixes and other tasks as needed.',
];

function draftOfWords(words: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const sentence = SENTENCES[i % SENTENCES.length]!;
    out.push(sentence);
    count += sentence.split(/\s+/).length;
    if (i % 4 === 3) out.push('\n\n');
  }
  return out.join(' ');
}

/**
 * The content script's code: what every composer page parses (the loader, the entry and its
 * static imports) and what loads only once a composer is found (dynamic imports).
 */
function contentScriptBytes(): { initial: string[]; lazy: string[]; rare: string[]; initialBytes: number; lazyBytes: number; rareBytes: number; gzip: number } {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ js: string[] }> };
  const read = (f: string) => readFileSync(join(DIST, f), 'utf8');
  const staticDeps = (f: string) => [...read(f).matchAll(/from\s*["'`](\.\/[^"'`]+\.js)["'`]/g)].map((m) => join(dirname(f), m[1]!));
  const dynamicDeps = (f: string) => [
    ...[...read(f).matchAll(/getURL\(\s*["'`]([^"'`]+\.js)["'`]/g)].map((m) => m[1]!),
    ...[...read(f).matchAll(/import\(\s*["'`](\.\/[^"'`]+\.js)["'`]/g)].map((m) => join(dirname(f), m[1]!)),
  ];
  const closure = (roots: string[], follow: (f: string) => string[], seen = new Set<string>()) => {
    const queue = [...roots];
    while (queue.length) {
      const f = queue.shift()!;
      if (seen.has(f)) continue;
      seen.add(f);
      queue.push(...follow(f));
    }
    return seen;
  };
  const loader = manifest.content_scripts[0]!.js;
  // The loader's import of the entry is dynamic in form but unconditional.
  const entry = loader.flatMap((f) => dynamicDeps(f));
  const initial = closure([...loader, ...entry], staticDeps);
  const lazyRoots = [...initial].flatMap((f) => (loader.includes(f) ? [] : dynamicDeps(f)));
  const lazySet = closure(lazyRoots, staticDeps);
  const lazy = [...lazySet].filter((f) => !initial.has(f));
  // Imports the composer makes only in some cases (the pattern checker, for rules with a pattern).
  const rare = [...closure([...lazySet].flatMap(dynamicDeps), staticDeps)].filter((f) => !initial.has(f) && !lazySet.has(f));
  const size = (files: Iterable<string>) => [...files].reduce((n, f) => n + readFileSync(join(DIST, f)).length, 0);
  const all = Buffer.concat([...initial, ...lazy].map((f) => readFileSync(join(DIST, f))));
  return { initial: [...initial], lazy, rare, initialBytes: size(initial), lazyBytes: size(lazy), rareBytes: size(rare), gzip: gzipSync(all).length };
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

const session = await launchWithExtension();
try {
  const page = await session.page('plain.html');
  const draft = draftOfWords(1000);
  await page.locator('#description').fill(draft);
  const badge = page.locator('clearbrief-root >> [data-testid="clearbrief-badge"]');
  await badge.waitFor();
  await page.evaluate(() => {
    const state = { inputs: [] as number[], updates: [] as number[], runs: [] as number[], longTasks: [] as number[] };
    (window as unknown as { __bench: typeof state }).__bench = state;
    const field = document.querySelector('#description')!;
    field.addEventListener('input', () => state.inputs.push(performance.now()));
    const el = document.querySelector('clearbrief-root')!.shadowRoot!.querySelector<HTMLElement>('[data-testid="clearbrief-badge"]')!;
    new MutationObserver(() => {
      state.updates.push(performance.now());
      state.runs.push(Number(el.dataset.runMs));
    }).observe(el, { attributes: true, attributeFilter: ['data-version'] });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await page.locator('#description').click();
  await page.keyboard.press('Control+End');
  const typed = ' The landing page needs a booking form, a gallery and a page for catering orders by the end of May.'.repeat(3).slice(0, 200);
  await page.keyboard.type(typed, { delay: 25 });
  await page.waitForFunction(() => {
    const s = (window as unknown as { __bench: { inputs: number[]; updates: number[] } }).__bench;
    return s.updates.length > 0 && s.updates.at(-1)! >= s.inputs.at(-1)!;
  });
  const result = await page.evaluate(() => (window as unknown as { __bench: { inputs: number[]; updates: number[]; runs: number[]; longTasks: number[] } }).__bench);
  const latencies = result.inputs.map((t) => result.updates.find((u) => u >= t)! - t).filter((x) => Number.isFinite(x));
  const words = draft.split(/\s+/).length;
  console.log(`draft: ${words} words, ${draft.length} characters; typed ${typed.length} characters (${result.inputs.length} input events, ${result.updates.length} runs)`);
  console.log(`input → updated underlines: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`);
  console.log(`content script run (analyse + paint): p50 ${percentile(result.runs, 50).toFixed(2)} ms, longest ${Math.max(...result.runs).toFixed(2)} ms`);
  console.log(`long tasks (≥ 50 ms) on the page while typing: ${result.longTasks.length}${result.longTasks.length ? `, longest ${Math.max(...result.longTasks).toFixed(0)} ms` : ''}`);
  const size = contentScriptBytes();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`content script on every composer page: ${kb(size.initialBytes)} minified (${size.initial.join(', ')})`);
  console.log(`loaded when a composer is found (engine + UI): ${kb(size.lazyBytes)} minified (${size.lazy.join(', ')})`);
  console.log(`first chunk + engine and UI: ${kb(size.initialBytes + size.lazyBytes)} minified, ${kb(size.gzip)} gzip`);
  console.log(`loaded only when a custom rule has a pattern (the ReDoS checker): ${kb(size.rareBytes)} minified (${size.rare.join(', ')})`);
  if (session.requests.some((u) => !u.startsWith(session.server.origin))) console.log('WARNING: requests left the machine:', session.requests);
} finally {
  await session.close();
}
