/** Pattern fragments shared by several checks, as regex source. */

/** A character of the same sentence: a full stop only inside a word ("a Next.js project you shipped", "v2.5"). */
export const IN_SENTENCE = String.raw`(?:[^.!?\n]|\.(?=\w))`;

/**
 * Put right after `words` in a pattern: they open a sentence or a line ("Hourly, up to 15 hours", "Deliverable is a…",
 * "Today or tomorrow please."). A lookbehind after the first word, not before it, so the pattern is still tried only
 * where its first words stand.
 */
export const atSentenceStart = (words: string) => String.raw`(?<=(?:^|[.!?
])[ 	]*${words})`;

const CLIENT_WILL = String.raw`(?:i|we)(?:'ll| will| can| would)`;
const GIVE = String.raw`(?:provide|share|send|give)`;
/** The client giving something to the freelancer: "I'll provide 299 Zoom recordings", "we can share more details". */
export const CLIENT_GIVES = String.raw`${CLIENT_WILL}\s+${GIVE}`;
/** …maybe with an adverb between: "we'll then share many more details" (not in `CLIENT_GIVES` itself, which context's
 * union reads twice and has no room for). */
export const CLIENT_GIVES_LATER = String.raw`${CLIENT_WILL}(?:\s+(?:then|also|gladly|happily))?\s+${GIVE}`;

