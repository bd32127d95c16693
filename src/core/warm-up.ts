/**
 * Warming the engine up before the first real draft.
 *
 * The first analysis in a fresh JavaScript context costs tens of times a warm one (130–220 ms in
 * Chromium 156 against 1–3 ms warm; `npm run bench` times it in fresh Node processes, and
 * `npm run bench:browser` the first check of a pasted draft on a cold worker and on a warmed
 * one): each check's patterns are joined and compiled by the regex engine on first use (their
 * first words come from a table, word-keys-table.ts), and the engine's own functions are compiled
 * by the JIT. The background's service worker is a fresh context every time the browser starts it
 * again, so it analyses these made-up posts while nobody waits for the answer, and the draft the
 * user is typing is checked warm.
 */
import { analyze, type AnalyzeOptions } from './analyze';
import { BUILT_IN_RULES } from './registry';
import { compileUnrunUnions } from './text/match';
import type { Draft } from './types';

/**
 * A made-up post with something for every check to find: each section check finds its evidence
 * in it, and each phrase check fires on it but the three its other sentences rightly silence (a
 * deadline is given, it is long, its scope is stated); the unit tests hold it to that. So every
 * check's patterns are compiled and run once.
 */
export const WARM_UP_DRAFT: Readonly<Draft> = {
  title: 'Rockstar ninja needed ASAP for a quick and simple Shopify fix',
  description: [
    'We are a small family bakery in Leeds, and our current website runs on WordPress and is slow on phones.',
    'Deliverables: a 5-page Shopify store with online ordering, a menu page and a contact form, etc.',
    'Done means every page loads in under 2 seconds and matches our Figma design pixel-perfect.',
    'Lowest bid wins, so quote your cheapest price. You will also handle our logo design, SEO marketing and video editing, and any other tasks as needed.',
    'Please share your portfolio with links to two similar stores you built.',
    'We would like weekly updates on Slack and a kickoff call on Zoom; we are in the UK time zone.',
    'The budget is $5,000 fixed price and the work must be finished within 2 weeks.',
    'Email me at owner@example.com or WhatsApp +44 7700 900123. NO TIME WASTERS!',
    'You must complete a free test task first. It should only take 5 minutes for someone good.',
  ].join('\n'),
};

/**
 * The warm-up draft, and the same as V8 stores a text with a character beyond Latin-1 (a typographic apostrophe, as in a
 * third of the corpus's posts): two bytes a character. A regex's machine code is compiled for one storage or the other, so
 * after the one-byte draft alone the first such post still waited for every check's patterns to be compiled again (82 ms
 * in Node; 47–88 ms in Chromium 156, 3–6 ms after both drafts).
 */
export const WARM_UP_DRAFTS: ReadonlyArray<Readonly<Draft>> = [
  WARM_UP_DRAFT,
  { ...WARM_UP_DRAFT, description: WARM_UP_DRAFT.description.replace('We are a small', 'We’re a small') },
];

/** One step of the warm-up: a draft and the options to analyse it with. */
export interface WarmUpStep {
  draft: Readonly<Draft>;
  options: AnalyzeOptions;
}

/**
 * The warm-up in steps a surface can run one task at a time, so a draft the user pastes meanwhile
 * waits for one step, not for the whole warm-up (the longest 27–54 ms in Chromium 156, the whole
 * 180–250 ms): for each draft, each check alone (its patterns compiled in a step of its own), then
 * the draft whole (what the checks share, and the checks that read the checklist the section
 * checks decide).
 */
export function warmUpSteps(): WarmUpStep[] {
  const ids = BUILT_IN_RULES.map((rule) => rule.meta.id);
  const only = (id: string): AnalyzeOptions => ({ rules: Object.fromEntries(ids.filter((other) => other !== id).map((other) => [other, { enabled: false }])) });
  return WARM_UP_DRAFTS.flatMap((draft) => [...ids.map((id) => ({ draft, options: only(id) })), { draft, options: {} }]);
}

/**
 * The warm-up steps as tasks for a scheduler (the worker's, the popup's idle callbacks), and last the compilation of the
 * pattern groups no warm-up draft ran (`compileUnrunUnions`).
 */
export function warmUpTasks(): Array<() => void> {
  return [...warmUpSteps().map(({ draft, options }) => () => void analyze(draft, options)), () => void compileUnrunUnions()];
}

/** Analyse the warm-up drafts, so that the next analysis runs warm whatever its text holds. */
export function warmUp(): void {
  for (const task of warmUpTasks()) task();
}
