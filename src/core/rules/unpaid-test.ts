import type { FindingRule, RuleExamples } from '../rule';
import { isNegated, isQuoted } from '../text/match';
import { rx } from '../text/vocab';
import { findPhrases } from './phrase-helpers';

const PAID = [{ label: 'Make the test paid', text: 'a paid test task ($[amount], about [N] hours)' }];

const PATTERNS = [
  { re: rx(String.raw`\b(?:free|unpaid|no[- ]pay|non-?paid)\s+(?:small\s+|short\s+|quick\s+)?(?:test (?:tasks?|articles?|designs?|projects?)|trial (?:tasks?|articles?|projects?|periods?)|sample (?:tasks?|articles?|designs?|videos?|work)|samples?|tests?|trials?|demos?|mock-?ups?|assignments?|tasks?)\b`), replacements: PAID },
  { re: rx(String.raw`\b(?:samples?|tests?|trials?|demos?|test tasks?|sample (?:articles?|designs?|tasks?))\b[^.!?\n]{0,30}\b(?:for free|free of charge|unpaid|without (?:pay|payment|compensation)|at no (?:cost|charge)|will not be paid|won'?t be paid|is not paid)\b`), replacements: PAID },
  { re: rx(String.raw`\b(?:do|complete|make|create)\b[^.!?\n]{0,40}\bfor free\b[^.!?\n]{0,30}\b(?:prove|show|demonstrate|before|to (?:be )?(?:hired|considered|selected))\b`), replacements: PAID },
];

/** "paid test task", "we never ask for free samples": not unpaid work. */
function accept(text: string, start: number, end: number): boolean {
  if (isQuoted(text, start, end) || isNegated(text, start)) return false;
  const before = text.slice(Math.max(0, start - 12), start);
  // "paid test"; "a 3-day free trial" of a subscription the app sells
  return !/\bpaid\s*$/i.test(before) && !/\d+[- ](?:day|week|month)\s*$/i.test(before);
}

export const unpaidTest: FindingRule = {
  type: 'finding',
  meta: {
    id: 'unpaid-test',
    level: 'error',
    description: 'Flags a request for free work before hiring: a free sample, an unpaid test task.',
    why: 'Experienced freelancers do not work for free, so an unpaid test filters out the people you want and may break the marketplace\'s terms.',
    seeds: '002 "start with a small project" (paid), 003 cost',
    messages: { default: '"{{phrase}}" asks for free work: offer a small paid test instead.' },
  },
  check: ({ doc }) => findPhrases(doc, PATTERNS, { accept }),
};

/** Drafts this check must flag, and drafts it must leave alone (run by test/unit/rules.test.ts). */
export const examples: RuleExamples = {
  fire: [
    { description: 'Applicants must complete a free sample article.', flags: ['free sample article'] },
    { description: 'Send a test design for free to prove your skills.', flags: ['test design for free'] },
  ],
  pass: [
    { description: 'We start with a paid test task of two hours.' },
    { description: 'We never ask for free samples.' },
  ],
};