/** Whitespace within one paragraph: spaces and at most one line break, never a blank line. */
export const INLINE_SPACE = String.raw`(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)`;
/** The stores an app is put in: a title that asks for it names a result and, released, a finish point. */
export const APP_STORE = String.raw`(?:app ?store|play ?(?:store|market)|google play|play console|chrome web store)`;
/** A count, in figures or words ("a couple months" is said as often as "a couple of months"). */
export const NUM = String.raw`(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a couple(?: of)?|couple(?: of)?|a few|few|several|a|an)`;
/** A count in figures or number words, not "a"/"few": for patterns that would be too loose otherwise. */
export const NUM_STRICT = String.raw`(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)`;
export const NUM_RANGE = String.raw`${NUM}(?:\s*(?:-|–|to|or)\s*${NUM})?\+?`;
export const DURATION_UNIT = String.raw`(?:(?:business|working|calendar)\s+)?(?:hours?|hrs?|days?|weekends?|weeks?|wks?|fortnights?|months?|mos?|years?|yrs?|sprints?)`;
/** A month, with the dot of an abbreviation ("Mar. 3") but not a full stop after a whole name ("by the end of March."). */
export const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)`;
/**
 * Words before a span of time that make it one already passed or a backlog, not the job's: "over the past 6 months", "catch
 * up 6 months of Xero". "Last" as a verb is the job's length: "expected to last 2 to 5 months", "it will last 2 weeks".
 */
export const SPAN_NOT_THE_JOBS_BEFORE = String.raw`(?:(?<!\b(?:to|will|would|should|may|might|can|could|must|usually|typically|generally|it|each)\s+)last|past|previous|prior|catch(?:ing)?[ -]up(?: on)?)`;
/** What a call or meeting is, between its length and the word: "a 30-minute kickoff call", "45-minute weekly Zoom meetings". */
export const CALL_KIND = String.raw`(?:video|zoom|skype|teams|phone|intro(?:ductory)?|discovery|kick-?off|onboarding|status|check-?in|planning|strategy|team|daily|weekly|bi-?weekly|monthly)`;
/**
 * After a count's first token (`first`, the source that matched it): the count is not inside a figure ("1,000 leads" read
 * from its "000"). Read after the first token, not before it: a lookbehind that opens a pattern runs at every place its
 * check's union is tried (design notes).
 */
export const notMidFigure = (first: string) => String.raw`(?<!\d[,.]?${first})`;
/** After a count's first token, as `notMidFigure`: not what the client has, hands over or receives ("We manage 140 rental
 * units", "we provide 1,000 leads a month", "I'll send 3 sample files", "I get around 200 emails a day"). */
export const notTheClients = (first: string) => String.raw`(?<!\b(?:we|i)(?:['’]ll|[ \t]+will|[ \t]+can)?[ \t]+(?:manage|own|run|operate|rent out|provide|supply|give you|send(?: you)?|share|attach|upload|get|receive|handle|process)[ \t]+(?:about[ \t]+|around[ \t]+|over[ \t]+|nearly[ \t]+|almost[ \t]+)?${first})`;
/** A call or meeting by name, after its length: "a 15-minute standup", "a 30-minute check-in". */
export const MEETING = String.raw`(?:calls?|meetings?|interviews?|stand-?ups?|check-?ins?|syncs?|huddles?)`;
/**
 * The people a client's business or product serves or deals with: "customers", "users", "guests". What they do is the
 * business's, not asked of the freelancer ("clients email us PDFs", "guests check in", "let users pay via PayPal").
 * Not "people" nor a pronoun: "People can email us at…" asks anyone.
 */
export const SERVED_PEOPLE = String.raw`(?:customers?|clients?|users?|buyers?|shoppers?|guests?|players?|members?|donors?|patients?|visitors?|subscribers?|students?|parents?|tenants?|travell?ers?|passengers?|vendors?|suppliers?|partners?|leads)`;
export const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
/** The peso's code, not the language's version: "PHP 15,000" but not "PHP 8.3" or "PHP 7 developer". */
export const PESO = String.raw`php(?!\s?\d(?:\.\d+)*(?![\d,]))`;
/** Currencies by their ISO code, as posts write them before or after an amount: "USD 300", "AED 1,500", "900 CHF". */
/** (bare alternatives, to sit in a group with others; the less common ones apart, as a pattern that starts with all of them
 * is too wide for the first-word index to read) */
export const CURRENCY_CODES = String.raw`usd|eur|gbp|inr|aud|cad|pkr|ngn`;
export const OTHER_CURRENCY_CODES = String.raw`aed|sar|qar|chf|sgd|hkd|nzd|zar|sek|nok|dkk|myr|brl|mxn|jpy|pln|egp|kes|rmb|cny`;
export const CURRENCY_CODE = `(?:${CURRENCY_CODES}|${OTHER_CURRENCY_CODES})`;
export const CURRENCY = String.raw`(?:[$€£₹¥₱₦]|\b(?:${CURRENCY_CODES}|${OTHER_CURRENCY_CODES}|${PESO}|us\$|a\$|c\$|rs\.?)\s?)`;

/** Hours per period, `periods` an alternation: "20 hours per week", "10-15 hrs/week", "7 hrs or so per week". */
export const hoursPer = (periods: string) =>
  String.raw`\b\d+(?:\s*(?:-|–|to)\s*\d+)?\+?\s*(?:hours?|hrs?|h)\s*(?:or so\s+|or more\s+|max(?:imum)?\s+|minimum\s+)?(?:(?:per|a|/|each|every)\s*(?:${periods})|${periodAdverbs(periods)})\b`;
/** "6-8 hours daily", "20 hrs weekly": the adverbs of the periods in `hoursPer`. */
const PERIOD_ADVERB: Record<string, string> = { day: 'daily', week: 'weekly', wk: 'weekly', month: 'monthly' };
const periodAdverbs = (periods: string) => [...new Set(periods.split('|').map((p) => PERIOD_ADVERB[p]).filter(Boolean))].join('|');

/**
 * Compile with the flags every scan needs. An apostrophe in a pattern also matches the
 * typographic one (’), which editors and marketplaces put in for it: "We’re a small bakery",
 * "don’t bother" are what most posts type.
 */
export function rx(source: string, flags = 'gi'): RegExp {
  return new RegExp(eitherApostrophe(source), flags);
}

/** `'` → `['’]`, and `'` inside a character class gains `’`; escapes are left alone. */
export function eitherApostrophe(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c === "'" ? "'’" : c;
    } else {
      if (c === '[') inClass = true;
      out += c === "'" ? "['’]" : c;
    }
  }
  return out;
}

/**
 * An alternation, `(?:a|b|…)`, with the words that start with the same letter tried together:
 * `company|client|startup|shop` becomes `(?:c(?:ompany|lient)|s(?:tartup|hop))`. V8's regex
 * engine tries a group's alternatives one by one, so a list of a hundred words was a hundred
 * checks at every place it was tried; grouped, the first letter rules out all but a few. The
 * matches are the same: words that start with different letters cannot both match at one place,
 * and words that share a letter keep their order. An alternative that does not start with a
 * plain letter (a group, a class, an escape, a letter made optional) stays where it is, and words
 * are grouped only with the words between it and the next such alternative.
 */
export function oneOf(alternation: string): string {
  const out: string[] = [];
  let run = new Map<string, string[]>();
  const flush = () => {
    for (const [letter, rests] of run) out.push(rests.length === 1 ? letter + rests[0] : `${letter}(?:${rests.join('|')})`);
    run = new Map();
  };
  for (const alternative of sourceStructure(alternation).branches) {
    const letter = alternative[0] ?? '';
    if (/^[a-z]$/i.test(letter) && !/^[?*+{]/.test(alternative.slice(1))) {
      const rests = run.get(letter);
      if (rests) rests.push(alternative.slice(1));
      else run.set(letter, [alternative.slice(1)]);
    } else {
      flush();
      out.push(alternative);
    }
  }
  flush();
  return `(?:${out.join('|')})`;
}

/**
 * A pattern source's top-level branches (`a|b(c|d)` → `a`, `b(c|d)`) and its capturing groups
 * ("(" not followed by "?"; named groups are not used here), in one walk that skips escapes and
 * character classes.
 */
export function sourceStructure(source: string): { branches: string[]; groups: number } {
  const branches: string[] = [];
  let depth = 0;
  let from = 0;
  let groups = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') {
      depth++;
      if (source[i + 1] !== '?') groups++;
    } else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      branches.push(source.slice(from, i));
      from = i + 1;
    }
  }
  branches.push(source.slice(from));
  return { branches, groups };
}

