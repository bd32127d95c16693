import type { SectionRule } from '../rule';
import { isNegated } from '../text/match';
import { rx } from '../text/vocab';
import { collectEvidence } from './section-helpers';

const PATTERNS = [
  // channels the work runs through
  rx(String.raw`\b(?:via|on|over|through|using|in|use|join|prefer)\s+(?:our\s+)?(?:slack|zoom|google meet|ms teams|microsoft teams|teams|discord|loom|trello|asana|jira|clickup|basecamp|notion)\b`),
  rx(String.raw`\b(?:slack|zoom|google meet|microsoft teams|loom) (?:calls?|meetings?|channel|workspace|updates?)\b`),
  // cadence
  rx(String.raw`\b(?:daily|weekly|bi-?weekly|regular|frequent|twice[- ]a[- ]week|end[- ]of[- ]day|progress|status)\s+(?:updates?|calls?|meetings?|check[- ]?ins?|stand[- ]?ups?|reports?|reporting|syncs?|reviews?|demos?)\b`),
  rx(String.raw`\b(?:update|report to|check in with|meet with|call with|sync with)\s+(?:me|us|the team)\b[^.!?\n]{0,30}\b(?:daily|weekly|every|each|regularly)\b`),
  // time zone and overlap
  // upper-case only: "est" and "ist" are word endings in lower case
  rx(String.raw`\b(?:EST|EDT|PST|PDT|CST|CDT|MST|CET|CEST|GMT|BST|UTC|IST|AEST|SGT)(?:\s?[+-]\s?\d{1,2})?\b`, 'g'),
  rx(String.raw`\b(?:time ?zones?|overlap\w*|business hours|working hours|eastern time|pacific time|central time)\b`),
  // meetings, calls, interviews, kickoff
  rx(String.raw`\b(?:interviews?|kick-?off|video calls?|phone calls?|quick calls?|short calls?|intro(?:ductory)? calls?|discovery calls?|(?:a|on a|schedule a|hop on a|jump on a) call|meetings?|screen ?shar\w+)\b`),
  // response time and availability
  rx(String.raw`\b(?:responsive|respond(?:s|ing)? (?:within|quickly|promptly)|response times?|reply within|available (?:during|between|for (?:calls|meetings|communication))|reachable|availability during)\b`),
  rx(String.raw`\bdiscuss (?:the )?(?:details|project|requirements|scope)\b[^.!?\n]{0,30}\b(?:before|prior to)\b`),
];

export const missingCommunication: SectionRule = {
  type: 'section',
  section: 'communication',
  label: 'Communication',
  meta: {
    id: 'missing-communication',
    level: 'suggestion',
    description: 'Flags a post that says nothing of how you will work together: channel, cadence, time zone or a kickoff call.',
    why: 'Freelancers who cannot meet your hours or channel apply anyway, and misunderstandings surface only at delivery.',
    seeds: '001 #3 kickoff meeting, #4; 002 "Not Communicating Clearly"; 003 meeting, communication',
    messages: { missing: 'The post does not say how you will communicate (channel, updates, time zone, kickoff call).' },
  },
  evidence: ({ doc }) => collectEvidence(doc, PATTERNS, { accept: (t, s) => !isNegated(t, s, 15) }),
  template: () => 'A short kickoff call, then [daily/weekly] updates on [Slack/the platform]; I am in [time zone] and reply within [N] hours.',
  examples: {
    fire: [
      { description: 'Need a WordPress developer with good communication skills.' },
      { description: 'Write ten product descriptions for my store.' },
    ],
    pass: [
      { description: 'We will have weekly calls on Zoom.' },
      { description: 'You must overlap 4 hours with EST.' },
      { description: 'Short interview before we start.' },
    ],
  },
};
