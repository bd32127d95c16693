import type { FindingRule, ReplacementOption, RuleExamples } from '../rule';
import { rx } from '../text/vocab';
import { APPLICANT_QUALITY, isLedBy, ledBy, usedAffirmatively } from '../text/match';
import { findPhrases, type PhrasePattern } from './phrase-helpers';
import { determinerBefore } from './fit-helpers';

const NOUN = String.raw`(?:features?|pages?|changes?|things?|tasks?|work|help|updates?|fixes|improvements?|tweaks?|design|content|articles?|videos?|items?|bugs?|issues?|functionality|stuff|modifications?|adjustments?|edits?|screens?|sections?)`;

/** What cannot be counted: "some design" becomes "design ([what exactly, and how much])", not "[N] design". */
const MASS_NOUN = /^(?:work|help|design|content|functionality)$/i;

/** Count words with no count: "some", "a few", "a couple of". */
const QUANTITY = String.raw`(?:some|various|a few|several|a couple of|a bunch of|a lot of|lots of|many|multiple)`;
const LEADING_QUANTITY = new RegExp(String.raw`^${QUANTITY.replace(/ /g, String.raw`\s+`)}\s+`, 'i');

/** "some changes" → "[N] changes", "a few features" → "[N] features"; "some stuff" → "[name the items]". */
function quantityRewrite(match: string): ReplacementOption[] {
  const noun = match.replace(LEADING_QUANTITY, '');
  if (/^stuff$/i.test(noun)) return [{ label: 'Name the items', text: '[name the items]' }];
  if (MASS_NOUN.test(noun)) return [{ label: 'Say what and how much', text: `${noun} ([what exactly, and how much])` }];
  return [{ label: 'Give the number', text: `[N] ${noun}` }];
}

/** What follows an adjective that stands before its noun: another adjective joined to it ("and engaging", ", fast"), or a word that is no preposition. */
const ATTRIBUTIVE_AFTER = /^(?:,[ \t]*(?!(?:and|or|but|so|which|that)\b)\w|[ \t]+(?:and[ \t]+\w|(?!(?:for|to|in|on|with|by|and|or|so|as|but|when|if|that|which)\b)\w))/i;

/** An adjective joined to one before it: "smooth and [user-friendly]", "a sleek, [user-friendly]". */
const SECOND_ADJECTIVE = /(?:\band|\bor|\w,)[ \t]*$/i;

/** The last word of a phrase: the thing an adjective before it describes. */
const lastWord = (phrase: string) => /[\w/-]+$/.exec(phrase)![0];

/**
 * "user-friendly" (or "easy-to-use") made measurable, and said of a thing after the thing: "a user-friendly dashboard" → "a dashboard usable
 * by [who] …". The article before it stays, so a thing that would need "an" ("a interface") is sized before it instead.
 */
function usableBy(matched: string, around: { before: string; after: string }): ReplacementOption[] {
  const say = (text: string) => [{ label: 'Make it measurable', text }];
  // "easy-to-use" keeps its place and is measured in brackets: after "an", the thing moved before it read "an mobile app"
  const easy = /^easy-to-use\b\s*(.*)$/i.exec(matched);
  if (easy) {
    if (easy[1]) return say(`easy-to-use ${easy[1]} ([who] can [task] in [N] steps)`);
    return say(ATTRIBUTIVE_AFTER.test(around.after) ? 'easy-to-use ([who] can [task] in [N] steps)' : 'usable by [who] to [task] in [N] steps');
  }
  const thing = /^user[- ]friendly\s+(.+)$/i.exec(matched)?.[1];
  // (before a thing it does not name, still an adjective: "a user-friendly and engaging app" → "a [who]-friendly ([task]
  // in [N] steps) and engaging app")
  // (and one of two adjectives before the thing stays before it: "fast and user-friendly checkout")
  const second = SECOND_ADJECTIVE.test(around.before);
  if (!thing && (determinerBefore(around.before) || second) && ATTRIBUTIVE_AFTER.test(around.after)) return say('[who]-friendly ([task] in [N] steps)');
  if (!thing) return say('usable by [who] to [task] in [N] steps');
  if (second) return say(`[who]-friendly ([task] in [N] steps) ${thing}`);
  if (/^(?:manner|way)$/i.test(thing)) return say(`${thing} [who] can use to [task] in [N] steps`);
  if (/\ba[ \t]+$/i.test(around.before) && /^[aeiou]/i.test(thing)) return say(`[N]-step ${thing} that [who] can use to [task]`);
  return say(`${thing} usable by [who] to [task] in [N] steps`);
}

