import type { FindingRule, ReplacementOption, RuleExamples, RuleHit } from '../rule';
import type { Doc } from '../text/doc';
import type { Range } from '../types';
import { firstReached } from '../text/halving';
import { allMatches, startsSentence } from '../text/match';
import { IN_SENTENCE, rx } from '../text/vocab';
import { findPhrases } from './phrase-helpers';

const SAY_WHAT_YOU_NEED = [{ label: 'State the requirement', text: 'Please include [X] in your proposal.' }];

/**
 * A threat said as the rule it enforces, in the sentence's own words: "Late bids will be rejected" → "Late bids will
 * not be considered". (A sentence put in its place read "Late Please include [X] in your proposal..")
 */
function notConsidered(matched: string): ReplacementOption[] {
  const threat = /\b(will be|gets?|are|is)\s+(?:(?:immediately|automatically)\s+)?\w+$/i.exec(matched);
  if (!threat) return SAY_WHAT_YOU_NEED;
  const verb = threat[1]!.toLowerCase();
  const head = matched.slice(0, threat.index);
  const says = verb === 'are' || verb === 'is' ? `${verb} not considered` : 'will not be considered';
  return [{ label: 'Say what is not considered', text: `${matched === matched.toUpperCase() ? head.toLowerCase() : head}${says}` }];
}

/**
 * A gate turned round into an invitation: "If you cannot do it in a day, do not apply" and "Don't apply if you can't
 * follow instructions" → "Apply only if you can …". A condition holding a negation of its own ("if you dont know if dont
 * bother") is left to the plain request.
 */
