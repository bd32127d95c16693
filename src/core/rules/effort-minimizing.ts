import type { FindingRule, RuleExamples } from '../rule';
import { rx } from '../text/vocab';
import { findPhrases } from './phrase-helpers';

const STATE_SIZE = [
  { label: 'State the size instead', text: '[N pages / N screens / N items]' },
  { label: 'Remove', text: '' },
];

const PATTERNS = [
  { re: rx(String.raw`\b(?:very\s+|super\s+|really\s+)?(?:quick|easy|simple|small|tiny|minor|straightforward)\s+(?:task|job|fix|project|work|change|gig|one)\b`), replacements: STATE_SIZE },
  { re: rx(String.raw`\bshould\s+(?:only\s+)?take\s+(?:only\s+|just\s+|less than\s+|about\s+)?(?:an?|one|a few|few|\d+|two|three)\s*(?:hours?|minutes?|mins?)\b|\bshould(?:n'?t| not) take (?:long|much time)\b`), replacements: STATE_SIZE },
  { re: rx(String.raw`\b(?:easy|quick|simple|straightforward|nothing|trivial|a piece of cake)\s+for\s+(?:an?\s+|any\s+)?(?:[\w.+#-]+\s+){0,2}?(?:expert|pro|professional|experienced|skilled|developer|designer|someone (?:who knows|with experience))\w*\b`), replacements: STATE_SIZE },
  { re: rx(String.raw`\b(?:piece of cake|\d+[- ]minute (?:job|fix|task)|won'?t take (?:long|much time))\b`), replacements: STATE_SIZE },
];

export const effortMinimizing: FindingRule = {
  type: 'finding',
  meta: {
    id: 'effort-minimizing',
    name: 'Talking the work down',
    level: 'suggestion',
    description: 'Flags phrases that talk the work down: "quick task", "should only take an hour", "easy for an expert".',
    why: 'Experienced freelancers read "quick and easy" as "underestimated and underpaid" and skip the post.',
    seeds: '000, 002 "Focusing on Cost"',
    messages: { default: '"{{phrase}}" talks the work down: state its size instead.' },
  },
  check: ({ doc }) => findPhrases(doc, PATTERNS),
};

/** Drafts this check must flag, and drafts it must leave alone (run by test/unit/rules.test.ts). */
export const examples: RuleExamples = {
  fire: [
    { description: 'Add a pivot chart to my spreadsheet. Should be easy for an Excel expert.', flags: ['easy for an Excel expert'] },
    { description: 'This is a quick task for an experienced developer.', flags: ['quick task'] },
    { description: 'Should only take an hour for an expert.', flags: ['Should only take an hour'] },
    { description: 'Fix my contact form. Should be quick for an expert.', flags: ['quick for an expert'] },
  ],
  pass: [{ description: 'Fix the checkout bug described below (about 4 hours of work).' }],
};
