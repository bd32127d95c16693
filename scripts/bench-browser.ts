/**
 * The content script's speed in a real browser: the built extension in Chromium on the practice
 * composer, a 1,000-word draft, 200 characters typed. Prints p50/p95 of the time from each input
 * event to the underlines moving with the text and to the findings including it (a run that read
 * the text after the input: the figure held to the 30 ms target), the time of one run (text read,
 * engine in the background, paint), any long task on the page, and the content script's size.
 *   npm run bench:browser            (BENCH_TRACE=1 also lists the slowest keystrokes and the updates around them)
 */
import { DIST, launchWithExtension, workerControl } from './browser';
import { CONTENT_SCRIPT_LIMIT, contentScriptBytes } from './content-size';

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

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

const session = await launchWithExtension();

/**
 * The first check of a draft pasted into an empty composer (read text → engine → paint), three
 * ways: on the worker the page woke when it opened (its engine warmed meanwhile); on a worker the
 * browser had stopped, woken by the paste itself (a cold engine); and on a stopped worker woken by
 * focusing the field first (warming while the user starts to type or paste).
 */
async function firstChecks(text: string): Promise<void> {
  const page = await session.page('plain.html');
  const field = page.locator('#description');
  const badge = page.locator('clearbrief-root >> [data-testid="clearbrief-badge"]');
  const worker = await workerControl(session, page);
  const engineWarm = () => session.worker.evaluate(() => (globalThis as { clearbriefEngineWarm?: boolean }).clearbriefEngineWarm === true);
  const stopWorker = async () => {
    await worker.stop();
    while (worker.status() !== 'stopped') await page.waitForTimeout(10);
  };
  /** Paste `text` (or clear the field) and wait for the check that read it; its run time. */
  const paste = async (value: string) => {
    await field.fill(value);
    await page.waitForFunction(
      ([el, length]) => Number((el as HTMLElement).dataset.analysedLength) === length,
      [await badge.elementHandle(), value.length] as const,
    );
    return Number(await badge.getAttribute('data-run-ms'));
  };
  await page.waitForFunction((el) => (el as HTMLElement).dataset.version !== undefined, await badge.elementHandle());
  while (!(await engineWarm())) await page.waitForTimeout(10);
  const warm = await paste(text);
  await paste('');
  await stopWorker();
  const cold = await paste(text);
  await paste('');
  await page.locator('#title').focus();
  await stopWorker();
  await field.focus();
  while (worker.status() !== 'running' || !(await engineWarm())) await page.waitForTimeout(10);
  const woken = await paste(text);
  console.log(`first check of a pasted draft (${text.length} characters): worker woken when the page opened ${warm.toFixed(1)} ms; worker woken by the paste itself (cold engine) ${cold.toFixed(1)} ms; worker woken by focusing the field ${woken.toFixed(1)} ms`);
  await page.close();
}
try {
  const page = await session.page('plain.html');
  const draft = draftOfWords(1000);
  await page.locator('#description').fill(draft);
  const badge = page.locator('clearbrief-root >> [data-testid="clearbrief-badge"]');
  await badge.waitFor();
  // Type into the draft once it is checked and the engine warm: the keystrokes time typing, not
  // the cold start (timed apart below) that the first of them would otherwise wait behind.
  await page.waitForFunction(([el, length]) => Number((el as HTMLElement).dataset.analysedLength) === length, [await badge.elementHandle(), draft.length] as const);
  while (!(await session.worker.evaluate(() => (globalThis as { clearbriefEngineWarm?: boolean }).clearbriefEngineWarm === true))) await page.waitForTimeout(10);
  await page.evaluate(() => {
    const state = { inputs: [] as number[], lengths: [] as number[], updates: [] as number[], analysed: [] as number[], runs: [] as number[], longTasks: [] as number[] };
    (window as unknown as { __bench: typeof state }).__bench = state;
    const field = document.querySelector('#description')!;
    // Capture on the window: this runs before any listener on the field, the content script's too.
    window.addEventListener('input', (e) => {
      if (e.target !== field) return;
      state.inputs.push(performance.now());
      state.lengths.push((field as HTMLTextAreaElement).value.length);
    }, true);
    const el = document.querySelector('clearbrief-root')!.shadowRoot!.querySelector<HTMLElement>('[data-testid="clearbrief-badge"]')!;
    new MutationObserver(() => {
      state.updates.push(performance.now());
      state.analysed.push(Number(el.dataset.analysedLength));
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
    const t = s as unknown as { analysed: number[]; lengths: number[] };
    return s.updates.length > 0 && t.analysed.at(-1)! >= t.lengths.at(-1)!;
  });
  const result = await page.evaluate(() => (window as unknown as { __bench: { inputs: number[]; lengths: number[]; updates: number[]; analysed: number[]; runs: number[]; longTasks: number[] } }).__bench);
  // Two clocks per keystroke: until the underlines move with the text (the findings it did not
  // touch, carried over), and until the findings include it (a run whose engine read the text
  // with that character in it: typing appends, so the analysed length tells).
  const aligned = result.inputs.map((t) => result.updates.find((u) => u >= t)! - t).filter((x) => Number.isFinite(x));
  const latencies = result.inputs.map((t, i) => result.updates.find((u, k) => u >= t && result.analysed[k]! >= result.lengths[i]!)! - t).filter((x) => Number.isFinite(x));
  const words = draft.split(/\s+/).length;
  console.log(`draft: ${words} words, ${draft.length} characters; typed ${typed.length} characters (${result.inputs.length} input events, ${result.updates.length} runs)`);
  console.log(`input → underlines moved with the text: p50 ${percentile(aligned, 50).toFixed(1)} ms, p95 ${percentile(aligned, 95).toFixed(1)} ms, max ${Math.max(...aligned).toFixed(1)} ms`);
  console.log(`input → findings that include it: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`);
  console.log(`one run (read text → engine in the background → paint): p50 ${percentile(result.runs, 50).toFixed(2)} ms, longest ${Math.max(...result.runs).toFixed(2)} ms`);
  console.log(`long tasks (≥ 50 ms) on the page while typing: ${result.longTasks.length}${result.longTasks.length ? `, longest ${Math.max(...result.longTasks).toFixed(0)} ms` : ''}`);
  const size = contentScriptBytes(DIST);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`content script on every composer page: ${kb(size.initialBytes)} minified (${size.initial.join(', ')})`);
  console.log(`loaded when a composer is found (the UI): ${kb(size.lazyBytes)} minified (${size.lazy.join(', ')})`);
  console.log(`content script in all (first chunk + UI): ${kb(size.initialBytes + size.lazyBytes)} minified, ${kb(size.gzip)} gzip (target ≤ ${kb(CONTENT_SCRIPT_LIMIT)}); the engine runs in the background`);
  if (process.env.BENCH_TRACE) {
    const t0 = result.inputs[0]!;
    const worst = latencies.map((l, i) => [l, i] as const).sort((a, b) => b[0] - a[0]).slice(0, 12);
    for (const [l, i] of worst) {
      const t = result.inputs[i]!;
      const near = result.updates.map((u, k) => [u - t0, result.analysed[k]!] as const).filter(([u]) => u >= t - t0 - 40 && u <= t - t0 + l + 5);
      console.log(`input ${i} at ${(t - t0).toFixed(0)}: ${l.toFixed(1)} ms; length ${result.lengths[i]}; updates (at, analysed length): ${near.map(([u, r]) => `${u.toFixed(0)},${r}`).join(' ')}`);
    }
  }
  if (process.env.BENCH_TRACE) console.log(result.runs.map((r, i) => `${(result.updates[i]! - result.inputs[0]!).toFixed(0)}:${r.toFixed(0)}`).join(" "));
  await firstChecks(SENTENCES.join(' '));
  if (session.requests.some((u) => !u.startsWith(session.server.origin))) console.log('WARNING: requests left the machine:', session.requests);
} finally {
  await session.close();
}
