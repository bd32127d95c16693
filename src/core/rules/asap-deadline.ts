import type { FindingRule, RuleExamples } from '../rule';
import { rx } from '../text/vocab';
import { timelineEvidence } from './missing-timeline';
import { findPhrases } from './phrase-helpers';

const PATTERNS = [
  {
    re: rx(String.raw`\b(?:asap|a\.s\.a\.p\.?|as soon as possible|urgent(?:ly)?|right away|immediately|right now|yesterday)\b`),
    replacements: [{ label: 'Give a date', text: 'by [date]' }, { label: 'Give a duration', text: 'within [N] days' }],
  },
];

export const asapDeadline: FindingRule = {
  type: 'finding',
  meta: {
    id: 'asap-deadline',
    level: 'suggestion',
    description: 'Flags "ASAP", "urgent" or "right away" in a post that gives no date or duration.',
    why: '"ASAP" means something different to every freelancer; a date lets them say honestly whether they can make it.',
    seeds: '001 #3, 003',
    messages: { default: '"{{phrase}}" gives no date: say by when.' },
  },
  check: ({ doc }) => {
    const hits = findPhrases(doc, PATTERNS);
    return hits.length > 0 && timelineEvidence(doc).length === 0 ? hits : [];
  },
};

/** Drafts this check must flag, and drafts it must leave alone (run by test/unit/rules.test.ts). */
export const examples: RuleExamples = {
  fire: [
    { description: 'Need this landing page done ASAP.', flags: ['ASAP'] },
    { title: 'URGENT: fix my checkout', description: 'The checkout is broken.', flags: ['URGENT'] },
  ],
  pass: [
    { description: 'This is not ASAP; quality matters more.' },
    { description: 'Needed ASAP, by March 10 at the latest.' },
  ],
};