/** Ease of use said with no measure: "user-friendly", "easy-to-use". */
const EASE_OF_USE = String.raw`(?:user[- ]friendly|easy-to-use)`;
const EASE_OF_USE_AT_START = new RegExp(String.raw`^${EASE_OF_USE}\b`, 'i');

/** The styles a design is asked for in, with no reference to judge them by: "something modern and clean". */
const STYLE = String.raw`(?:modern|sleek|stylish|clean|beautiful|elegant|attractive|stunning|eye-catching|minimal(?:ist(?:ic)?)?|fresh|professional|premium|polished|trendy|classy)`;
/** …and how a thing should look, where "nice", "cool" and "amazing" say the same ("something cool you made" is not about looks). */
const LOOK = String.raw`(?:${STYLE}|nice|cool|amazing|awesome|gorgeous|fantastic|incredible)`;

const PATTERNS: PhrasePattern[] = [
  { re: rx(String.raw`\b(?:etc\.?|and so on|and so forth|and the like)(?=\W|$)`), replacements: [{ label: 'List the rest', text: 'and [name the remaining items]' }, { label: 'Remove', text: '' }], removal: 'tail' },
  { re: rx(String.raw`\bsomething (?:like|similar to)\b`), replacements: [{ label: 'Point at references', text: 'in the style of [2–3 reference links]' }] },
  // (a list of its own, narrower than STYLE: before a noun "professional" is the person, "a professional UI/UX
  // designer", and "fresh UI", "minimalist interface" are as often what exists or a spec; measured, the STYLE list here
  // added 26 corpus findings, a third of them wrong)
  // (the thing it describes is taken too: "a modern website" → "a website in the style of […]", where the rewrite in the
  // adjective's place read "a in the style of […] website")
  { re: rx(String.raw`\b(?:modern|sleek|clean|beautiful|nice|cool|attractive|stunning|eye-catching|good-looking|professional[- ]looking)(?:\s+and\s+\w+)?\s+(?:looking\s+[\w-]+|(?:look|design|website|site|app|ui(?:\/ux)?|layout|logo|style|interface|feel)\b)`), replacements: (matched: string) => [{ label: 'Point at references', text: `${lastWord(matched)} in the style of [2–3 reference sites]` }] },
  // the same said of how the thing should look: "make the site look more modern and professional"
  { re: rx(String.raw`\b(?:look|looks|feel|feels)\s+(?:more\s+|very\s+|really\s+)?(?:${LOOK}|better)\b(?:\s+and\s+(?:more\s+)?${LOOK}\b)?`), replacements: [{ label: 'Point at references', text: 'look like [2–3 reference sites]' }] },
  // a style with no reference: "something modern, clean and unique" (not a portfolio "clean & easy to review")
  { re: rx(String.raw`\bsomething\s+${STYLE}(?:(?:,\s*|\s+)(?:and\s+)?(?:${STYLE}|unique|simple|bold|memorable))*\b(?!\s*(?:&|and)\s+easy\b)`), replacements: [{ label: 'Point at references', text: 'something in the style of [2–3 reference designs]' }] },
  // a target the client cannot describe, and effect with no description ("I'll" and "we'll" only: with "I will" and
  // "we will" the pattern was tried at every one of those, 0.1% of the engine's instructions, for no corpus post)
  { re: rx(String.raw`\b(?:i|we)'ll know (?:it|what (?:i|we) (?:want|like)) when (?:i|we) see it\b`), replacements: [{ label: 'Show examples', text: 'Here are [2–3 examples I like] and what I like about each' }], messageId: 'noTarget' },
  // (each starts at "pop", a rare word, and looks back: started at "that" or "make" it would be tried at every one)
  { re: rx(String.raw`\bpops\b(?<=\b(?:that|which)\s+pops)`), replacements: [{ label: 'Say how it should stand out', text: 'stands out ([how, e.g. a larger headline, a contrasting colour])' }] },
  { re: rx(String.raw`\bpop\b(?<=\bmake\s+(?:it|them|the\s+[\w-]+)\s+pop)`), replacements: [{ label: 'Say how it should stand out', text: 'stand out ([how, e.g. a larger headline, a contrasting colour])' }] },
  // (and the thing it describes, which the rewrite must follow: "a user-friendly interface" → "an interface usable by …")
  // (with up to three words before the thing, as many as lead to one: "a user-friendly pet grooming booking app" → "a
  // pet grooming booking app usable by …", where the rewrite in the adjective's place read "a usable by … pet grooming
  // booking app")
  { re: rx(String.raw`\b${EASE_OF_USE}\b(?:[ \t]+(?:(?!(?:and|or|but|for|to|that|which|with|in|on|of|the|a|an|is|are|as|so|yet)\b)[\w/-]+[ \t]+){0,3}(?:interfaces?|applications?|apps?|ui\/ux|ui|ux|websites?|sites?|dashboards?|designs?|platforms?|experiences?|navigation|tools?|solutions?|features|functionality|settings|onboarding|webpages?|pages?|forms?|checkout|stores?|shops?|games?|bots?|software|systems?|programs?|front-?end|portals?|reports?|manner|way)\b)?`), replacements: usableBy },
  { re: rx(String.raw`\bhigh[- ]quality\b`), replacements: [{ label: 'Say what quality means', text: '[measurable standard, e.g. matches the design, passes review]' }] },
  { re: rx(String.raw`\b${QUANTITY}\s+${NOUN}\b`), replacements: quantityRewrite },
  // not "whatever": posts use it to leave a choice to the freelancer ("use whatever tools you like");
  // "whatever is needed" is open-ended scope
  { re: rx(String.raw`\b(?:stuff|things like that)\b`), replacements: [{ label: 'Name it', text: '[name the items]' }] },
];

