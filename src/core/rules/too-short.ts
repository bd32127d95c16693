import type { FindingRule, RuleExamples } from '../rule';
import { SKELETON } from '../sections';

export const tooShort: FindingRule = {
  type: 'finding',
  meta: {
    id: 'too-short',
    level: 'warning',
    description: 'Flags a description shorter than a threshold of words (default 60).',
    why: 'A few lines leave freelancers guessing; the best ones skip posts they cannot quote from, and the rest quote blind.',
    seeds: '000 "just a few lines"',
    messages: { default: 'The description has {{words}} words; posts under {{minWords}} rarely say enough to quote from.' },
    defaultOptions: { minWords: 60 },
  },
  check: ({ doc, options }) => {
    const minWords = options.minWords ?? 60;
    const words = doc.wordCount;
    if (words >= minWords) return [];
    return [
      {
        data: { words: String(words), minWords: String(minWords) },
        insert: { label: 'Insert the sections of a good post', text: SKELETON },
      },
    ];
  },
};

/** Drafts this check must flag, and drafts it must leave alone (run by test/unit/rules.test.ts). */
export const examples: RuleExamples = {
  fire: [{ description: 'Need a website for my shop. How much?' }],
  pass: [{ description: Array.from({ length: 70 }, (_, i) => `word${i}`).join(' ') }],
};
