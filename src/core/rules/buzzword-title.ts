import { jobKind, type JobKind } from '../job-kind';
import type { FindingRule, RuleExamples, RuleHit } from '../rule';
import type { Doc } from '../text/doc';
import { rx } from '../text/vocab';
import { findPhrases } from './phrase-helpers';

/** Buzzwords that can stand for the role ("Shopify Guru needed"). */
const BUZZWORD_ROLE = String.raw`(?:rock ?stars?|ninjas?|gurus?|wizards?|unicorns?|superstars?|jedis?|magicians?|superheroes?)`;
/** …and "10x", a buzzword only before a role: alone it multiplies ("grow sales by 10x", "write 10x blog posts"). */
const BUZZWORD = String.raw`(?:${BUZZWORD_ROLE}|10x)`;
const ROLE = String.raw`(?:developers?|devs?|engineers?|designers?|coders?|programmers?|writers?|copywriters?|marketers?|editors?|artists?|animators?|assistants?|analysts?|freelancers?)`;

/** The role a buzzword that is the role itself is rewritten with, unless the post's kind of work names another (`fittingRole`). */
const EXAMPLE_ROLE = 'developer';

const PATTERNS = [
  // a buzzword on a role: "Rockstar developer" → "senior [stack] developer"
  {
    re: rx(String.raw`\b${BUZZWORD}\b(?=[ \t]+${ROLE}\b)`),
    replacements: [{ label: 'Name the level and stack', text: 'senior [stack]' }, { label: 'Remove', text: '' }],
    removal: 'modifier' as const,
  },
  // a buzzword before a stack and a role: "rockstar React developer", "Rockstar React ninja" → "senior React …"
  // (the stack is named already: "senior [stack] React developer" would ask for it twice)
  {
    re: rx(String.raw`\b${BUZZWORD}\b(?=[ \t]+(?:[\w.+#-]+[ \t]+){1,2}(?:${ROLE}|${BUZZWORD})\b)`),
    replacements: [{ label: 'Name the level', text: 'senior' }, { label: 'Remove', text: '' }],
    removal: 'modifier' as const,
  },
  // a buzzword as the role itself: "Shopify Guru needed" → "Shopify [role] needed" (the example role fits the work: see
  // `fittingRole`)
  {
    re: rx(String.raw`\b${BUZZWORD_ROLE}\b`),
    replacements: [{ label: 'Name the role', text: `[role, e.g. ${EXAMPLE_ROLE}]` }, { label: 'Name the level and stack', text: 'senior [stack] [role]' }],
  },
];

/** The role a post for each kind of work most likely hires, to give as the example: a marketing post wants no developer. */
const ROLE_FOR: Record<JobKind, string> = {
  web: 'developer',
  mobile: 'mobile developer',
  writing: 'writer',
  translation: 'translator',
  design: 'designer',
  data: 'data analyst',
  marketing: 'marketer',
  video: 'video editor',
  audio: 'audio editor',
  support: 'virtual assistant',
  general: 'developer',
};
/** …and what its level and skills are: a marketer has channels, not a stack. */
const SKILLS_FOR: Partial<Record<JobKind, string>> = { writing: 'topic', translation: 'language pair', design: 'style', marketing: 'channel', video: 'style', audio: 'style', support: 'tools' };

/** A buzzword that is the role itself, with the example role and skills of the post's kind of work. */
function fittingRole(doc: Doc, hit: RuleHit): RuleHit {
  const kind = jobKind(doc);
  const role = ROLE_FOR[kind];
  const skills = SKILLS_FOR[kind];
  if (role === EXAMPLE_ROLE && !skills) return hit;
  const replacements = hit.replacements?.map((r) => ({
    label: r.label?.replace('stack', skills ?? 'stack'),
    text: r.text.replace(`e.g. ${EXAMPLE_ROLE}`, `e.g. ${role}`).replace('[stack] [role]', `[${skills ?? 'stack'}] [role]`),
  }));
  return { ...hit, replacements };
}

export const buzzwordTitle: FindingRule = {
  type: 'finding',
  meta: {
    id: 'buzzword-title',
    name: 'Buzzwords instead of skills',
    level: 'suggestion',
    description: 'Flags rockstar, ninja, guru, wizard and unicorn in the title or text.',
    why: 'Buzzwords say nothing about the skills you need, and experienced freelancers read them as a sign of an unclear brief.',
    seeds: '004 #2',
    messages: { default: '"{{phrase}}" says nothing about the skills you need: name the role, its level and its skills.' },
  },
  // "Guru" is also a marketplace: "posted on Guru" is not a buzzword.
  check: ({ doc }) =>
    findPhrases(doc, PATTERNS)
      .filter((h) => !(h.data?.phrase === 'Guru' && h.part === 'description'))
      .map((h) => (h.replacements?.[0]?.text.includes(`e.g. ${EXAMPLE_ROLE}`) ? fittingRole(doc, h) : h)),
};

/** Drafts this check must flag, and drafts it must leave alone (run by test/unit/rules.test.ts). */
export const examples: RuleExamples = {
  fire: [
    { title: 'Rockstar React ninja wanted', description: 'Build our dashboard.', flags: ['Rockstar ', 'ninja'] },
    { title: 'Rockstar developer for our Shopify store', description: 'Build our dashboard.', flags: ['Rockstar '] },
  ],
  pass: [
    { title: 'Senior React developer for a dashboard', description: 'Build our dashboard.' },
    // a multiplier, not a buzzword
    { title: 'Automations to grow our output by 10x', description: 'Write 10x more product pages with AI.' },
  ],
};
