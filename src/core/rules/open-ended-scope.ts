import type { FindingRule, ReplacementOption, RuleExamples } from '../rule';
import { rx } from '../text/vocab';
import { findPhrases } from './phrase-helpers';

/**
 * Name the tasks or cap the time, worded to fit where the phrase stood: "and other tasks" becomes
 * "and [name the other tasks]", but "help with whatever comes up" must not become "help with and…".
 * A list's tail ("clothing, jewelry, and more") is named, not capped in hours; "as needed" says when,
 * so it keeps its place and gains a cap ("Fix bugs as needed, up to [N] hours a week"), where a task
 * list in its place read "Fix bugs [name the tasks].".
 */
function nameThem(match: string): ReplacementOption[] {
  if (/^and (?:much more|more|anything else)$/i.test(match)) return [{ label: 'Name the rest', text: 'and [name the rest]' }];
  if (/^as\b/i.test(match)) return [{ label: 'Cap the time', text: `${match}, up to [N] hours a week` }];
  const joined = /^(?:and|or|plus)\b/i.test(match);
  // "and some other features" → "and [name the other features]"
  const things = /^(?:features|functions|pages|screens|modules|sections|changes|fixes)$/i.exec(match.split(/\s+/).pop() ?? '')?.[0].toLowerCase() ?? 'tasks';
  return [
    { label: `Name the ${things}`, text: joined ? `and [name the other ${things}]` : `[name the ${things}]` },
    { label: 'Cap the time', text: `${joined ? 'and ' : ''}up to [N] hours/week of [task type]` },
  ];
}

const PATTERNS = [
  // (not a kind of work named: "agile and other project management methods")
  { re: rx(String.raw`\b(?:and|or|plus)\s+(?:any\s+)?other\s+(?:related\s+|misc(?:ellaneous)?\s+|small\s+)?(?:tasks?|duties|things|work|projects?|jobs?|stuff|responsibilities)(?:\s+as\s+(?:needed|required|assigned|necessary))?\b(?![ \t-]+(?:management|managers?|planning|methodolog\w*|coordinat\w*)\b)`), replacements: nameThem },
  { re: rx(String.raw`\b(?:and (?:much )?more(?<!\bmore and (?:much )?more)(?=\s*(?:[.,;:!?)…\n–—-]|$|(?:to|for|in|on|with|at|from|via|that|which|so|as|etc)\b))|and anything else|whatever (?:comes up|is (?:needed|required|necessary)|else)|anything (?:else )?(?:that comes up|i need|we need)|misc(?:ellaneous)? tasks|various other tasks|as (?:and when )?needed(?<!\bas\s+\w+(?:\s+or\s+\w+)?\s+as (?:and when )?needed)|as required)\b`), replacements: nameThem },
  // more of something countable with no count: "login, profile and some other features" (not the bare "and other
  // features" of a product being shown off: "speed, ease of use, and other features")
  { re: rx(String.raw`\b(?:and|or|plus)\s+(?:some|a few|several|many|various)\s+other\s+(?:features|functions|pages|screens|modules|sections|changes|fixes)\b`), replacements: nameThem },
  // every feature of a product too big to list: "an ecommerce website like amazon with all features" (not those listed:
  // "with all the features listed below", "all features in the brief")
  { re: rx(String.raw`\bwith\s+all\s+(?:the\s+)?(?:features|functionalit(?:y|ies)|functions|modules)\b(?!\s*(?:listed|below|above|described|shown|mentioned|specified|outlined|implemented|done|completed|working|tested|delivered|finished|in|of|from|on|we|i|you|that|which|:)\b)`), replacements: [{ label: 'Name the features', text: 'with [name the features]' }] },
  // revisions with no limit: each round is work no quote can include
  { re: rx(String.raw`\bunlimited\s+(?:revisions?|changes|edits|rounds(?:\s+of\s+(?:revisions?|changes|edits))?)\b`), replacements: [{ label: 'Cap the revisions', text: '[N] rounds of revisions' }], messageId: 'revisions' },
  // (not more work promised after this job: "Ongoing work if we're a good fit", "potential for ongoing work")
  {
    re: rx(
      String.raw`\b(?:ongoing|general|continuous)\b(?<!\b(?:potential|possibility|possible|chance|opportunit(?:y|ies)|lead|leads|turn|future)\s+(?:for|of|to|into|in)?\s*(?:an?\s+|more\s+)?(?:ongoing|general|continuous))\s+(?:help|support|assistance|tasks|work)\b(?!\s+(?:if|possible|available|for the right|may|might|could|depending|based on|after|once)\b)`,
    ),
    replacements: [{ label: 'Say what the ongoing work is', text: '[N] hours/week of [named duties]' }],
  },
];

export const openEndedScope: FindingRule = {
  type: 'finding',
  meta: {
    id: 'open-ended-scope',
    name: 'Open-ended scope',
    level: 'suggestion',
    description: 'Flags scope with no edge: "and other tasks as needed", "and more", "whatever comes up", "ongoing help", "unlimited revisions".',
    why: 'Open-ended scope cannot be priced; freelancers either pad their quote or argue later about what was included.',
    seeds: '001 #2, 002',
    messages: {
      default: '"{{phrase}}" leaves the scope open: name the tasks or cap the time.',
      revisions: '"{{phrase}}" leaves the scope open: say how many rounds of revisions the price includes.',
    },
  },
  check: ({ doc }) => findPhrases(doc, PATTERNS),
};

/** Drafts this check must flag, and drafts it must leave alone (run by test/unit/rules.test.ts). */
export const examples: RuleExamples = {
  fire: [
    { description: 'Manage our Instagram and other tasks as needed.', flags: ['and other tasks as needed'] },
    { description: 'Looking for ongoing help with our store.', flags: ['ongoing help'] },
    { description: 'Build the levels and whatever is required to ship.', flags: ['whatever is required'] },
    { description: 'Track bounce rate, search console and more.', flags: ['and more'] },
    { description: 'i want a ecommerce website like amazon with all features. multi vendor.', flags: ['with all features'] },
    { description: 'Design a logo. Unlimited revisions until I am happy.', flags: ['Unlimited revisions'] },
    { description: 'Hire copywriters, designers, analysts and more to serve our clients.', flags: ['and more'] },
    { description: 'Build a mobile app with login, profile and some other features.', flags: ['and some other features'] },
  ],
  pass: [
    { description: 'Run our sprints with Scrum and other project management methods. Build the API described below.' },
    { description: 'Build the booking app with all the features listed below.' },
    { description: 'Final payment upon delivery of the final version with all features implemented.' },
    { description: 'Manage our Instagram: 3 posts a week and replies to comments.' },
    // "more and more", "and more geared to…" and "as long as needed" leave no scope open
    { description: 'The model improves as more and more images are filtered.' },
    { description: 'My questions are standard and more geared toward design.' },
    { description: 'Reviews should be as long or short as needed.' },
    // the product's own features, shown off in a video
    { description: "Show off the gadget's portability, ease of use, and other features." },
    // more work promised after this job, if it goes well
    { description: 'Edit 2 cooking videos a week, 10-14 minutes each. Ongoing work if we are a good fit.' },
    { description: 'Fix the checkout bug on our store. Potential for ongoing work after this.' },
  ],
};