/**
 * What the post asks of the applicant, not of the work: "a passion for making user-friendly
 * apps", "a record of delivering high-quality projects", "knowledge of CRMs (HubSpot,
 * Salesforce, etc.)". A vague word there costs no proposal, and most generic posts have several.
 */
const ABOUT_THE_APPLICANT = ledBy(String.raw`${APPLICANT_QUALITY}|ability|able|(?:developer|designer|engineer|expert|specialist)s? (?:in|with)|if you(?:['’]re| are| have| can)|you (?:can|will) (?:deliver|create|build)|you know how to`, 70);

/** A count word on a singular noun that modifies the next one: "various screen sizes", "a few page templates". */
const PLURAL_QUANTITY_ON_SINGULAR = /^(?:various|several|a few|a couple of|a bunch of|a lot of|lots of|many|multiple)\s+(?!(?:work|help|design|content|functionality|stuff)$)\w*[^s\W]$/i;
const NEXT_WORD_PLURAL = /^[ \t]+[a-z]+s\b/;
const SOME_ON_SINGULAR = /^some\s+(?!(?:work|help|design|content|functionality|stuff)$)\w*[^s\W]$/i;
const NEXT_WORD_COUNTED = /^[ \t]+[a-z]+ing\b/;
const WORK_PROMISED = /^(?:a lot of|lots of|plenty of)\s+work$/i;
const PROMISE_BEFORE = /\b(?:there(?:['’]ll| will| would| could| may| might)? be|there(?:['’]s| is)|will have|(?:can|could) offer|more)\s+$/i;

