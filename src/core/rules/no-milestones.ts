import type { FindingRule, RuleExamples } from '../rule';
import type { Doc } from '../text/doc';
import { allMatches, isNegated, scan } from '../text/match';
import { CURRENCY, CURRENCY_CODE, rx, SPAN_NOT_THE_JOBS_BEFORE } from '../text/vocab';
import { isThePay } from './missing-budget';

/** Read in the description through the word index (most posts never say it), and in the budget field. */
const FIXED_PRICE = [rx(String.raw`\b(?:fixed[- ](?:price|budget|fee|cost|rate|bid)|flat (?:fee|rate)|one[- ]time (?:payment|fee))\b|\bfixed\b(?<=(?:${CURRENCY}\s?\d[\d,.]*k?|\d[\d,.]*k?\s?(?:${CURRENCY_CODE}|dollars|euros))[ \t]+fixed)`)];
const FIXED_PRICE_FIELD = new RegExp(FIXED_PRICE[0]!.source, 'i');
const MILESTONES = /\b(?:milestones?|phases?|stages?|in parts|first (?:paid )?(?:step|task|part|deliverable)|trial (?:task|project)|paid test|instal(?:l)?ments?|sprints?|iterations?)\b/gi;
/** Milestones said not to be needed after the word: "milestones aren't needed" (a "no" before it is `isNegated`'s). */
const REFUSED_AFTER = /^\s+(?:(?:are|is)\s+not|aren['’]t|isn['’]t|not)\s+(?:needed|necessary|required)\b/i;

/** The text plans the work in parts somewhere, not only to say it will not ("No milestones needed, I'll pay at the end"). */
function plansMilestones(text: string): boolean {
  for (const m of allMatches(MILESTONES, text)) {
    const end = m.index + m[0].length;
    if (!isNegated(text, m.index) && !REFUSED_AFTER.test(text.slice(end, end + 30))) return true;
  }
  return false;
}
const AMOUNT = rx(String.raw`(${CURRENCY})\s?(\d[\d,]*(?:\.\d+)?)\s*(k\b)?|\b(\d[\d,]*(?:\.\d+)?)\s*(k)?\s?(${CURRENCY_CODE}|dollars|euros)\b`);

/**
 * Roughly what one unit of a currency is worth in US dollars, so that "1000 INR per page" is not a large job and "£900"
 * nearly is. Only the order of size matters here: a job is large from about $1,000 (`largeBudget`).
 */
const DOLLARS_PER_UNIT: Readonly<Record<string, number>> = {
  '€': 1.1, eur: 1.1, euros: 1.1, '£': 1.25, gbp: 1.25, chf: 1.1, cad: 0.72, 'c$': 0.72, aud: 0.65, 'a$': 0.65, nzd: 0.6, sgd: 0.75,
  hkd: 0.13, aed: 0.27, sar: 0.27, qar: 0.27, sek: 0.095, nok: 0.095, dkk: 0.15, pln: 0.25, brl: 0.18, mxn: 0.055, zar: 0.055,
  myr: 0.22, '₹': 0.012, inr: 0.012, 'rs': 0.012, 'rs.': 0.012, pkr: 0.0036, '₦': 0.00065, ngn: 0.00065, '₱': 0.018, php: 0.018,
  '¥': 0.007, jpy: 0.007, egp: 0.02, kes: 0.0077,
};
const inDollars = (currency: string) => DOLLARS_PER_UNIT[currency.trim().toLowerCase()] ?? 1;
/** How long the work runs; not a span of the client's records to work through: "catch up 6 months of Xero", "the last 12 months of sales". */
const DURATION = rx(String.raw`\b(?<!\b${SPAN_NOT_THE_JOBS_BEFORE}\s+)(\d+(?:\.\d+)?)\s*(?:-|–|to)?\s*(\d+)?\s*(weeks?|months?)\b`);

/**
 * The largest money amount in the texts that is the job's pay, as the budget check reads it ("$2,500", "3k USD"; not
 * "a fund of up to £20,000" nor "$40k/month in sales"), in US dollars.
 */
