import type { FindingRule, ReplacementOption, RuleExamples } from '../rule';
import { isNegated, isQuoted, sentenceAround } from '../text/match';
import { atSentenceStart, IN_SENTENCE, rx, SERVED_PEOPLE } from '../text/vocab';
import { determinerBefore } from './fit-helpers';
import { findPhrases } from './phrase-helpers';

const CRITERIA = [{ label: 'Name what you will judge by', text: 'I will choose based on [relevant past work, approach, and price].' }];

/**
 * Each rewrite names what else is judged, or the budget itself, in the phrase's own grammar. One sentence put in every
 * phrase's place read "needed for I will choose based on […] project" and "implement I will choose based on […]
 * solution". `around` is the text next to the phrase in its line.
 */
function inItsGrammar(matched: string, around: { before: string; after: string }): ReplacementOption[] {
  const say = (text: string, label = 'Name what you will judge by') => [{ label, text }];
  const budget = 'State the budget';
  // "Budget is tight" → "Budget is $[amount]"
  const stated = /^(budget is)\b/i.exec(matched);
  if (stated) return say(`${stated[1]} $[amount]`, budget);
  // "It must be cheap" → "It must cost at most $[amount]"
  const modal = /^(must|has to|needs to|should) be\b/i.exec(matched);
  if (modal) return say(`${modal[1]} cost at most $[amount]`, budget);
  // "a tight budget", "needed at low budget" → "a budget of $[amount]"; "low budget websites" → "$[amount]-budget websites"
  if (/budget$/i.test(matched)) {
    if (/^[ \t]+[a-z]/i.test(around.after) && !/^[ \t]+(?:and|or|but|so|for|to|with|please|only)\b/i.test(around.after)) return say('$[amount]-budget', budget);
    return say(`${determinerBefore(around.before) ? '' : 'a '}budget of $[amount]`, budget);
  }
  // "affordable rates", "work at cheap rates" → "an hourly rate of $[N]"
  const rate = /^(.*?)\b(?:low|cheap|affordable) (?:rates?|prices?|cost)$/i.exec(matched);
  if (rate) {
    const lead = rate[1]!.replace(/\ba[ \t]+$/i, '');
    return say(`${lead}${lead === '' && determinerBefore(around.before) ? '' : 'an '}hourly rate of $[N]`, budget);
  }
  // "the best price" wanted → "the best value"
  const best = /^((?:looking for|want|need) (?:the )?)best (?:price|rate|deal)$/i.exec(matched);
  if (best) return say(`${best[1]}best value`);
  // "cheapest", "lowest bidder", "cheap developers" → "best-value …"
  const cheap = /^(?:cheapest|lowest|cheap)\b(.*)$/i.exec(matched);
  if (cheap) return say(`best-value${cheap[1]}`);
  // "Price is the main factor" → "price is one factor, with […]"
  const factor = /^(price|cost|budget) is\b/i.exec(matched);
  if (factor) return say(`${factor[1]} is one factor, with [relevant past work and approach]`);
  return CRITERIA;
}

/** A bare price question with what else to send: "How much would it cost, and [links to 2–3 similar projects]?" */
function andSamples(matched: string): ReplacementOption[] {
  const text = matched.endsWith('?') ? `${matched.slice(0, -1).trimEnd()}, and [links to 2–3 similar projects]?` : `${matched} and [links to 2–3 similar projects]`;
  return [{ label: 'Ask for past work too', text }];
}

