import type { FindingRule, RuleExamples } from '../rule';
import type { Doc } from '../text/doc';
import { scan } from '../text/match';
import { hoursPer, rx } from '../text/vocab';
import { deliverablesEvidence } from './missing-deliverables';

/** What sizes the work: counts of things, lists of items, or fixed hours. */
const SIZE = [
  rx(String.raw`\b\d[\d,]*\+?[ \t]*(?:\w[\w-]*[ \t]+){0,2}(?:pages?|screens?|articles?|posts?|videos?|words?|minutes?|products?|items?|listings?|images?|photos?|designs?|logos?|slides?|hours?|hrs?|leads?|records?|rows?|emails?|templates?|features?|endpoints?|files?|documents?|questions?|chapters?|levels?|characters?|assets?)\b`),
  // (weekly hours make the work estimable on their own: `WEEKLY_HOURS`)
  rx(hoursPer('day')),
  rx(String.raw`\b\d+-(?:page|word|minute|second|screen|slide|item|product)\b`),
];
/** Stated weekly hours: "20 hours per week", "7 hrs or so per week". */
const WEEKLY_HOURS = [
  rx(hoursPer('week|wk')),
];
const LIST_ITEM = /^[ \t]*(?:[-*•●▪◦✓✔]|\d+[.)])[ \t]+\S/gm;

export const vagueScope: FindingRule = {
  type: 'finding',
  meta: {
    id: 'vague-scope',
    level: 'warning',
    description: 'Flags a post from which an experienced freelancer could not estimate the size of the work.',
    why: 'When the size cannot be estimated, quotes are guesses: careful freelancers skip the post or pad their price.',
    seeds: '000 "a few lines… ask for a quote"; 002 "Not Knowing What You Want"',
    messages: { default: 'The size of the work cannot be estimated: say what exactly is to be done and how much of it.' },
  },
  check: ({ doc }) => (isVague(doc) ? [{ insert: { label: 'Add scope', text: 'Scope: [what exactly is to be built or done], [how much: N pages / N items / N hours per week], [what is out of scope].' } }] : []),
};


/**
 * With no concrete deliverable the work cannot be sized, unless the post fixes weekly hours
 * (LABELS.md: "fixed weekly hours with the kind of work stated but no duration is 0"), or fixes
 * a size (a count) and lists the work item by item. Measured on the labelled posts, this beats
 * also accepting a deliverable without a size: the labels treat a named deliverable as sizeable;
 * and "full-time" alone does not fix the work the way stated hours do (kappa 0.620 against 0.584).
 */
function isVague(doc: Doc): boolean {
  if (deliverablesEvidence(doc).length > 0) return false;
  if (scan(doc, WEEKLY_HOURS, { limit: 1 }).length > 0) return false;
  const sized = scan(doc, SIZE, { limit: 1 }).length > 0;
  LIST_ITEM.lastIndex = 0;
  const listItems = doc.description.match(LIST_ITEM)?.length ?? 0;
  return !(sized && listItems >= 3);
}

/** Drafts this check must flag, and drafts it must leave alone (run by test/unit/rules.test.ts). */
export const examples: RuleExamples = {
  fire: [
    { description: 'Need a developer to help with my website. Send your rate.' },
    { title: 'Data analyst', description: 'Looking for a data analyst for ongoing work.' },
    // a salary on one line and "Working Hours" on the next are no number of hours
    { description: 'Salary: 80,000 PKR\nWorking Hours: 3 PM - 12 AM\n\nDuties:\n- Work on web apps\n- Handle bugs\n- Join meetings' },
  ],
  pass: [
    { description: 'Convert this 10-page PDF to Word, keep formatting.' },
    { description: 'Write 10 articles of 1,000 words each about home gardening for our blog.' },
    // fixed weekly hours and the kind of work (LABELS.md's convention)
    { title: 'Transcription assistant', description: 'Transcribe our podcast interviews, 15 hours per week.' },
  ],
};
