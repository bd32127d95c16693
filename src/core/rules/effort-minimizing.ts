import type { FindingRule, ReplacementOption, RuleExamples } from '../rule';
import { rx } from '../text/vocab';
import { findPhrases } from './phrase-helpers';

/**
 * Each rewrite states a size where the phrase talked the work down, in the phrase's own grammar: a noun phrase becomes
 * a sized one ("a quick task" → "a [N]-hour task"), a clause a clause ("should be super easy" → "should take about [N]
 * hours"). A bare "[N pages / N screens / N items]" read "This is a [N pages / N screens / N items] for an experienced
 * developer", and "Remove" left "a  for an experienced developer".
 */
const sized = (text: string): ReplacementOption[] => [{ label: 'State the size instead', text }];

/** "quick task" → "[N]-hour task", "small logo job" → "[N]-hour logo job", "quick work" → "[N] hours of work". */
function sizedWork(matched: string): ReplacementOption[] {
  const m = /(?:\b(logo|website|site|design|coding|data entry|translation|editing|writing)\s+)?(\w+)$/i.exec(matched)!;
  const kind = m[1] ? `${m[1].toLowerCase()} ` : '';
  const noun = m[2]!.toLowerCase();
  return sized(noun === 'work' ? `[N] hours of ${kind}work` : `[N]-hour ${kind}${noun}`);
}

/** "should be super easy" → "should take about [N] hours", "probably takes 30 minutes" → "takes about [N] hours". */
function sizedClause(matched: string): ReplacementOption[] {
  const modal = /^(should|would)\b/i.exec(matched)?.[1]?.toLowerCase();
  return sized(modal ? `${modal} take about [N] hours` : 'takes about [N] hours');
}

const PATTERNS = [
  // ("quick and easy logo job" too; not "a simple one page site")
  { re: rx(String.raw`\b(?:very\s+|super\s+|really\s+)?(?:(?:quick|easy|simple)\s+and\s+)?(?:quick|easy|simple|small|tiny|minor|straightforward)\s+(?:(?:logo|website|site|design|coding|data entry|translation|editing|writing)\s+)?(?:task|job|fix|project|work|change|gig|one\b(?![ \t-]+pager?s?\b))\b`), replacements: sizedWork },
  // the work itself said to be easy: "This should be super easy", "probably takes 30 minutes" (not the product's: "should be
  // easy to use", "easy for customers"; not "the project is very easy to grasp as the flow is all there", nor
  // "signing up only takes a minute")
  { re: rx(String.raw`\b(?:should|would)\s+be\s+(?:super|very|really|pretty|fairly)\s+(?:easy|quick|simple|trivial)\b(?!\s+(?:to|for\s+(?:users|customers|clients|visitors|people|anyone to))\b)|\bprobably\s+takes?\s+(?:about\s+|around\s+)?(?:an?|one|\d+|a few)\s*(?:hours?|minutes?|mins?)\b`), replacements: sizedClause },
  // (a count of hours given as an estimate is the size itself, "should take about 5 hours"; "only", a vague few or minutes
  // talk it down)
  { re: rx(String.raw`\bshould\s+(?:only\s+)?take\s+(?:(?:only\s+|just\s+|less than\s+|about\s+)?(?:an?|one|a few|few)\s*(?:hours?|minutes?|mins?)|(?:only\s+|just\s+|less than\s+)(?:\d+|two|three)\s*(?:hours?|minutes?|mins?)|(?:about\s+)?(?:\d+|two|three)\s*(?:minutes?|mins?))\b|\bshould(?:n'?t| not) take (?:long|much time)\b`), replacements: sizedClause },
  { re: rx(String.raw`\b(?:easy|quick|simple|straightforward|nothing|trivial|a piece of cake)\s+for\s+(?:an?\s+|any\s+)?(?:[\w.+#-]+\s+){0,2}?(?:expert|pro|professional|experienced|skilled|developer|designer|native(?:\s+speakers?)?|(?:someone|anyone|anybody) (?:who knows|with experience))\w*\b`), replacements: (matched: string) => sized(`about [N] hours of work ${matched.slice(matched.search(/\bfor\b/i))}`) },
  // a small size said for the client, not asked: "Should be a couple hours of work" (not an estimate given, "should be
  // about 20 hours of work")
  { re: rx(String.raw`\b(?:should|would)\s+(?:only\s+|just\s+)?be\s+(?:only\s+|just\s+)?(?:a couple(?: of)?|a few|an?|one|two)\s+(?:hours?|minutes?|mins?)(?:\s+of\s+work)?\b`), replacements: (matched: string) => sized(`${/^would/i.test(matched) ? 'would' : 'should'} be about [N] hours of work`) },
  { re: rx(String.raw`\b(?:piece of cake|\d+[- ]minute (?:job|fix|task)|won'?t take (?:long|much time))\b`), replacements: pieceOfCake },
  // the work said to need no one in particular: "anyone can do it", "no experience needed, it's simple"
  { re: rx(String.raw`\b(?:anyone|anybody)\s+(?:can|could)\s+do\s+(?:it|this|that)\b`), replacements: sized('it takes about [N] hours') },
];

/** "piece of cake" → "about [N] hours of work", "5-minute fix" → "[N]-hour fix", "won't take long" → "will take about [N] hours". */
function pieceOfCake(matched: string): ReplacementOption[] {
  if (/^won/i.test(matched)) return sized('will take about [N] hours');
  const minute = /minute (\w+)$/i.exec(matched);
  return sized(minute ? `[N]-hour ${minute[1]!.toLowerCase()}` : 'about [N] hours of work');
}

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
    { description: 'Need a simple to-do app. No need for experience, anyone can do it.', flags: ['anyone can do it'] },
    { description: 'Add a pivot chart to my spreadsheet. Should be easy for an Excel expert.', flags: ['easy for an Excel expert'] },
    { description: 'This is a quick task for an experienced developer.', flags: ['quick task'] },
    { description: 'Should only take an hour for an expert.', flags: ['Should only take an hour'] },
    { description: 'My contact form does not send emails. Should be easy for anyone who knows Squarespace.', flags: ['easy for anyone who knows'] },
    { description: 'Connect Typeform to HubSpot. Should be a couple hours of work.', flags: ['Should be a couple hours of work'] },
    { description: 'Fix my contact form. Should be quick for an expert.', flags: ['quick for an expert'] },
    { description: 'Quick and easy logo job. This should be super easy, probably takes 30 minutes.', flags: ['Quick and easy logo job', 'should be super easy', 'probably takes 30 minutes'] },
    { description: 'Translate my website to French. Should be easy for native speakers.', flags: ['easy for native speakers'] },
  ],
  pass: [
    { description: 'Fix the checkout bug described below (about 4 hours of work).' },
    { description: 'Migrate the blog; it should be about 20 hours of work.' },
    // …or an estimate in hours
    { description: 'Fix the formulas in our sales workbook. Should take about 5 hours, paid hourly.' },
    // the product's ease, not the work's
    { description: 'The booking form should be very easy to use, even for older customers.' },
    { description: 'The designs are ready, so understanding the project will be very easy. Signing up only takes a minute.' },
  ],
};