const PATTERNS = [
  { re: rx(String.raw`\b(?:lowest|cheapest|best|most competitive|least)\s+(?:bids?|prices?|rates?|quotes?|offers?|costs?|deals?)\s+(?:wins?|gets?|will (?:win|get|be (?:chosen|selected|hired|awarded)))\b`), replacements: CRITERIA },
  { re: rx(String.raw`\b(?:(?:quote|send|give|offer)\s+(?:me\s+|us\s+)?|(?:apply|bid|reply|respond)\s+with\s+|(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us))\s+)(?:your\s+)?(?:lowest|cheapest|best|rock[- ]bottom)\s+(?:price|rate|quote|offer|bid|cost)s?\b`), replacements: [{ label: 'Ask for a quote with its basis', text: 'quote a price and say what it includes' }] },
  { re: rx(String.raw`\b(?:cheapest|lowest (?:bid|bidder|price|rate|quote|offer)s?|cheap (?:offers?|bids?|freelancers?|rates?|prices?|work|labou?r|developers?|designers?|writers?)|only (?:low|cheap)[- ]budget|low[- ]budget (?:freelancers?|offers?|bids?) only|(?:looking for|want|need) (?:the )?best (?:price|rate|deal))\b`), replacements: inItsGrammar },
  { re: rx(String.raw`\b(?:budget is (?:very |quite |really )?(?:tight|low|limited|small)|(?:must|has to|needs to|should) be (?:very |really )?cheap\b(?!\s+(?:to|for|on|in|enough)\b)|(?:very |really )?(?:tight|low|cheap|shoestring) budget|affordable (?:rates?|prices?)|(?:work|freelancers?) (?:for|at) (?:a )?(?:low|cheap|affordable) (?:rates?|prices?|cost))\b`), replacements: inItsGrammar, messageId: 'budget' },
  { re: rx(String.raw`\b(?:price|cost|budget) is (?:the )?(?:main|most important|only|key|deciding|primary|biggest) (?:factor|criteri(?:on|a)|thing|concern|consideration)\b`), replacements: inItsGrammar },
];

const BARE_PRICE_QUESTION = [{ re: rx(String.raw`\bhow much (?:would|will|do|does|should|to|for|can)\b${IN_SENTENCE}{0,60}\??|\bhow much${atSentenceStart('how much')}(?:[ \t]+(?:it|this|that)[ \t]+(?:costs?|will cost|would cost))?[ \t]*\?|\b(?:let (?:me|us) know|tell (?:me|us)|send(?: (?:me|us))?|give (?:me|us)|what(?:'s| is)) (?:(?:your|the|a) )?(?:best )?(?:cost|price|rate|quote|fee)s?\b`), replacements: andSamples, messageId: 'bare' }];
const OTHER_CRITERIA = /\b(?:portfolio|experience|examples?|samples?|previous work|past work|quality|reviews?|skills?|qualifications?|references?|certifi(?:ed|cations?)|credentials|track record|similar (?:[\w-]+ ){0,2}?(?:you|projects?|work|jobs?))\b/i;
const QUALITY_FIRST = /\b(?:quality|experience|expertise|skills?|reliab\w+|results?)\b[^.!?\n]{0,40}\b(?:more|first|over|matters?|priority|important|before)\b|\bnot (?:just|only|necessarily|looking for) (?:the )?(?:cheapest|lowest|price)/i;

/**
 * The lowest price as what the product finds for its users ("an app that shows users the cheapest flights", "compare the
 * lowest rates across hotels"), not how the freelancer is chosen; a freelancer, bid or offer after it is still the
 * client's choice ("find the cheapest developer").
 */
const PRODUCT_FINDS_BEFORE = new RegExp(String.raw`\b(?:finds?|finding|shows?|showing|compares?|comparing|lists?|listing|search(?:es|ing)?\s+for|tracks?|tracking|highlights?|highlighting|sort(?:s|ed|ing)?\s+by|alerts?\s+(?:\w+\s+)?(?:to|about|of))\s+(?:(?:${SERVED_PEOPLE}|people|them)\s+)?(?:the\s+)?$`, 'i');
const CHOICE_OF_FREELANCER_AFTER = /^[ \t]+(?:bids?|bidders?|quotes?|offers?|proposals?|freelancers?|developers?|designers?|writers?|person|one|applicants?|candidates?)\b/i;

/** Price merely mentioned beside quality ("price is important but quality matters more") is not price-only. */
function accept(text: string, start: number, end: number): boolean {
  if (isQuoted(text, start, end) || isNegated(text, start)) return false;
  if (PRODUCT_FINDS_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && !CHOICE_OF_FREELANCER_AFTER.test(text.slice(end, end + 20))) return false;
  return !QUALITY_FIRST.test(sentenceAround(text, start, end));
}

