import type { FindingRule, ReplacementOption, RuleExamples } from '../rule';
import { usedAffirmatively } from '../text/match';
import { rx } from '../text/vocab';
import { timelineEvidence } from './missing-timeline';
import { findPhrases } from './phrase-helpers';

const GIVE_A_DATE = [{ label: 'Give a date', text: 'by [date]' }, { label: 'Give a duration', text: 'within [N] days' }];

/**
 * "urgent" said of a thing becomes when the thing is due ("this urgent task" → "this task due by [date]"), where a date
 * in its place read "this by [date] task"; "urgently" before the verb of a "to" goes after it ("to urgently review our
 * rules" → "to review by [date] our rules"), where it read "to by [date] review".
 */
function dueBy(matched: string): ReplacementOption[] {
  const thing = /^urgent[ \t]+(.+)$/i.exec(matched)?.[1];
  if (thing) return GIVE_A_DATE.map((o) => ({ label: o.label, text: `${thing} due ${o.text}` }));
  const verb = /^urgently[ \t]+(.+)$/i.exec(matched)?.[1];
  return verb ? GIVE_A_DATE.map((o) => ({ label: o.label, text: `${verb} ${o.text}` })) : GIVE_A_DATE;
}

const PATTERNS = [
  // a noun phrase: "hoping for a quick turnaround", "we are on a tight deadline"
  { re: rx(String.raw`\b(?:quick|fast|rapid) turn-?around(?: times?)?\b`), replacements: [{ label: 'Give a date', text: 'delivery by [date]' }, { label: 'Give a duration', text: 'delivery within [N] days' }] },
  { re: rx(String.raw`\btight deadlines?\b`), replacements: [{ label: 'Give a date', text: 'deadline of [date]' }] },
  { re: rx(String.raw`\b(?:asap|a\.s\.a\.p\.?|as soon as possible|urgent(?:ly(?:[ \t]+[a-z]+\b(?<=\bto[ \t]+urgently[ \t]+[a-z]+))?|[ \t]+(?:task|fix|project|job|issue|bug|work|update|change)s?)?|right away|immediately|right now|yesterday|soon(?!\s+as\b))\b`), replacements: dueBy },  // speed wanted of the work itself: "Need it fast", "want this done quickly" (it starts at the adverb, rarer than "need",
  // and looks back; not "fast loading pages")
  { re: rx(String.raw`\b(?:fast|quickly)\b(?<=\b(?:need|needs|needed|want|wants|wanted)\s+(?:it|this|them|these|that)(?:\s+(?:done|delivered|finished|completed|ready|fixed))?\s+(?:very\s+|really\s+)?(?:fast|quickly))`), replacements: GIVE_A_DATE },
];
/** Words that are a deadline only when they say when the work is wanted (see `accept`). */
const WHEN_WANTED = /^(?:right away|immediately|right now|yesterday)$/i;
/** "need it done soon", "start on this soon"; not "we'll be starting soon", "hope to work with you soon". */
const SOON_WANTED = /\b(?:need(?:ed)?|want(?:ed)?|start|begin|done|finish(?:ed)?|completed?|delivered|ready)(?:\s+[\w'’]+){0,3}\s+$/i;
/** "can deliver under tight deadlines", "able to meet tight deadlines": asked of the applicant, not a date. */
const DEADLINES_IN_GENERAL = /\b(?:under|meet(?:ing)?|handle|handling|manage|managing|with|to)\s+(?:very\s+)?$/i;
/** "need it right now", "start immediately", "available right away", "Immediately need a…". */
const WANTED_BEFORE = /\b(?:need(?:ed|s)?|want(?:ed)?|start(?:s|ed|ing)?|begin(?:ning)?|available|availability|done|finish(?:ed)?|completed?|fix(?:ed)?|hire|hiring|looking for|ready|work(?:ing)? on (?:it|this))\b[^.!?\n]{0,45}$/i;
const WANTED_AFTER = /^[^.!?\n]{0,20}\b(?:need(?:ed)?|hiring|start)\b/i;
/** "Right now(,) it only searches by street", "Right now, admins can…". */
const HOW_THINGS_ARE = /^,?\s+(?:it|its|it['’]s|we|we['’]re|i|i['’]m|they|there|the|our|my|this|all|admins?|users?)\b/i;
/** The client's own answer, not the work: "we'll get back to you ASAP", "I will reply as soon as possible". */
const CLIENT_REPLIES = /\b(?:(?:get back|reply|respond|write back)\s+to|answer|contact|reach out to|be in touch with|hear from)\s+(?:you|u|them|applicants)\b[^.!?\n]{0,20}$|\b(?:i|we)(?:['’]ll|\s+will)\s+(?:reply|respond|answer|be in touch)\b[^.!?\n]{0,20}$/i;
/** "I can pay the money immediately". */
const PAYING = /\b(?:pay|paid|paypal|payment|money|release)\b[^.!?\n]{0,25}$/i;

/**
 * "ASAP", "urgent" and "quick turnaround" always. "Right now", "immediately" and the like only next
 * to wanting, starting or finishing the work: not "Right now, admins can pin a post" (how things
 * are), "I can pay immediately", "we'll get back to you ASAP" or "proposals will be ignored immediately"; "soon" only right
 * after it; "tight deadline" not when it is asked of the applicant in general.
 */
function accept(text: string, start: number, end: number): boolean {
  if (!usedAffirmatively(text, start, end)) return false;
  const phrase = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 60), start);
  if (CLIENT_REPLIES.test(before)) return false;
  if (/^soon$/i.test(phrase)) return SOON_WANTED.test(before);
  if (/^tight/i.test(phrase)) return !DEADLINES_IN_GENERAL.test(before);
  if (!WHEN_WANTED.test(phrase)) return true;
  const after = text.slice(end, end + 30);
  if (HOW_THINGS_ARE.test(after) || PAYING.test(before)) return false;
  return WANTED_BEFORE.test(before) || WANTED_AFTER.test(after);
}

export const asapDeadline: FindingRule = {
  type: 'finding',
  meta: {
    id: 'asap-deadline',
    name: '“ASAP” instead of a date',
    level: 'suggestion',
    description: 'Flags "ASAP", "urgent", "right away", "soon" or "quick turnaround" in a post that gives no date or duration.',
    why: '"ASAP" means something different to every freelancer; a date lets them say honestly whether they can make it.',
    seeds: '001 #3, 003',
    messages: { default: '"{{phrase}}" gives no date: say by when.' },
  },
  check: ({ doc }) => {
    const hits = findPhrases(doc, PATTERNS, { accept });
    return hits.length > 0 && timelineEvidence(doc).length === 0 ? hits : [];
  },
};

/** Drafts this check must flag, and drafts it must leave alone (run by test/unit/rules.test.ts). */
export const examples: RuleExamples = {
  fire: [
    { description: 'Need this landing page done ASAP.', flags: ['ASAP'] },
    { title: 'URGENT: fix my checkout', description: 'The checkout is broken.', flags: ['URGENT'] },
    { description: 'I need this done right away.', flags: ['right away'] },
    { description: 'Only apply if you can start immediately.', flags: ['immediately'] },
    { description: 'I need it done soon. We are on a tight deadline.', flags: ['soon', 'tight deadline'] },
    { description: 'Edit a 30-second ad. Looking for a quick turnaround.', flags: ['quick turnaround'] },
    { description: 'Scrape listings into a spreadsheet. Need it fast.', flags: ['fast'] },
    { description: 'We want this done really quickly.', flags: ['quickly'] },
    // the verb goes with "urgently", so that the date can follow it
    { description: 'We need a designer to urgently redraw our bakery logo.', flags: ['urgently redraw'] },
  ],
  pass: [
    // the client's own reply, not the work's date
    { description: 'Build a landing page. Send your portfolio and we will get back to you ASAP.' },
    { description: 'This is not ASAP; quality matters more.' },
    { description: 'Needed ASAP, by March 10 at the latest.' },
    // speed of the product, not of the work
    { description: 'We need fast loading pages and a site that works quickly on mobile.' },
    // speed asked of the applicant in general, not a date for this work
    { description: 'Build the app. Only apply if you can deliver fast, high-quality work.' },
    // how things are now, paying, and what the product does are not deadlines
    { description: 'Fix the search. Right now it only searches by street name.' },
    { description: 'I can pay immediately after delivery.' },
    { description: 'Fix post pinning. Right now, admins can pin a post but not unpin it.' },
    { description: 'Add a button so new commands run immediately.' },
    // "soon" that is not when the work is wanted, and deadlines asked of the applicant in general
    { description: 'Edit our videos. Hope to work with you soon.' },
    { description: 'Edit our videos. You can deliver high-quality work under tight deadlines.' },
  ],
};
