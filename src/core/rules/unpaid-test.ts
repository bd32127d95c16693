import type { FindingRule, ReplacementOption, RuleExamples } from '../rule';
import { isNegated, isQuoted, sentenceAround } from '../text/match';
import { IN_SENTENCE, rx, SERVED_PEOPLE } from '../text/vocab';
import { determinerBefore } from './fit-helpers';
import { findPhrases } from './phrase-helpers';

/**
 * The test made paid, in the phrase's grammar: a test named becomes a paid one ("a free sample" → "a paid test task
 * ($[amount], …)", without a second "a"), work asked for keeps its words and says what it pays ("…create a wireframe
 * (paid: $[amount], about [N] hours)"), and a refusal to pay says what is paid. One noun phrase in every place read
 * "To apply, please a paid test task (…) smiling" and "I a paid test task (…)".
 */
function paid(matched: string, around: { before: string }): ReplacementOption[] {
  const say = (text: string) => [{ label: 'Make the test paid', text }];
  const refusal = /^(?:will not|won['’]t|do not|don['’]t|cannot|can['’]t) pay (?:you )?/i.exec(matched);
  if (refusal) return say(`will pay $[amount] for ${matched.slice(refusal[0].length).replace(/^for\s+/i, '')}`);
  if (/^(?:before|submit|create|make|send|draw|animate|do|complete)\b/i.test(matched)) return say(`${matched} (paid: $[amount], about [N] hours)`);
  // (an article before, maybe with a word or two between: "a small [free task]")
  return say(`${determinerBefore(around.before, 2) ? '' : 'a '}paid test task ($[amount], about [N] hours)`);
}

const PATTERNS = [
  { re: rx(String.raw`\b(?:free|unpaid|no[- ]pay|non-?paid)\s+(?:small\s+|short\s+|quick\s+)?(?:test (?:tasks?|articles?|designs?|projects?)|trial (?:tasks?|articles?|projects?|periods?)|sample (?:tasks?|articles?|designs?|videos?|work)|samples?|tests?|demos?|mock-?ups?|assignments?|tasks?)\b`), replacements: paid },
  { re: rx(String.raw`\b(?:samples?|tests?|trials?|demos?|test tasks?|sample (?:articles?|designs?|tasks?))\b${IN_SENTENCE}{0,30}\b(?:for free|free of charge|unpaid|without (?:pay|payment|compensation)|at no (?:cost|charge)|will not be paid|won'?t be paid|is not paid)\b`), replacements: paid },
  { re: rx(String.raw`\b(?:do|complete|make|create)\b${IN_SENTENCE}{0,40}\bfor free\b${IN_SENTENCE}{0,30}\b(?:prove|show|demonstrate|before|to (?:be )?(?:hired|considered|selected))\b`), replacements: paid },
];

/**
 * A test step in hiring that the post never says is paid (LABELS.md: "a free sample, demo or trial
 * task required to apply, with no pay mentioned, counts"): "a small entry test task, upon
 * completion of which there is an interview", "I will not pay for these sample designs".
 */
const TEST_STEP = [
  { re: rx(String.raw`\b(?:test|trial|sample|entry)[ -](?:tasks?|projects?|assignments?|articles?|designs?)\b|\b(?:small|short|quick|simple) tasks? as a test\b`), replacements: paid, messageId: 'unstated' },
  // work asked for before the job is given: "before awarding the job you must create a wireframe"
  { re: rx(String.raw`\bbefore\s+(?:awarding|award|hiring|being hired|(?:i|we)\s+(?:award|hire))\b${IN_SENTENCE}{0,40}\byou\s+(?:must|need to|have to|will need to|should)\s+(?:create|make|design|do|complete|build|write|submit|send)\s+(?:a|an|the|some)\s+[\w-]+`), replacements: paid, messageId: 'unstated' },
  // new work on the client's own material asked for to apply: "To apply, draw a sketch of our mascot waving" (set BW)
  { re: rx(String.raw`\b(?:submit|create|make|send|draw|animate)\b(?<=\bto\s+apply\b${IN_SENTENCE}{0,30}\b(?:submit|create|make|send|draw|animate))\s+(?:us\s+|me\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:animation|illustration|drawing|sketch|logo|mock-?up|render|painting|translation|voice-?over)\s+of\s+(?:the|our|my|this|that)\s+[\w-]+`), replacements: paid, messageId: 'unstated' },
  { re: rx(String.raw`\b(?:will not|won't|do not|don't|cannot|can't) pay (?:you )?for (?:the |these |this |any |your )?(?:test|trial|sample)s?(?:\s+(?:tasks?|designs?|articles?|projects?|work))?\b`), replacements: paid },
];
/** What makes a test a step before hiring: "before hiring", "to get started", "if shortlisted", "to see your code quality". */
const HIRING_STEP = /\b(?:before|to get (?:you )?started|upon (?:successful )?completion|if shortlisted|shortlist\w*|interview|to (?:evaluate|prove|ensure|see|assess|check|judge)|prove|required|mandatory|to apply|applicants?|candidates?)\b/i;
/** Pay for the test in its own sentence: "The pay will be $60 but there is a sample task first". */
const PAY_IN_SENTENCE = /\b(?:paid|pay|payment|compensat\w*|hourly|rate)\b|[$€£]\s?\d/i;
/** Anywhere in the post, the test is paid, or the whole job is the test ("This is a test project"). */
const TEST_IS_PAID_OR_THE_JOB = /\bpaid\s+(?:[\w-]+\s+){0,2}(?:test|trial)|\b(?:test|trial)\w*\s+(?:\w+\s+){0,4}(?:is|are|will be)\s+(?:\w+\s+)?paid\b|\b(?:test|trial) \w+ with (?:hourly )?(?:compensation|pay)|\b(?:this|it)\s+(?:first\s+project\s+)?is\s+(?:a|an|our)\s+(?:\w+\s+)?(?:test|trial)\s+(?:project|assignment|job)\b/i;

/** `testIsPaidOrTheJob` reads the whole post, once, and only if a test step is found at all. */
function acceptTestStep(text: string, start: number, end: number, testIsPaidOrTheJob: () => boolean): boolean {
  if (isQuoted(text, start, end)) return false;
  const match = text.slice(start, end);
  if (/\bpay\b/i.test(match)) return true; // "I will not pay for these sample designs"
  if (isNegated(text, start) || /\ba\/b\s*$/i.test(text.slice(Math.max(0, start - 5), start))) return false;
  if (testIsPaidOrTheJob()) return false;
  const sentence = sentenceAround(text, start, end);
  return HIRING_STEP.test(sentence) && !PAY_IN_SENTENCE.test(sentence);
}

/**
 * Free samples that the client's business gives its own customers, not work asked of the freelancer: "I sell a free sample
 * pack of loops", "a free demo download", "visitors can request a free sample".
 */
const PRODUCT_AFTER = /^[ \t]+(?:packs?|kits?|box(?:es)?|bags?|bottles?|sachets?|products?|downloads?|giveaways?|sign-?ups?|requests?|campaigns?|offers?|orders?)\b/i;
const GIVEN_TO_CUSTOMERS_BEFORE = new RegExp(String.raw`\b(?:(?:sell|sells|selling|ship|ships|shipping|mail|mails|mailing)\s+(?:(?:our|my)\s+${SERVED_PEOPLE}\s+)?|${SERVED_PEOPLE}\s+(?:can\s+|could\s+|to\s+|will\s+)?(?:get|request|claim|order|receive|download)\s+)(?:an?\s+|their\s+|our\s+|my\s+)?$`, 'i');

/** "paid test task", "we never ask for free samples", a free sample the client's shop gives away: not unpaid work. */
function accept(text: string, start: number, end: number): boolean {
  if (isQuoted(text, start, end) || isNegated(text, start)) return false;
  if (PRODUCT_AFTER.test(text.slice(end, end + 20)) || GIVEN_TO_CUSTOMERS_BEFORE.test(text.slice(Math.max(0, start - 50), start))) return false;
  const before = text.slice(Math.max(0, start - 12), start);
  // "paid test"; "a 3-day free trial" of a subscription the app sells
  return !/\bpaid\s*$/i.test(before) && !/\d+[- ](?:day|week|month)\s*$/i.test(before);
}

export const unpaidTest: FindingRule = {
  type: 'finding',
  meta: {
    id: 'unpaid-test',
    name: 'Unpaid test work',
    level: 'error',
    description: 'Flags a request for free work before hiring: a free sample, an unpaid test task.',
    why: 'Experienced freelancers do not work for free, so an unpaid test filters out the people you want and may break the marketplace\'s terms.',
    seeds: '002 "start with a small project" (paid), 003 cost',
    messages: {
      default: '"{{phrase}}" asks for free work: offer a small paid test instead.',
      unstated: '"{{phrase}}" is a step before hiring that the post never says is paid: applicants will read it as free work. Say what it pays.',
    },
  },
  check: ({ doc }) => {
    const free = findPhrases(doc, PATTERNS, { accept });
    if (free.length > 0) return free;
    let paidOrTheJob: boolean | undefined;
    const testIsPaidOrTheJob = () => (paidOrTheJob ??= TEST_IS_PAID_OR_THE_JOB.test(doc.title) || TEST_IS_PAID_OR_THE_JOB.test(doc.description));
    return findPhrases(doc, TEST_STEP, { accept: (text, start, end) => acceptTestStep(text, start, end, testIsPaidOrTheJob) });
  },
};

/** Drafts this check must flag, and drafts it must leave alone (run by test/unit/rules.test.ts). */
export const examples: RuleExamples = {
  fire: [
    { description: 'Applicants must complete a free sample article.', flags: ['free sample article'] },
    { description: 'Send a test design for free to prove your skills.', flags: ['test design for free'] },
    // a test step before hiring that the post never says is paid
    { description: 'There is a small entry test task, upon completion of which there is an interview.', flags: ['test task'] },
    { description: 'I need a personal website. Before awarding the job you must create a wireframe.', flags: ['Before awarding the job you must create a wireframe'] },
    { description: 'If shortlisted, we will give you a test project to evaluate your skills before hiring.', flags: ['test project'] },
    { description: 'I will not pay for these sample designs, but you can use them in your portfolio.', flags: ['will not pay for these sample designs'] },
    // (set BW) new work on the client's material asked for to apply
    { description: 'Animate 12 stills of our cartoon fox. To apply, please create a short animation of the fox waving.' },
  ],
  pass: [
    { description: 'We start with a paid test task of two hours.' },
    { description: 'We never ask for free samples.' },
    // free samples the client's shop gives its customers
    { description: 'I sell a free sample pack of guitar loops to get sign-ups. Build a landing page for it.' },
    { description: 'Our coffee site: visitors can request a free sample and we ship it. Add a form for it to our Shopify store.' },
    // a test said to be paid anywhere in the post, the whole job called a test, pay in the sentence
    { description: 'Step 3: a test task before the interview. Our test assignments are paid whatever the results.' },
    { description: 'This is a test project. If it goes well, completing the test project leads to more work.' },
    { description: 'I’m running a paid one-week trial.\n\nTrial tasks – what you need to prove this week:\n- Set up our workflow' },
    { description: 'The pay will be $60 but there will be a sample task to make sure we are aligned.' },
    { description: 'Plan the A/B test design for the pricing page.' },
    // a free trial the product offers its users
    { description: 'Add a registration page and free trial for new customers.' },
  ],
};