/** Ease of use measured in brackets right after it: "an easy-to-use app (owners book a walk in 3 taps)", as the rewrite asks. */
const EASE_MEASURED_AFTER = /^[ \t]*\([^()\n]{0,80}\b(?:steps?|clicks?|taps?|seconds?|minutes?)\b/i;

function accept(text: string, start: number, end: number): boolean {
  const match = text.slice(start, end);
  if (EASE_OF_USE_AT_START.test(match) && EASE_MEASURED_AFTER.test(text.slice(end, end + 100))) return false;
  if (PLURAL_QUANTITY_ON_SINGULAR.test(match) && NEXT_WORD_PLURAL.test(text.slice(end, end + 30))) return false;
  // "some video editing": the count is of the editing, and "[N] video editing" would be no rewrite ("some bug fixes"
  // is flagged: "[N] bug fixes")
  if (SOME_ON_SINGULAR.test(match) && NEXT_WORD_COUNTED.test(text.slice(end, end + 30))) return false;
  // "there will be a lot of work": a promise of more, not this job's scope
  if (WORK_PROMISED.test(match) && PROMISE_BEFORE.test(text.slice(Math.max(0, start - 25), start))) return false;
  return usedAffirmatively(text, start, end) && !isLedBy(ABOUT_THE_APPLICANT, text, start);
}

export const vagueLanguage: FindingRule = {
  type: 'finding',
  meta: {
    id: 'vague-language',
    name: 'Vague wording',
    level: 'suggestion',
    description: 'Flags qualifiers with no measure: "etc.", "modern", "user-friendly", "high quality", "some", "various", "stuff".',
    why: 'Every freelancer reads a vague word differently, so quotes and results drift from what you meant.',
    seeds: '002 "Not Knowing What You Want"',
    messages: {
      default: '"{{phrase}}" is open to interpretation: say exactly what you mean.',
      noTarget: '"{{phrase}}" gives a freelancer nothing to aim at: show examples of what you like.',
    },
  },
  check: ({ doc }) => findPhrases(doc, PATTERNS, { accept }),
};

/** Drafts this check must flag, and drafts it must leave alone (run by test/unit/rules.test.ts). */
export const examples: RuleExamples = {
  fire: [
    { description: 'Please make the website look more modern and professional.', flags: ['look more modern and professional'] },
    { description: 'I have the content in Google Docs. Make it look amazing and professional.', flags: ['look amazing and professional'] },
    { description: 'I want a modern website with blog, shop, etc.', flags: ['modern website', ', etc.'] },
    { description: 'Make some changes to the app so it is user-friendly.', flags: ['some changes', 'user-friendly'] },
    { description: 'Fix some stuff on my site.', flags: ['some stuff'] },
    { description: "Need a logo. Something modern, clean and unique that pops. I'll know it when I see it.", flags: ['Something modern, clean and unique', 'pops', "I'll know it when I see it"] },
    { description: 'Redesign the banner and make it pop.', flags: ['pop'] },
    // what the work must be, even in a sentence that also describes the applicant
    { description: 'We need a skilled developer to create a user-friendly booking page.', flags: ['user-friendly booking page'] },
    // "easy-to-use" says the same, and keeps its place in the rewrite (after "an" the thing moved before it would read
    // "an mobile app")
    { description: 'We want an easy-to-use mobile app for dog walkers.', flags: ['easy-to-use mobile app'] },
  ],
  pass: [
    { description: 'Build a website in the style of stripe.com with 5 pages.' },
    // a skill asked of the applicant
    { description: 'UX savvy: you know how to make websites look and feel amazing.' },
    { description: 'The design does not need to be modern-looking, just accurate.' },
    // what is asked of the applicant, and a choice left to them
    { description: 'If you are passionate about creating user-friendly apps, apply.' },
    // ease of use measured in brackets, as the rewrite asks
    { description: 'We want an easy-to-use mobile app (owners book a walk in 3 taps) for dog walkers.' },
    { description: 'Knowledge of CRMs (HubSpot, Salesforce, etc.) is a must.' },
    { description: 'A proven track record of delivering high-quality projects.' },
    { description: 'Use whatever design tools you like.' },
    // the applicant's portfolio, and something to build that is no look
    { description: 'No formal portfolio needed, just something clean & easy to review.' },
    { description: 'If you want to build something unique, apply.' },
    // a noun that modifies the next one is not the thing counted
    { description: 'Make sure it works on various screen sizes.' },
    { description: 'Help with social media, maybe some video editing.' },
    // a promise of more work is no scope
    { description: 'Design a logo. If I like it, there will be a lot of work.' },
  ],
};