function largestAmount(texts: string[], isPay: typeof isThePay = isThePay): number {
  let max = 0;
  for (const text of texts) {
    for (const m of allMatches(AMOUNT, text)) {
      if (!isPay(text, m.index, m.index + m[0].length)) continue;
      const digits = (m[2] ?? m[4] ?? '').replace(/,/g, '');
      const value = Number(digits) * (m[3] || m[5] ? 1000 : 1) * inDollars(m[1] ?? m[6] ?? '$');
      if (Number.isFinite(value) && value > max) max = value;
    }
  }
  return max;
}

/** The longest duration mentioned, in weeks. */
function longestWeeks(texts: string[]): number {
  let max = 0;
  for (const text of texts) {
    for (const m of allMatches(DURATION, text)) {
      const n = Number(m[2] ?? m[1]);
      const weeks = /month/i.test(m[3] ?? '') ? n * 4.3 : n;
      if (weeks > max) max = weeks;
    }
  }
  return max;
}

function isLargeFixedPrice(doc: Doc, options: Readonly<Record<string, number>>): boolean {
  const texts = [doc.title, doc.description, doc.fields.budget ?? '', doc.fields.timeline ?? ''];
  const fixed = scan(doc, FIXED_PRICE, { parts: ['description'], limit: 1 }).length > 0 || FIXED_PRICE_FIELD.test(doc.fields.budget ?? '');
  if (!fixed) return false;
  // (the form's budget field holds nothing but the pay)
  const amount = Math.max(largestAmount([doc.title, doc.description]), largestAmount([doc.fields.budget ?? ''], () => true));
  const big = amount >= (options.largeBudget ?? 1000);
  const long = longestWeeks(texts) >= (options.longWeeks ?? 4);
  return big || long;
}

export const noMilestones: FindingRule = {
  type: 'finding',
  meta: {
    id: 'no-milestones',
    name: 'Large job without milestones',
    level: 'suggestion',
    description: 'Flags a large or long fixed-price job with no milestones or small first phase.',
    why: 'Paying a large fixed price in one go puts all the risk on one delivery; a small paid first milestone tests the fit cheaply.',
    seeds: '002 "Not Evaluating Outsourcers Well Enough"',
    messages: { default: 'A large fixed-price job with no milestones: start with a small paid first phase.' },
    defaultOptions: { largeBudget: 1000, longWeeks: 4 },
  },
  check: ({ doc, options }) => {
    if (!isLargeFixedPrice(doc, options)) return [];
    if (plansMilestones(doc.description) || plansMilestones(doc.title)) return [];
    return [
      {
        insert: {
          label: 'Add milestones',
          text: 'Milestones:\n1. (paid) [small first deliverable] by [date]\n2. [next deliverable] by [date]\n3. [final delivery and handover] by [date]',
        },
      },
    ];
  },
};

/** Drafts this check must flag, and drafts it must leave alone (run by test/unit/rules.test.ts). */
export const examples: RuleExamples = {
  fire: [
    { description: 'Fixed price $5,000 for a complete marketplace app in 3 months.' },
    // a large amount in another currency
    { description: 'Fixed price AED 18,000 for our clinic booking app.' },
    // a fixed price written after the sum, and milestones said to be left out
    { description: 'Dog-walking app in Flutter, 18 screens designed. $8,000 fixed, 10 weeks. No milestones needed, I will pay at the end.' },
  ],
  pass: [
    { description: 'Fixed price $5,000, paid in three milestones.' },
    { description: 'Fixed price $200 for a logo.' },
    // a large figure in a currency worth little of a dollar: about $12
    { description: 'Need an html page designed, fixed price of 1000 INR per page.' },
    { description: 'Hourly, $40/hr, 3 months.' },
    // a backlog's span is not the job's length
    { description: 'Fixed price $800 to catch up 6 months of bookkeeping.' },
    // the grant applied for is not the job's price
    { description: 'Fixed price £700 to write our application to the Community Fund (Awards for All, up to £20,000).' },
  ],
};
