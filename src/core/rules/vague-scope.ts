import { holds, lengthSignal } from '../model/linear';
import type { FindingRule, RuleExamples } from '../rule';
import type { Doc } from '../text/doc';
import { scan } from '../text/match';
import { hoursPer, rx } from '../text/vocab';
import { deliverablesEvidence } from './missing-deliverables';

/** Hours of a working day: "9 am to 5 pm", "18:00–23:00". */
const SHIFT = String.raw`\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s*(?:-|–|to)\s*\d{1,2}(?::\d{2})?\s*(?:am|pm)?\b`;

/** Things whose count sizes the work: "12 pages", "two levels". */
const COUNTED = String.raw`(?:pages?|screens?|articles?|posts?|videos?|products?|items?|listings?|images?|photos?|designs?|logos?|slides?|leads?|records?|rows?|emails?|templates?|features?|endpoints?|files?|documents?|questions?|chapters?|levels?|characters?|assets?)`;

/** What sizes the work: counts of things, lists of items, or fixed hours. */
const SIZE = [
  rx(String.raw`\b\d[\d,]*\+?[ \t]*(?:\w[\w-]*[ \t]+){0,2}(?:${COUNTED}|words?|minutes?|hours?|hrs?)\b`),
  // a count in words of things to make: "build two levels" (not of hours: "five working hours overlap" is a time zone)
  rx(String.raw`\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)[ \t]+(?:\w[\w-]*[ \t]+){0,2}${COUNTED}\b`),
  // (weekly hours make the work estimable on their own: `WEEKLY_HOURS`)
  rx(hoursPer('day')),
  rx(String.raw`\b\d+-(?:page|word|minute|second|screen|slide|item|product)\b`),
];
/**
 * Stated weekly or monthly hours: "20 hours per week", "7 hrs or so per week", "6–8 hours a month", sessions of a stated
 * length, or a shift and its days: "18:00–23:00 CET, 5 days a week", "Monday to Friday, 8 am to 4 pm".
 */
const WEEKLY_HOURS = [
  rx(hoursPer('week|wk|month')),
  // sessions of a stated length: "two 1-hour online sessions a week", "3 x 45-minute lessons per week"
  rx(String.raw`\b(?:\d+|one|two|three|four|five)[ \t]*(?:x[ \t]*)?(?:\d+(?:\.\d+)?|one|two|an?)[- \t](?:hours?|hrs?|minutes?|mins?)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:sessions?|lessons?|classes|calls?|meetings?|shifts?)[ \t]+(?:a|per|each|every|/)[ \t]*(?:week|month)\b`),
  rx(String.raw`\b${SHIFT}[^.!?\n]{0,40}\b(?:\d|two|three|four|five|six)\s+days?\s+(?:a|per|/)\s*week\b|\b(?:mon(?:day)?)\s*(?:-|–|to|through)\s*(?:fri(?:day)?|sat(?:urday)?)\b[^.!?\n]{0,30}\b${SHIFT}`),
];
const LIST_ITEM = /^[ \t]*(?:[-*•●▪◦✓✔]|\d+[.)])[ \t]+\S/gm;

/** What the learned judgement reads besides the words: the phrase rules' deliverables and verdict (`model/linear.ts`). */
export function vagueScopeSignals(doc: Doc): number[] {
  const deliverables = deliverablesEvidence(doc);
  return [deliverables.length > 0 ? 1 : 0, Math.log1p(deliverables.length), isVague(doc) ? 1 : 0, lengthSignal(doc)];
}

export const vagueScope: FindingRule = {
  type: 'finding',
  meta: {
    id: 'vague-scope',
    name: 'Size of the work unclear',
    level: 'warning',
    description: 'Flags a post from which an experienced freelancer could not estimate the size of the work.',
    why: 'When the size cannot be estimated, quotes are guesses: careful freelancers skip the post or pad their price.',
    seeds: '000 "a few lines… ask for a quote"; 002 "Not Knowing What You Want"',
    messages: { default: 'The size of the work cannot be estimated: say what exactly is to be done and how much of it.' },
  },
  check: ({ doc }) => (holds('vagueScope', doc, vagueScopeSignals(doc)) ? [{ insert: { label: 'Add scope', text: 'Scope: [what exactly is to be built or done], [how much: N pages / N items / N hours per week], [what is out of scope].' } }] : []),
};