/** Writing a client has: what an editor, translator or narrator works on. */
export const MANUSCRIPT = oneOf(String.raw`book|cookbook|e-?book|novel|novella|manuscript|memoir|biography|thesis|dissertation|paper|screenplay|poems?|poetry|short stor(?:y|ies)|children's book|picture book|comic|articles?|blog posts?|newsletter|brochure|catalog(?:ue)?|menu|recipes|course|lessons|documents?|report|guide|manual|handbook|white ?paper|presentation|slides|(?:pitch )?deck|contracts?|policies|resume|cv|subtitles|transcripts?|podcast|songs?|lyrics`);

/** Pieces of work that come in numbers: "10 articles", "5 pages", "3 logo concepts"; deliverables counts them, timeline reads their pace. */
export const PIECES_OF_WORK = oneOf(String.raw`pages?|screens?|screenshots?|articles?|blog ?posts?|posts?|videos?|logos?|illustrations?|icons?|designs?|mock-?ups?|banners?|flyers?|slides?|images?|photos?|renders?|renderings?|drawings?|sketches|floor ?plans?|leaflets?|brochures?|booklets?|handouts?|posters?|pins|product (?:descriptions?|listings?|pages?)|listings?|landing pages?|emails?|templates?|chapters?|episodes?|reels?|shorts|ads?|animations?|scripts?|reports?|dashboards?|spreadsheets?|leads?|records?|rows?|entries|tables?|forms?|endpoints?|apis?|integrations?|features?|modules?|plugins?|extensions?|bots?|components?|sections?|levels?|characters?|models?|assets?|sprites?|tracks?|songs?|questions?|lessons?|courses?|ebooks?|books?|documents?|files?|translations?|subtitles?|thumbnails?|frames|spreads?|flows|sequences|charts?|graphs?|diagrams?|infographics?|tiles|tilesets?|blocks|tile sets?|sprite ?sheets?|enemies|props|skins|backgrounds|scenes|shots|buildings|units|buttons|emotes?|badges?|stickers?|overlays?|recipes?|tickets?|bugs?|transactions|receipts|invoices|cards?|workshops?|in-app purchases?|concepts?|boss(?:es| fights?)|attacks|abilities|weapons|quests|missions|maps?|puzzles|mini-?games?|cut-?scenes?`);

/**
 * A channel named in brackets after "communication": "Good communication in English (Skype)". `channels` is an
 * alternation; the pattern starts at the channel's name and looks back (communication reads it as a plan, off-platform
 * contact as a move off the platform, each with its own list).
 */
export const channelInBracketsAfterCommunication = (channels: string) =>
  String.raw`\b(?:${channels})\b(?<=\bcommunication\b[^.\n(]{0,30}\(\s*(?:${channels}))(?=\s*\))`;

/**
 * The client will talk to the freelancer over a messenger: "We'll use WhatsApp", "let's use Telegram". Communication
 * takes it for a channel and off-platform contact for talk moved off the platform. (It starts at the messenger, a rarer
 * word than "use", and looks back for who uses it: not "our guests use WhatsApp".)
 */
export const CLIENT_USES_MESSENGER = String.raw`\b(?:whats ?app|telegram|skype|signal|wechat|viber)\b(?<=\b(?:we|i|let['’]?s|let us)(?:['’]ll|\s+will|\s+can|\s+could|\s+would|\s+should)?\s+(?:use|be using)\s+(?:whats ?app|telegram|skype|signal|wechat|viber))`;

/**
 * The work itself handed over a channel off the platform: "Remote - all files are sent by email".
 * Communication takes it for the channel, off-platform contact for the work moved off the platform (so the channels are
 * the ones off-platform contact names, not a team's Slack). It starts at the channel and looks back for the work.
 */
export const WORK_OVER_CHANNEL = String.raw`\b(?:e-?mail(?:ing)?|skype|whats ?app|telegram|discord)\b(?<=\bwork\s+(?:is|will\s+be|gets)\s+(?:all\s+)?(?:done|sent|delivered|handled|shared)\s+(?:via|by|over|through)\s+(?:e-?mail(?:ing)?|skype|whats ?app|telegram|discord))`;

/** The client reading its messages: "I check messages", "we answer emails" (when is communication, not the job's timeline). */
export const CLIENT_READS_MESSAGES = String.raw`(?:check|read|answer|reply to|respond to)\s+(?:my\s+|our\s+)?(?:messages|e-?mails?|inbox)`;

/** Where the client reads and answers: "here", "on Upwork", "by email". */
export const WHERE_MESSAGES_ARE = String.raw`(?:here|on here|on (?:upwork|fiverr|freelancer|the platform|the site|this (?:platform|site))|(?:by|via|on) (?:e-?mail|chat|upwork|slack|whatsapp))`;
