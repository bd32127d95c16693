import type { FindingRule, RuleExamples } from '../rule';
import { skeleton } from '../sections';

export const tooShort: FindingRule = {
  type: 'finding',
  meta: {
    id: 'too-short',
    name: 'Too short',
    level: 'warning',
    description: 'Flags a description shorter than a threshold of words (default 60).',
    why: 'A few lines leave freelancers guessing; the best ones skip posts they cannot quote from, and the rest quote blind.',
    seeds: '000 "just a few lines"',
    messages: { default: 'The description has {{words}} words; posts under {{minWords}} rarely say enough to quote from.' },
    defaultOptions: { minWords: 60 },
  },
  check: ({ doc, options, checklist }) => {
    const minWords = options.minWords ?? 60;
    const words = doc.wordCount;
    if (words >= minWords) return [];
    // The headings of what the post still lacks, in one insert; the sections it has (and those whose
    // check is turned off) are left out, so the insert never repeats a heading the post already covers.
    const missing = checklist.filter((item) => item.status === 'missing').map((item) => item.section);
    const data = { words: String(words), minWords: String(minWords) };
    if (missing.length === 0) return [{ data }];
    const label = missing.length === 1 ? 'Insert the missing section' : `Insert the ${missing.length} missing sections`;
    return [{ data, insert: { label, text: skeleton(missing) } }];
  },
};

/** Drafts this check must flag, and drafts it must leave alone (run by test/unit/rules.test.ts). */
export const examples: RuleExamples = {
  fire: [{ description: 'Need a website for my shop. How much?' }],
  pass: [{ description: Array.from({ length: 70 }, (_, i) => `word${i}`).join(' ') }],
};