/**
 * A job ad's account of the person's part ("You will work closely with our team to…", "You'll be
 * responsible for…", "You will collaborate with…"): the post describes a role, and a role's work
 * is what the client hands it from week to week (LABELS.md: "a role whose actual work is undefined
 * stays 1"), even when an app or a feature is named beside it.
 */
const ROLE = [
  rx(String.raw`\byou(?:'ll| will)\s+(?:be\s+)?(?:work(?:ing)?\s+(?:(?:closely|directly|together)\s+)?(?:with|alongside|on)\b|collaborat\w*|responsible for|help(?:ing)?\s+(?:us|our|the)\b|support(?:ing)?\s+(?:us|our|the)\b|assist(?:ing)?\s+(?:us|our|the)\b)`),
];

/**
 * The phrase rules' verdict, which the learned judgement weighs with the post's words
 * (`vagueScopeSignals`). The work can be sized when the post fixes weekly hours (LABELS.md: "fixed
 * weekly hours with the kind of work stated but no duration is 0"). Otherwise, with no concrete
 * deliverable it cannot, unless the post fixes a size (a count) and lists the work item by item;
 * and with one it can, unless the post is written as a role (`ROLE`) with no size. Measured on the
 * labelled posts: accepting a deliverable without a size beats asking for one (the labels treat a
 * named deliverable as sizeable), except in a role's ad, where 5 of the 5 unsized dev posts are
 * labelled vague (32% of the other posts with a deliverable are); and "full-time" alone does not
 * fix the work the way stated hours do.
 */
function isVague(doc: Doc): boolean {
  const found = (patterns: readonly RegExp[]) => scan(doc, patterns, { limit: 1 }).length > 0;
  if (deliverablesEvidence(doc).length > 0) return found(ROLE) && !found(WEEKLY_HOURS) && !found(SIZE);
  if (found(WEEKLY_HOURS)) return false;
  LIST_ITEM.lastIndex = 0;
  const listItems = doc.description.match(LIST_ITEM)?.length ?? 0;
  return !(listItems >= 3 && found(SIZE));
}

/** Drafts this check must flag, and drafts it must leave alone (run by test/unit/rules.test.ts). */
export const examples: RuleExamples = {
  fire: [
    { description: 'Need a developer to help with my website. Send your rate.' },
    { title: 'Data analyst', description: 'Looking for a data analyst for ongoing work.' },
    // a salary on one line and "Working Hours" on the next are no number of hours
    { description: 'Salary: 80,000 PKR\nWorking Hours: 3 PM - 12 AM\n\nDuties:\n- Work on web apps\n- Handle bugs\n- Join meetings' },
    // a role's ad names an app, but not how much of it: the role decides the work
    { description: 'We are seeking a developer to create a booking app for our salon. You will work closely with our team to ship new features.' },
  ],
  pass: [
    { description: 'Convert this 10-page PDF to Word, keep formatting.' },
    { description: 'Write 10 articles of 1,000 words each about home gardening for our blog.' },
    // fixed weekly hours and the kind of work (LABELS.md's convention)
    { title: 'Transcription assistant', description: 'Transcribe our podcast interviews, 15 hours per week.' },
    // sessions of a stated length, as many a week
    { title: 'Maths tutor', description: 'Looking for a tutor for two 1-hour online sessions a week until his exams in May.' },
    // a role's ad that sizes the work
    { description: 'Create a booking app with 12 screens for our salon. You will work closely with our designer.' },
    // a deliverable without the words of a role
    { description: 'We need a developer to create a booking app for our salon with online payments.' },
  ],
};