function applyOnlyIf(matched: string): ReplacementOption[] {
  const gate =
    /^if you (can['’]?t|cannot|don['’]?t|do not)\b(.*?)[\s,]*(?:(?:then|please)\s+)*(?:don['’]?t|do not) (?:apply|bother|waste)(?:\s+(?:applying|to apply|(?:my|our) time))?$/i.exec(matched) ??
    /^(?:don['’]?t|do not)\s+apply\s+if\s+you\s+(can['’]?t|cannot|won['’]?t|will not|are not able to|aren['’]?t able to)\b(.*)$/i.exec(matched);
  if (!gate || /\b(?:not|no|never)\b|n['’]?t\b/i.test(gate[2]!)) return SAY_WHAT_YOU_NEED;
  const negated = gate[1]!.toLowerCase();
  const affirmed = /^(?:can|cannot)/.test(negated) ? 'can' : /^(?:won|will)/.test(negated) ? 'will' : /^are/.test(negated) ? 'are able to' : '';
  return [{ label: 'Say who should apply', text: `apply only if you${affirmed ? ` ${affirmed}` : ''}${gate[2]!.replace(/\s+$/, '')}` }];
}

const PATTERNS = [
  { re: rx(String.raw`\bno (?:time[- ]?wasters|timewasters|scammers|spammers|copy[- ]paste (?:proposals|bids|answers)|bots)\b`), replacements: SAY_WHAT_YOU_NEED },
  // who is not wanted, said as who is
  { re: rx(String.raw`\bno agencies\b`), replacements: [{ label: 'Say who you want', text: 'independent freelancers only' }] },
  { re: rx(String.raw`\bno (?:beginners|newbies|amateurs)\b`), replacements: [{ label: 'Say what experience you need', text: 'at least [N] years of [skill] experience' }] },
  { re: rx(String.raw`\b(?:scammers?|spammers?|fakes?|cheaters?)\b${IN_SENTENCE}{0,30}\b(?:will be|get|are)\s+(?:reported|blocked|banned|flagged|ignored)\b`), replacements: SAY_WHAT_YOU_NEED },
  { re: rx(String.raw`\b(?:don'?t|do not)\s+(?:bother|waste (?:my|our) time|even (?:bother|apply|think))\b(?:\s+(?:applying|to apply))?`), replacements: SAY_WHAT_YOU_NEED },
  { re: rx(String.raw`\b(?:(?:serious|genuine|real|qualified) (?:applicants|freelancers|people|candidates|bidders|inquiries) only|only serious (?:applicants|freelancers|people|candidates|bidders))\b`), replacements: SAY_WHAT_YOU_NEED },
  // threats to applicants, not product behaviour ("if the payment is rejected")
  { re: rx(String.raw`\b(?:proposals?|applications?|bids?|applicants?|responses?|messages?|copy[- ]paste\w*|generic|ai[- ]generated|chat ?gpt)\b${IN_SENTENCE}{0,40}\b(?:will be|get|are|is)\s+(?:immediately\s+|automatically\s+)?(?:ignored|rejected|reported|declined|blocked|deleted)\b`), replacements: notConsidered },
  { re: rx(String.raw`\bif you (?:can'?t|cannot|don'?t|do not)\b${IN_SENTENCE}{0,50}\b(?:don'?t apply|do not apply|don'?t bother|do not bother|don'?t waste)\b(?:\s+(?:my|our)\s+time\b)?`), replacements: applyOnlyIf },
  // …and the same gate the other way round: "Don't apply if you can't follow instructions"
  { re: rx(String.raw`\b(?:don'?t|do not)\s+apply\s+if\s+you\s+(?:can'?t|cannot|won'?t|will not|are not able to|aren'?t able to)\b[^.!?\n,;]{0,40}`), replacements: applyOnlyIf },
];

/** Acronyms that are written in capitals and are not shouting. */
const ACRONYM = /^(?:[A-Z]{2,5}|[A-Z]+\d+|\d+[A-Z]+)$/;
/** Words that make a run of capitals a sentence said to the reader: "YOU MUST", "DO NOT", "PLEASE READ". */
const SHOUTED = /^(?:YOU|YOUR|YOU['’]LL|YOU['’]RE|MUST|DO|DON['’]?T|NOT|NO|NEVER|WILL|WON['’]?T|PLEASE|NEED|ONLY|IF|READ|APPLY|SEND|WE|I|I['’]M|ME|MY|IS|ARE|BE|CAN|CAN['’]?T|SHOULD|ALWAYS|ANY|WANT|HAVE|HAS|STOP|SURE|IGNORED|REJECTED|BLOCKED|REPORTED)$/;
/** Words of two or more capitals, or the pronoun "I" before one ("URGENT!!! I NEED HELP" is one run). */
const CAPS_WORD = String.raw`(?:[A-Z][A-Z'’!]+|I(?=[ \t]+[A-Z][A-Z'’!]+))`;
const CAPS_RUN = new RegExp(String.raw`\b${CAPS_WORD}(?:[ \t]+${CAPS_WORD}){2,}\b`, 'g');

/**
 * Shouted text in sentence case: lower case but a sentence's first letter and the pronoun "I"
 * ("URGENT!!! I NEED HELP" → "Urgent!!! I need help"); the first letter stays a capital only when
 * the text starts a sentence ("I AM SERIOUS ABOUT DEADLINES" is shouted from "AM" on).
 */
export function sentenceCase(text: string, atSentenceStart: boolean): string {
  return text
    .toLowerCase()
    .replace(/(^|[.!?]\s+)(\p{Ll})/gu, (_, before: string, letter: string) => (before === '' && !atSentenceStart ? letter : before + letter.toUpperCase()))
    .replace(/\bi\b(?=$|\s|['’])/g, 'I');
}

/** A run of capitals up to the link it runs into ("MY WEBSITE FOR EXAMPLE.COM"): its rewrite would cut the address. */
function beforeLink(run: string, at: number, links: readonly Range[]): string {
  // (links are in text order: the first that ends after the run's start is found by halving)
  const link = links[firstReached(links.length, (k) => links[k]!.end > at)];
  return link && link.start < at + run.length ? run.slice(0, Math.max(0, link.start - at)).trimEnd() : run;
}

/** Three or more capitalised words in a row, at least one too long to be an acronym. */
function shouting(doc: Doc): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const part of ['title', 'description'] as const) {
    const text = doc.text(part);
    for (const found of allMatches(CAPS_RUN, text)) {
      const at = found.index;
      // (the links are found only for a draft with a run of capitals: most have none)
      const run = beforeLink(found[0], at, doc.links(part));
      const words = run.split(/\s+/);
      if (words.length < 3) continue;
      if (words.every((w) => ACRONYM.test(w.replace(/[!'’]/g, '')))) continue;
      // A line (or title) in capitals is a heading, not shouting, unless it exclaims.
      const lineStart = text.lastIndexOf('\n', at) + 1;
      const lineEndAt = text.indexOf('\n', at);
      const line = text.slice(lineStart, lineEndAt === -1 ? text.length : lineEndAt).replace(/[\s:.*#_-]+/g, ' ').trim();
      if (line === run.replace(/[\s:.*#_-]+/g, ' ').trim() && !run.includes('!')) continue;
      // Capitals with no word of address or command are a heading or a name run into the text
      // ("ROLES AND RESPONSIBILITIES Job description…", "AI CHAT WIDGET"), not shouting.
      if (!run.includes('!') && !words.some((w) => SHOUTED.test(w))) continue;
      hits.push({
        part,
        range: { start: at, end: at + run.length },
        messageId: 'shouting',
        data: { phrase: run },
        replacements: [{ label: 'Use normal case', text: sentenceCase(run, startsSentence(text, at)) }],
      });
    }
  }
  return hits;
}

export const hostileTone: FindingRule = {
  type: 'finding',
  meta: {
    id: 'hostile-tone',
    name: 'Hostile tone',
    level: 'warning',
    description: 'Flags hostile phrasing ("no time wasters", "don\'t bother applying", "scammers will be reported") and shouting in capitals.',
    why: 'Good freelancers have choices; a hostile post reads like a difficult client and they apply elsewhere.',
    seeds: '001 #5 (respect and reward good work)',
    messages: {
      default: '"{{phrase}}" sounds hostile: state the requirement instead.',
      shouting: 'Text in capitals reads as shouting.',
    },
  },
  check: ({ doc }) => [...findPhrases(doc, PATTERNS), ...shouting(doc)],
};

/** Drafts this check must flag, and drafts it must leave alone (run by test/unit/rules.test.ts). */
export const examples: RuleExamples = {
  fire: [
    // the typographic apostrophe most posts type
    { description: 'Don’t bother applying if you are new to React.' },
    { description: 'No time wasters. Build a landing page.', flags: ['No time wasters'] },
    { description: 'Build a landing page. No agencies, no beginners.', flags: ['No agencies', 'no beginners'] },
    { description: 'If you cannot do it in a day, do not apply.', flags: ['If you cannot do it in a day, do not apply'] },
    { description: 'Build a form. Don’t apply if you can’t follow instructions.', flags: ['Don’t apply if you can’t follow instructions'] },
    { description: 'Build a page. READ THE WHOLE POST BEFORE APPLYING or you will be ignored.', flags: ['READ THE WHOLE POST BEFORE APPLYING'] },
  ],
  pass: [
    { description: 'Please include the word "blue" in your proposal. We use AWS, GCP and SQL.' },
    { description: 'ABOUT THE PROJECT\nWe sell bikes.' },
    // a heading run into the text, and a feature named in capitals
    { description: 'We sell bikes. ROLES AND RESPONSIBILITIES Job description: build a shop.' },
    { description: 'Build the AI CHAT WIDGET for our site.' },
    // an invitation with a condition is no gate
    { description: 'Build a form. Apply if you can start on Monday.' },
  ],
};