export const priceOnlyCriteria: FindingRule = {
  type: 'finding',
  meta: {
    id: 'price-only-criteria',
    name: 'Price as the only criterion',
    level: 'error',
    description: 'Flags a post that makes price the main or only way a freelancer is chosen ("lowest bid wins", "cheapest", a bare "how much?").',
    why: 'Choosing on price alone attracts the least experienced bidders and makes good freelancers skip the post; rework usually costs more than the savings.',
    seeds: '000; 002 "Focusing on Cost"; 003 "Going for inexpensive services"',
    messages: {
      default: '"{{phrase}}" makes price the way you choose: say what else you will judge by.',
      bare: 'The post only asks for a price: say what else you will judge proposals by.',
      budget: '"{{phrase}}" with nothing else to judge by reads as price first: say what else you will judge proposals by.',
    },
  },
  check: ({ doc }) => {
    // Asked only when a hit depends on it: most posts have none.
    const otherCriteria = () => doc.memo('price-only-other-criteria', () => OTHER_CRITERIA.test(doc.title) || OTHER_CRITERIA.test(doc.description));
    // A tight budget beside a request for a portfolio or experience is price merely stated
    // (LABELS.md: 0 "where quality/experience criteria are also named"); "lowest bid wins" is not.
    const hits = findPhrases(doc, PATTERNS, { accept }).filter((h) => !(h.messageId === 'budget' && otherCriteria()));
    if (hits.length > 0) return hits;
    // A bare "how much would you charge?" with nothing else to judge by.
    const bare = findPhrases(doc, BARE_PRICE_QUESTION, { accept });
    return bare.length > 0 && !otherCriteria() ? bare : [];
  },
};

/** Drafts this check must flag, and drafts it must leave alone (run by test/unit/rules.test.ts). */
export const examples: RuleExamples = {
  fire: [
    { description: 'Logo for my shop. Budget is tight, affordable rates only.', flags: ['Budget is tight', 'affordable rates'] },
    { description: 'Build a landing page. Lowest bid wins.', flags: ['Lowest bid wins'] },
    { description: 'Need a logo, cheapest offers only.', flags: ['cheapest'] },
    // …though a bid or a freelancer found that way is still the client's choice
    { description: 'Build a landing page. We will compare bids and pick the cheapest one.', flags: ['cheapest'] },
    { description: 'A Quran lessons app with recordings. Let me know how much it would cost. Let me know your lowest cost.', flags: ['Let me know your lowest cost'] },
    { description: 'need logo and business card and flyer for my cleaning company. all in one person please. cheap budget', flags: ['cheap budget'] },
    { description: 'Need a website for my business. Pages: home, about, services, contact. Please send price.', flags: ['send price'] },
    { description: 'Fix my app. It must be cheap, so apply with your best price.', flags: ['must be cheap', 'apply with your best price'] },
    { description: 'How much would you charge to build an app like Uber?', flags: ['How much would you charge to build an app like Uber?'] },
    // the question typed bare, at the end of a short post
    { description: 'my website menu is broken on phones, its on wix. can you fix? how much?', flags: ['how much?'] },
  ],
  pass: [
    // a tight budget beside a request for past work is price merely stated
    { description: 'Budget is tight as I am a college student. Send me your portfolio.' },
    { description: 'We are not looking for the cheapest offer; show us your past work.' },
    { description: 'Price is important but quality matters more than the lowest price.' },
    { description: 'Budget is $500. Please share your portfolio.' },
    // a quote asked for beside a certification and similar work
    { description: "Clean up our books. Tell us your quote after looking at the file. Mention your certification and describe a similar cleanup you've done." },
    // the lowest price is what the product finds for its users
    { description: 'Our travel app shows users the cheapest flights between two cities. Add a price alert screen in React Native.' },
    // what the product must cost to run, not what the freelancer charges
    { description: 'Build a video pipeline. The solution must be cheap to run, under $5 per video.' },
    // a bare "how much?" beside a request for past work, and "how much" that asks about the work, not the price
    { description: 'Fix the menu on my Wix site. How much? Please share similar fixes you have done.' },
    { description: 'Tell me how much traffic the site can handle before it slows.' },
    // "how much?" about what the product will cost to run, in mid-sentence
    { description: 'Build a speaking bot for my course. Say if the tool will need a monthly fee, and if so, how much?' },
  ],
};
