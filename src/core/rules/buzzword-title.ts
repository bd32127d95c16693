import type { FindingRule, RuleExamples } from '../rule';
import { rx } from '../text/vocab';
import { findPhrases } from './phrase-helpers';

const BUZZWORD = String.raw`(?:rock ?stars?|ninjas?|gurus?|wizards?|unicorns?|superstars?|jedis?|magicians?|superheroes?|10x)`;
const ROLE = String.raw`(?:developers?|devs?|engineers?|designers?|coders?|programmers?|writers?|copywriters?|marketers?|editors?|artists?|animators?|assistants?|analysts?|freelancers?)`;

const PATTERNS = [
  // a buzzword on a role: "Rockstar developer" → "senior [stack] developer"
  {
    re: rx(String.raw`\b${BUZZWORD}\b(?=[ \t]+${ROLE}\b)`),
    replacements: [{ label: 'Name the level and stack', text: 'senior [stack]' }, { label: 'Remove', text: '' }],
  },
  // a buzzword before a stack and a role: "rockstar React developer", "Rockstar React ninja" → "senior React …"
  // (the stack is named already: "senior [stack] React developer" would ask for it twice)
  {
    re: rx(String.raw`\b${BUZZWORD}\b(?=[ \t]+(?:[\w.+#-]+[ \t]+){1,2}(?:${ROLE}|${BUZZWORD})\b)`),
    replacements: [{ label: 'Name the level', text: 'senior' }, { label: 'Remove', text: '' }],
  },
  // a buzzword as the role itself: "Shopify Guru needed" → "Shopify [role] needed"
  {
    re: rx(String.raw`\b${BUZZWORD}\b`),
    replacements: [{ label: 'Name the role', text: '[role, e.g. developer]' }, { label: 'Name the level and stack', text: 'senior [stack] [role]' }],
  },
];

export const buzzwordTitle: FindingRule = {
  type: 'finding',
  meta: {
    id: 'buzzword-title',
    name: 'Buzzwords instead of skills',
    level: 'suggestion',
    description: 'Flags rockstar, ninja, guru, wizard and unicorn in the title or text.',
    why: 'Buzzwords say nothing about the skills you need, and experienced freelancers read them as a sign of an unclear brief.',
    seeds: '004 #2',
    messages: { default: '"{{phrase}}" says nothing about the skills you need: name the level and the stack.' },
  },
  // "Guru" is also a marketplace: "posted on Guru" is not a buzzword.
  check: ({ doc }) => findPhrases(doc, PATTERNS).filter((h) => !(h.data?.phrase === 'Guru' && h.part === 'description')),
};

/** Drafts this check must flag, and drafts it must leave alone (run by test/unit/rules.test.ts). */
export const examples: RuleExamples = {
  fire: [
    { title: 'Rockstar React ninja wanted', description: 'Build our dashboard.', flags: ['Rockstar', 'ninja'] },
    { title: 'Rockstar developer for our Shopify store', description: 'Build our dashboard.', flags: ['Rockstar'] },
  ],
  pass: [{ title: 'Senior React developer for a dashboard', description: 'Build our dashboard.' }],
};
