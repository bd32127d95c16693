/**
 * Warming the engine up before the first real draft.
 *
 * The first analysis in a fresh JavaScript context costs tens of times a warm one (about 95 ms
 * against 1–3 ms in Node; in the extension `npm run bench:browser` times the first check of a
 * pasted draft on a cold worker and on a warmed one): each check's patterns are joined and
 * compiled by the regex engine on first use (their first words come from a table,
 * word-keys-table.ts), and the engine's own functions are compiled by the JIT. The background's service worker
 * is a fresh context every time the browser starts it again, so it analyses this made-up post
 * while nobody waits for the answer, and the draft the user is typing is checked warm.
 */
import { analyze } from './analyze';
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

/** Analyse `WARM_UP_DRAFT` once, so that the next analysis runs warm. */
export function warmUp(): void {
  analyze(WARM_UP_DRAFT);
}
