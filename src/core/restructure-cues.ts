import { SECTION_BY_HEADING } from './sections';
import { APPLICANT_QUALITY } from './text/match';
import type { SectionId } from './types';

/**
 * What `restructure` reads besides the section checks' evidence: the client's own headings, and sentences that belong
 * under a heading without satisfying its check (a request to apply that asks for no past work, the opening line saying
 * what the job is).
 */

/**
 * The section a client's own heading names, read on its words alone (no colon, bullet or Markdown): "Task Duration",
 * "Budget", "Ideal Candidate", "What I need help with". The lines under it belong there even where they say too little
 * for the check on their own ("1-2 hours" under "Task Duration:") or also read as something else ("March 14th - ticket
 * release (about $20)" under "Rough Schedule" is a date, not a price). What the client asks of the applicant (skills,
 * the ideal candidate) goes under How to apply, the heading of the good post that speaks to the applicant. "Requirements"
 * alone names nothing: as many posts list the product's requirements under it as the applicant's.
 */
const HEADINGS: ReadonlyArray<readonly [SectionId, RegExp, Leaves?]> = [
  ['context', /^(?:about(?: (?:us|me|the (?:company|business|client|project|brand)|our (?:company|business|team|brand)|(?!(?:the|this|you|your)\b)[\w&'’.-]+(?: [\w&'’.-]+)?))?|(?:company|project|business) (?:background|overview|info(?:rmation)?)|background|who (?:we are|i am)|our (?:company|story|business|team)|intro(?:duction)?|context|the (?:situation|problem|challenge)|current (?:situation|setup|state|workflow|process|system|challenges?|problems?|issues?)|target (?:audience|users|market)|who (?:we are|are we)|why this project)$/],
  ['deliverables', /^(?:(?:[\w/-]+ ){0,2}deliverables?|(?:the |project |technical |key |main |your )?(?:scope(?: of (?:work|the project))?|tasks?)|(?:(?:the|your|job|role|key|main|core|primary|daily|general|project) ){0,2}(?:responsibilities|duties)|(?:[\w/-]+ ){0,2}features|what (?:you(?:['’]ll| will) (?:do|build|deliver|be doing|be working on|work on|translate|write|design|create|edit|make|handle|manage)|(?:i|we) need(?: (?:help with|done|from you))?|needs (?:to be done|doing))|(?:project|technical|functional) requirements|job (?:details|scope)|work to be done|the (?:work|job|task)|about the (?:role|job|position|project|opportunity|work)|the role)$/],
  ['acceptance', /^(?:acceptance(?: criteria| tests?)?|quality(?: (?:standards?|criteria|bar|expectations))?|success criteria|definitions? of (?:done|success)|done (?:when|means)|success (?:metrics|looks like)|kpis?|expected (?:results?|outcomes?))$/],
  ['timeline', /^(?:(?:project |task |job |estimated |expected |rough )?(?:timeline|deadline|schedule|duration|time ?frame|turnaround(?: time)?)(?: (?:details|information|info|considerations|expectations))?|availability|(?:project )?start(?:ing)?(?: date)?|(?:working |work |flexible )?hours(?: ?(?:\/|per |a )week)?|time commitment|estimated time|how long (?:will it|it will|does it) take)$/],
  ['budget', /^(?:(?:project |estimated |total |our |competitive )?(?:budget|pay(?:ment)?(?: terms)?|compensation|rate|pricing|price|fee|salary|cost)s?(?: (?:details|information|info|considerations|range|breakdown|structure))?)$/],
  // (what the client offers the freelancer, "What We Offer", "Why Join Us?": the pay and terms, with the hours a line
  // gives going under Timeline; these lines stood under the skills sought before them)
  ['budget', /^(?:what (?:we|i) offer|we offer|what(?:['’]s| is) in it for you|why (?:join|work (?:with|for))(?: (?:us|me|our team))?|(?:your |our |the )?perks|benefits (?:&|and) perks|perks (?:&|and) benefits|(?:the )?contract(?: (?:type|details|terms))?)$/, 'narrow'],
  ['samples', /^(?:(?:how |to )?apply|how to apply|next steps?|application(?: (?:process|instructions))?|(?:what to )?include in your (?:proposal|application)|proposal(?: (?:requirements|instructions))?|(?:additional |screening )?questions(?: for (?:you|applicants))?|(?:please )?(?:provide|send(?: us| me)?|include|submit|share)(?: (?:the following|with your (?:proposal|application)))?)$/],
  // (who is sought: under How to apply, but an hour, a rate or a channel among the skills is the engagement's, "Available
  // 9-5 EST", "Daily standups on Slack")
  ['samples', /^(?:(?:the )?(?:ideal|perfect) (?:candidate|freelancer|fit)(?: (?:should|must|will) (?:have|be))?|(?:ideal|required|preferred) (?:[\w-]+ )?(?:skills|profile|qualifications)|(?:required |preferred |desired )?(?:skills|qualifications|experience)(?: (?:required|needed))?|(?:tech(?:nical)? stack|skills|expertise)(?: (?:&|and) (?:expertise|skills|experience|tools))?|(?:candidate|freelancer|job|role) requirements|requirements for (?:the )?(?:candidate|freelancer|applicants?|role|job)|about you|who you are|what you(?:['’]ll| will)? (?:bring|need(?: to have)?)|what you have|your (?:profile|background|skills|experience|qualifications)|who should apply|(?:who|what) we(?:['’]re| are) looking for|must[- ]haves?|(?:nice|good)[- ]to[- ]haves?(?: skills)?|bonus(?: points| skills)?|preferred)$/, 'narrow'],
  ['communication', /^(?:communication|reporting|updates|meetings|collaboration|how we work|working together)$/],
];

/** What may stand before a heading's words: spaces, a bullet, Markdown, an emoji or a symbol ("🔹 Your Responsibilities"). */
const HEADING_LEAD = String.raw`[\s#*_>•\-\p{Extended_Pictographic}\p{So}\uFE0F\u200D]*`;

/**
 * A heading's words: without the bullet, number, Markdown, emoji or symbol before it ("🔹 Your Responsibilities"), an
 * aside in brackets, and the colon after it.
 */
const HEADING_DRESS = new RegExp(String.raw`^${HEADING_LEAD}(?:\d+[.)]\s*)?|\s*\([^()]*\)|[\s*_:?©®™]*$`, 'gu');

/** A heading's words, lower-cased. */
const wordsOf = (line: string) => line.replace(HEADING_DRESS, '').replace(/\s+/g, ' ').toLowerCase();

/** The good post's own headings, as the templates insert them ("Budget and payment:"): each names its section. */
const OWN = SECTION_BY_HEADING;

/**
 * Which of the lines under a client's heading leave it for a section they satisfy:
 * - `none` ("Rough Schedule", "How to apply": "May 4 - tickets on sale (about $20)" is a date there, not a price);
 * - `narrower`, those that satisfy a section more specific than the heading's (under Context or Scope: "Deadline: May
 *   1" among features);
 * - `narrow`, those that satisfy any section but Context or Scope (under what the client offers, "What We Offer": the
 *   hours go under Timeline, the perks stay with the pay; under the skills sought, "Available 9 AM-5 PM EST" among the
 *   must-haves);
 * - `any`, those that satisfy any section (under a heading of two things, "Timeline & Budget", "Payment and Terms":
 *   only what says nothing stays).
 */
export type Leaves = 'none' | 'narrower' | 'narrow' | 'any';

/** A heading of the client's that names a section, and which of its lines leave it. */
export interface ClientHeading {
  section: SectionId;
  leaves: Leaves;
}

/**
 * Context and Scope: the sections that hold what the others do not. Their headings let a line of a narrower section go
 * ("Deadline: May 1" among features); a line that satisfies only one of them says less than one that satisfies another.
 */
export const isBroad = (section: SectionId): boolean => section === 'context' || section === 'deliverables';

/** Which lines leave a heading of a section when its words say no more: Context and Scope let the narrower ones go. */
export const leavesOf = (section: SectionId): Leaves => (isBroad(section) ? 'narrower' : 'none');

/** A heading's words without the determiner before them: "Our expected timeline". */
const DETERMINER = /^(?:our|the|your|my) /;

function headingOfWords(words: string): ClientHeading | undefined {
  const own = OWN.get(words);
  if (own) return { section: own, leaves: leavesOf(own) };
  const bare = words.replace(DETERMINER, '');
  const found = HEADINGS.find(([, re]) => re.test(words) || re.test(bare));
  return found && { section: found[0], leaves: found[2] ?? leavesOf(found[0]) };
}

/** The heading a line is, on its words alone, if it names a section: "Task Duration", "💰 Compensation". */
export function namedHeading(line: string): ClientHeading | undefined {
  return headingOfWords(wordsOf(line));
}

/**
 * The heading a line is, if it names a section: on its words, or as a heading of two things of which the first names a
 * section or the second is a section's name ("Timeline & Budget", "Compensation & Hiring Process", "Engagement &
 * Timeline"). The second part is held to names: "Edit Availability & Schedule" is a feature, "Status Management &
 * Updates" too. In either part "Updates", "Reporting" or "Collaboration" name a feature or a skill as often as how the
 * client keeps in touch ("Design & Collaboration"): only "Communication" names that section there.
 */
export function clientHeading(line: string): ClientHeading | undefined {
  const words = wordsOf(line);
  const named = headingOfWords(words);
  if (named) return named;
  const parts = /^(.+?) (?:&|and) (.+)$/.exec(words);
  if (!parts) return undefined;
  const first = partSection(parts[1]!);
  // (two names of one section, "Required Skills & Experience", hold their lines as one would)
  if (first && first === partSection(parts[2]!)) return headingOfWords(parts[1]!);
  const section = first ?? (SECTION_NAME.test(parts[2]!) ? partSection(parts[2]!) : undefined);
  return section ? { section, leaves: 'any' } : undefined;
}

/**
 * A heading of requirements ("Requirements:", "Key Skills & Requirements", "Required:"): as many posts list the
 * product's requirements under one as the applicant's, so its first lines say which (`requirementsHeading`).
 */
const REQUIREMENTS = /(?:^| )(?:requirements?|required)$/;

/**
 * The requirements headings that say nothing of whose they are ("Key Requirements", "Technical Requirements"): over a list
 * of what the product must do, Scope's. Those of the job, the role or the candidate are the applicant's (`HEADINGS`).
 */
const ANYONES_REQUIREMENTS = /^(?:(?:key|main|basic|general|minimum|additional|other|technical|project|functional|specific) )?requirements?$/;

/**
 * A line that asks for a quality of the applicant's: "Proven experience in Flutter", "3+ years of React", "Ability to…",
 * "Strong foundation in…", "Willing to learn".
 */
const SKILL_SOUGHT = new RegExp(
  String.raw`^[^\p{L}\d]*(?:(?:strong|solid|excellent|proven|demonstrated|willing)\b|(?:[\p{L}'’/.+#-]+\s+){0,4}?(?:${APPLICANT_QUALITY}|experienced|expert|skilled|fluen(?:t|cy)|native (?:english|speaker)|abilit(?:y|ies)|degree|bachelor['’]?s?|\d+\+?\s*(?:years?|yrs))\b)`,
  'iu',
);

/**
 * A heading of requirements read by the lines under it: the skills sought go under How to apply as the client's "Required
 * Skills" do ("Requirements:" over "Proven experience with Stripe" and "Strong knowledge of push notifications"); what
 * the product must do ("Requirements:" over "Fetch streak and lesson status from Firebase") under Scope. At least half
 * of its first four lines must ask for skills: a list of features may open with the stack it is built on. Undefined
 * where its words say more than its lines ("Skills Required" over a list of tools) or it is no requirements heading.
 */
export function requirementsHeading(line: string, next: readonly string[]): ClientHeading | undefined {
  const words = wordsOf(line).replace(DETERMINER, '');
  if (next.length === 0 || !REQUIREMENTS.test(words)) return undefined;
  const skills = next.filter((l) => SKILL_SOUGHT.test(l)).length;
  // (or the first opens a list of them: "Must have real experience in:" over the tools)
  if (skills * 2 >= next.length || (/:\s*$/.test(next[0]!) && SKILL_SOUGHT.test(next[0]!))) return { section: 'samples', leaves: 'narrow' };
  return ANYONES_REQUIREMENTS.test(words) ? { section: 'deliverables', leaves: 'narrower' } : undefined;
}

/** The words that name a section by its name, as the second of two things. */
const SECTION_NAME = /^(?:timeline|deadline|budget|payment|pay|compensation|deliverables|communication)$/;

/** The section one of two things in a heading names. */
function partSection(words: string): SectionId | undefined {
  const section = headingOfWords(words)?.section;
  return section === 'communication' && words !== 'communication' ? undefined : section;
}

/**
 * A heading that says nothing ("Job Description:", "Details:") or no more than the good post's heading it goes under
 * ("Budget:" under Budget and payment): the new headings replace it. Any other is kept ("Nice to have:", "Task
 * Duration:", "Key Responsibilities:"): it says what the lines under it are, which they may not say alone ("1-2 hours"
 * under "Task Duration:" was the post's timeline; without the heading the check found none). Over the corpus, dropping
 * every heading that named a section lost such evidence in 4 more posts than this.
 */
const REDUNDANT = /^(?:(?:job |project )?(?:description|details|information|info|overview|summary)|context|(?:the |project )?(?:deliverables?|scope(?: of work| (?:&|and) deliverables)?)|acceptance criteria|timeline|budget|(?:how )?to apply|communication)$/;

export function isRedundantHeading(line: string): boolean {
  const words = wordsOf(line);
  return OWN.has(words) || REDUNDANT.test(words);
}

/** A heading that is one of the good post's own ("Acceptance criteria:", as a template inserts it). */
export function isOwnHeading(line: string): boolean {
  return OWN.has(wordsOf(line));
}

/**
 * A line short enough to be a heading whatever its words ("Rough Schedule", "Ideal Candidate Should Have:", "Bonus
 * Skills (Preferred but Not Required):", "Why Join Us?"): letters, with no full stop or other sentence end but a question
 * mark. Only read as one when `clientHeading` knows it.
 */
export const SHORT_HEADING = new RegExp(String.raw`^${HEADING_LEAD}[\p{L}\d&/'’ ()©®™-]{2,60}[:?]?[\s*_]*$`, 'u');

/** A day or an hour that recurs or stands alone ("on Fridays", "every Monday", "each morning", "at 10am"): when a meeting is, said with it. */
export const MEETING_TIME =
  /^(?:(?:on|every|each)\s+(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?|morning|afternoon|evening|week(?:day)?)|at\s+\d{1,2}(?::\d\d)?\s*(?:am|pm))$/i;

/**
 * A sentence about applying that asks for no past work ("To be considered, answer…", "Don't apply if…", "Start your
 * proposal with…", "Include your rate"), how the client will choose ("Lowest bid wins"), about who should apply ("The
 * ideal candidate will have…", "If you are passionate about…, we'd love to hear from you") or a sign-off that waits for
 * applications ("We look forward to your bids"): How to apply, not whatever came before; "users apply for jobs" in the
 * app to build does not, nor "The ideal candidate will analyze our sales data" (the work, said of who will do it).
 */
export const ABOUT_APPLYING =
  /\b(?:to apply|apply (?:now|here|today|with|by|if|only)|(?:don['’]?t|do not|please|only) apply|when applying|applicants? (?:should|must|who|will)|(?:your|in the) (?:proposal|application|cover letter|bid|reply|response)|proposals? (?:that|which|without|with)|to be considered|(?:the )?ideal (?:candidate|freelancer|applicant)s?(?!\s+will\s+(?:also\s+)?(?!(?:have|be|possess|understand|demonstrate|need|know|bring|show|think)\b)\w)|(?:(?:would|'d|’d) (?:love|like)|want) to (?:hear from|see|talk to|connect with) you|look(?:ing)? forward to (?:hearing from you|your (?:proposals?|applications?|bids?|replies|response))|(?:reach out|get in touch|contact us)\b(?<=\bif\b.{0,120})|(?:include|send|quote|tell (?:me|us)|share) your (?:best |hourly |fixed )?(?:rate|price|quote|bid|availability)|(?:lowest|cheapest|best) (?:price|bid|offer|quote)s? (?:wins?|gets?)|\b(?:interested|applicants?|candidates?|freelancers?)\b[^.:]{0,30}\b(?:should|must|please) (?:provide|include|send|submit|share|answer)\b|(?:i|we) will (?:choose|select|hire|pick)\b)/i;

/**
 * The sentence that says what the job is: someone sought to do something ("We are seeking a developer to implement
 * interactive charts", "need a database expert to help me choose a schema"). It says what is to be
 * done, so it opens Scope and deliverables even where the check finds it too vague to count; not a role sought to join
 * or work with a team, which says nothing of the work.
 */
export const JOB_STATEMENT =
  /\b(?:seeking|looking for|need|needs|hire|hiring|searching for|in search of|want)\s+(?:an?\s+|the\s+|some\s+)?(?:[\w/.+#&-]+\s+){0,5}?(?:[\w-]+(?:er|or|ist|ant|yst)|expert|freelancer|professional|someone|somebody|person|team|agency|pro|guru|wizard|ninja|dev|service|help|assistance|company|studio|firm)s?\s+(?:to|who (?:can|will)|that (?:can|will))\s+(?!(?:join|work|collaborate|partner|be|become|grow|support our team|assist (?:us|our team))\b)\w+/i;

/**
 * A sentence that says what the freelancer will do ("You will design the templates", "Basically, you will edit…",
 * "Your primary role will be to craft templates", "The ideal candidate will analyze our sales data"): Scope and
 * deliverables, though it names nothing the check can count; not what they will need to have.
 */
export const THE_WORK = /^\W*(?:(?:essentially|basically|mainly|primarily|specifically|in short|in this role|overall),?\s+)?(?:you will|you['’]ll|your (?:main |primary |core )?(?:role|job|task|tasks|responsibilities|work) (?:will be|is|are|includes?|involves?)|(?:the )?(?:ideal|right|successful|selected|chosen) (?:candidate|freelancer|applicant|person|hire)s? will(?: also)?)\s+(?!(?:need|have|be expected|be required|bring|possess)\b)/i;

/** A thing a client wants made: "website", "landing page", "logo". */
const THING = String.raw`(?:website|site|web ?app|app|logo|landing page|store|shop|video|script|bot|plugin|dashboard|design|article|blog posts?|copy|book|game|tool|system|platform|api|integration|automation|spreadsheet|report|translation)`;

/**
 * A sentence that names the thing wanted ("I need a modern website for my business", "Need a logo ASAP", "I'd like a
 * logo for the van"): Scope and deliverables, though too vague for the check to count.
 */
export const THING_WANTED = new RegExp(
  String.raw`^\W*(?:(?:(?:i|we)(?:['’]m|['’]re| am| are)?\s+)?(?:need|needs|want|would like|looking for)|(?:i|we)['’]d\s+(?:like|love))\s+(?:a|an|some|the|our|my)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?${THING}s?\b`,
  'i',
);

/** A sentence that asks for the thing to be made ("Build our salon booking app.", "Design a logo for my bakery"): Scope and deliverables, as `THING_WANTED`. */
export const MAKE_THING = new RegExp(
  String.raw`^\W*(?:please\s+)?(?:build|create|design|develop|make|write|redesign|rebuild|set\s+up)\s+(?:a|an|the|our|my|some)\s+(?:new\s+)?(?:[\w'’-]+\s+){0,3}?${THING}s?\b`,
  'i',
);

/** A line that opens a list of what is wanted ("I'd like:", "We need:", "Needed:"): Scope and deliverables, with its items. */
export const WANTS_LIST = /^\W*(?:(?:i|we)(?:['’]d|\s+would)\s+(?:like|love)|(?:i|we)\s+(?:need|want)|needed|wanted)\s*:$/i;

/**
 * A sentence that names who is sought for the thing wanted ("Looking for a copywriter for our SaaS landing page", "We're
 * hiring an illustrator for a children's book"): Scope and deliverables, as `THING_WANTED`; not one sought for a team or
 * a company ("a developer for our team").
 */
export const ROLE_FOR_THING = new RegExp(
  String.raw`\b(?:seeking|looking for|need|needs|hire|hiring|want)\s+(?:an?\s+)?(?:[\w/.+#&-]+\s+){0,3}?(?:[\w-]+(?:er|or|ist|ant|yst)|expert|freelancer|professional|someone|somebody|dev|agency|studio)s?\s+for\s+(?:an?|the|our|my)\s+(?:[\w'’-]+\s+){0,3}?${THING}s?\b`,
  'i',
);
