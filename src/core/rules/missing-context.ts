import type { SectionRule } from '../rule';
import { rx } from '../text/vocab';
import { collectEvidence } from './section-helpers';

const ORG = String.raw`(?:company|startup|start-up|agency|business|firm|brand|shop|store|organi[sz]ation|non-?profit|charity|school|clinic|practice|studio|team|group|platform|marketplace|saas|e-?commerce|consultancy|restaurant|podcast|channel|blog|community|website|site|app|application|product|service|project|game|client|clients|customers?|users?|members|students|patients|audience|readers|subscribers|database|system|codebase|repo(?:sitory)?|crm|backend|server|infrastructure|stack|pipeline|api|dashboard|store|catalog(?:ue)?|inventory|data|spreadsheet|workflow|process|content|listings?|book|course|plugin|theme|domain|account)`;

const PATTERNS = [
  // "We are a small bakery", "I'm an indie author": who the client is (not "we are seeking a…")
  rx(String.raw`\b(?:we are|we're|i am|i'm)\s+(?:a|an)\s+(?!(?:[\w-]+\s+){0,3}(?:freelancer|developer|designer|writer|expert|specialist|professional|candidate|engineer)\b)[\w-]+`),
  // who the client is: "We are a small design agency", "I'm a real estate agent", "I run a bakery"
  rx(String.raw`\b(?:we are|we're|i am|i'm|we run|i run|i own|we own|we operate|i have|we have|i've|we've)\s+(?:a|an|the|two|three|[\w-]+\s+)?(?:[\w-]+\s+){0,4}(?:${ORG}|owner|founder|co-?founder|ceo|cto|coach|consultant|author|writer|teacher|doctor|realtor|agent|photographer|artist|musician|developer|researcher|student|entrepreneur|designer|marketer|manager|lawyer|therapist)\b`),
  // what exists: "our Magento 2 store", "my existing website", "our current app"
  rx(String.raw`\b(?:our|my)\s+(?:[\w.+#-]+\s+){0,3}${ORG}\b`),
  rx(String.raw`\b(?:existing|current|currently|already (?:have|built|live|running|exists?)|legacy|in production|is live|is built (?:with|in|on)|built (?:with|in|on) (?:\w+\s?){1,3}(?:and|,))\b`),
  // what for / who the users are
  rx(String.raw`\b(?:for (?:our|my) (?:customers|clients|users|team|students|patients|members|audience|readers|business|company)|(?:our|my) (?:customers|clients|users|audience) (?:are|need|can|will))\b`),
  rx(String.raw`\b(?:we|i) (?:sell|provide|offer|help|build|make|manage|specialize|specialise|work with|serve|are building|are developing|are launching|launched|started|founded|recently)\b`),
  rx(String.raw`\b(?:founded in|based in|headquartered in|established in)\b`),
];

const JOIN_OUR_TEAM = /\b(?:join|joining|part of|grow with|work with|work for)\s+(?:our|my)\s+(?:\w+\s+){0,2}(?:team|company|agency|startup)\s*[.!,]?\s*$/i;
const ROLE_ONLY = /\b(?:our|my)\s+(?:\w+\s+){0,2}(?:team|project|requirements?|needs?|vision|goals?)\b/i;

/** "join our team", "our project", "my requirements" say nothing about the client. */
function accept(text: string, start: number, end: number): boolean {
  const match = text.slice(start, end);
  if (ROLE_ONLY.test(match) && /(?:team|project|requirements?|needs?|vision|goals?)$/i.test(match)) return false;
  const lead = text.slice(Math.max(0, start - 30), end);
  return !JOIN_OUR_TEAM.test(lead);
}

export const missingContext: SectionRule = {
  type: 'section',
  section: 'context',
  label: 'Context',
  meta: {
    id: 'missing-context',
    level: 'warning',
    description: 'Flags a post with no background: who you are, what the work is for, who the users are, or what exists already.',
    why: 'Freelancers price and plan from context; without it they guess, and the best ones ask questions instead of bidding.',
    seeds: '001 #3 "never assume… know your systems"; 004 #2',
    messages: { missing: 'The post gives no background: who you are, what it is for, or what exists already.' },
  },
  evidence: ({ doc }) => collectEvidence(doc, PATTERNS, { accept }),
  template: () => 'We are [who you are]. This is for [who will use it / what it is for]. What exists today: [current site, app, data, designs].',
  examples: {
    fire: [
      { description: 'Need a React developer. Must know TypeScript. Apply now.' },
      { description: 'Looking for a logo designer to join our team.' },
    ],
    pass: [
      { description: 'We are a small bakery in Leeds and need online ordering.' },
      { description: 'Our Magento 2 store needs a new checkout step.' },
      { description: 'The current site is built on WordPress and loads slowly.' },
    ],
  },
};
