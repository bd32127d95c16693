import { cut, DEFAULT_MAX_CHARACTERS } from './analyze';
import { BUILT_IN_RULES } from './registry';
import type { SectionRule } from './rule';
import { SECTIONS } from './sections';
import { Doc } from './text/doc';
import { afterBlankLine, endsLine, lineAbove, startsLine } from './text/lines';
import type { Segment } from './text/segments';
import { ABOUT_APPLYING, type ClientHeading, clientHeading, requirementsHeading, isBroad, MEETING_TIME, isOwnHeading, namedHeading, isRedundantHeading, JOB_STATEMENT, MAKE_THING, ROLE_FOR_THING, SHORT_HEADING, THE_WORK, THING_WANTED, WANTS_LIST } from './restructure-cues';
import type { Draft, SectionId } from './types';
import { Placement } from './restructure-placement';

export interface RestructuredSection {
  id: SectionId;
  heading: string;
  /** The user's sentences placed here, in their original order. */
  sentences: string[];
  /** The bracketed prompt, when none of the user's sentences belongs here. */
  prompt?: string;
}

export interface Restructured {
  title: string;
  description: string;
  sections: RestructuredSection[];
  /** The draft's own heading lines ("Requirements:"), left out because the new headings replace them. */
  replacedHeadings: string[];
  /** A draft longer than `maxCharacters`: how much was restructured; the rest follows it unchanged, nothing lost. */
  truncated?: { restructuredCharacters: number; totalCharacters: number; note: string };
}

/**
 * How much of a description is restructured, as `analyze` checks: each sentence is read by every section check, so a
 * 1 MB paste took 2 s in one call (the popup froze on the click); cut at 100,000 characters, 0.1 s (`npm run bench`).
 */
export interface RestructureOptions {
  maxCharacters?: number;
}

const SECTION_RULES = BUILT_IN_RULES.filter((r): r is SectionRule => r.type === 'section');

/** Which sections one sentence satisfies: the section checks run on the sentence alone, and the cues of `restructure-cues.ts`. */
function classify(sentence: string, statesTheJob: boolean): Set<SectionId> {
  const doc = new Doc({ description: sentence });
  const satisfied = new Set<SectionId>();
  let meetingTimesOnly = true;
  for (const rule of SECTION_RULES) {
    const ctx = { doc, options: {} };
    const evidence = rule.evidence(ctx);
    if (evidence.length > 0 || (rule.phraseEvidence?.(ctx).length ?? 0) > 0) satisfied.add(rule.section);
    if (rule.section === 'timeline') meetingTimesOnly = evidence.every((e) => MEETING_TIME.test(e.text));
  }
  // (the day or hour of a meeting, "a weekly call on Fridays", "every Tuesday on Zoom", tells how the client keeps in
  // touch, not when the work is due)
  if (meetingTimesOnly && satisfied.has('communication')) satisfied.delete('timeline');
  // About applying outranks what a sentence names on the way ("answer two questions" is no deliverable).
  if (ABOUT_APPLYING.test(sentence)) satisfied.add('samples');
  if (statesTheJob) satisfied.add('deliverables');
  return satisfied;
}

/** Whether a sentence says what the job is, though it may name nothing the deliverables check counts. */
const statesTheJob = (sentence: string) =>
  JOB_STATEMENT.test(sentence) || THE_WORK.test(sentence) || THING_WANTED.test(sentence) || MAKE_THING.test(sentence) || ROLE_FOR_THING.test(sentence) || WANTS_LIST.test(sentence);

/**
 * A line that is only a heading ("Requirements:", "Key Responsibilities:", "Scope & Deliverables:"):
 * up to four words with no verb or pronoun in them, and a colon. "The app works as follows:"
 * or "We need:" says something, and is read like any sentence. One that the new headings make
 * redundant is dropped (`isRedundantHeading`).
 */
const HEADING_ONLY = /^(?![^:]*\b(?:is|are|was|were|be|as|follows?|following|we|i|you|they|need|needs|want|wants|must|will|should|can)\b)\p{L}[\p{L}&/-]*(?:[ ]+[\p{L}&/-]+){0,3}:$/iu;

/**
 * A line without the Markdown emphasis around it: "**What needs doing:**" or "**Key Features**:" is a heading as "What
 * needs doing:" is.
 */
const undressed = (line: string) => line.replace(/^(?:\*\*|__)\s*|\s*(?:\*\*|__)(?=:?$)/g, '');

/** A line that opens with a label and a colon ("Compensation: Competitive"): the label. */
const LABELLED = /^([^:\n]{2,40}):[ \t]*\S/;

/** A list item's bullet, check mark or number. */
const MARKER = String.raw`(?:[-*•●▪◦✓✔✅➤→]|\d+[.)])`;

/** A list item: its marker, spaced or not ("-Fix the login"). */
const LIST_ITEM = new RegExp(`^${MARKER}`, 'u');

/** A list item's marker and the spaces after it. */
const LEADING_MARKER = new RegExp(`^${MARKER}\\s*`, 'u');

/** A list item's marker alone, the segmenter having cut it from its words. */
const LIST_MARKER = new RegExp(`^${MARKER}$`, 'u');

/** `restructure`'s own prompts: a draft restructured before holds them under headings still empty, to be written again. */
const OWN_PROMPTS = new Set(SECTIONS.map((s) => s.prompt));

/**
 * Lay the draft out under the headings of a good post. Every sentence the user wrote is kept and
 * moved under the heading it satisfies, except the draft's own heading lines (`replacedHeadings`);
 * the lines under a heading of the client's that names a section stay under it (`clientHeading`), and
 * one that names none goes with the line after it; a line that says where it belongs and opens a
 * list keeps the list's items;
 * a sentence about applying goes under How to apply; one that satisfies none stays with the one
 * before it (the opening ones go under Context); empty headings get a bracketed prompt. A draft
 * restructured again comes out the same: its headings are read as blank (`own-headings.ts`) and its
 * prompts are written anew.
 */
export function restructure(draft: Draft, options: RestructureOptions = {}): Restructured {
  const whole = typeof draft.description === 'string' ? draft.description : '';
  const head = cutAtLine(whole, options.maxCharacters ?? DEFAULT_MAX_CHARACTERS);
  const doc = new Doc({ ...draft, description: head });
  const placed = new Map<SectionId, Placed[]>(SECTIONS.map((s) => [s.id, []]));
  const where = new Placement();
  const replacedHeadings: string[] = [];
  const text = doc.description;
  const segmented = doc.sentences('description');
  const all = inLowerCase(text) ? segmented.flatMap(cutAtLowerCaseStarts) : segmented;
  // A draft restructured before: each of its headings says where the sentences under it go.
  const ownHeadings = doc.ownHeadings;
  let nextOwn = 0;
  // (a draft with several of them was restructured before; one "How to Apply" line is the client's heading)
  const restructuredBefore = ownHeadings.length >= 3;
  const put = (section: SectionId, s: Segment, index: number) => {
    const previous = all[index - 1];
    // (a sentence right after the one before it in the draft keeps what stood between them: a
    // paragraph break, or nothing where the segmenter cut a link at its "?")
    const joint = previous && placed.get(section)!.at(-1)?.index === index - 1 ? jointOf(text.slice(previous.end, s.start)) : undefined;
    placed.get(section)!.push({ text: s.text, index, startsLine: startsLine(text, s.start), joint });
  };
  // Headings of the client's that name no section ("Testing & Launch") and list items' numbers, waiting to go where the
  // line after them goes.
  const pending: Array<{ s: Segment; index: number; satisfied: Set<SectionId> }> = [];
  const flush = (section: SectionId) => {
    for (const p of pending) put(section, p.s, p.index);
    pending.length = 0;
  };
  all.forEach((s, index) => {
    for (; nextOwn < ownHeadings.length && ownHeadings[nextOwn]!.start < s.start; nextOwn++) {
      // (a heading with no line before the next of the good post's stays where it was)
      flush(where.here());
      where.passOwnHeading(ownHeadings[nextOwn]!.section, restructuredBefore);
    }
    if (OWN_PROMPTS.has(s.text)) return;
    const job = statesTheJob(s.text);
    const satisfied = classify(s.text, job);
    // (a short line whose every word is capitalised, a heading or an item of a list, is no background: the context check
    // reads a capital as a name, "Current Temperature" among the data a page is to show as "our current Shopify store")
    if (readsAsUnnamedHeading(s.text.replace(LEADING_MARKER, ''))) satisfied.delete('context');
    if (startsLine(text, s.start)) where.startLine(LIST_ITEM.test(s.text), afterBlankLine(text, s.start));
    const heading = headingOf(text, s, () => linesAfter(all, index, 4));
    const headingLine = heading !== undefined || isHeadingLine(text, s);
    const unnamed = headingLine ? heading === undefined : isUnnamedHeading(text, s);
    if (headingLine) {
      // (short lines waiting above a heading that names a section were items of the list before it, not headings)
      if (heading) flush(where.here());
      where.enterHeading(heading);
      // A heading that is itself evidence ("Deliverables:", "Key Features:") stays: it says what follows.
      // (one of the good post's own headings a template inserted goes even where it reads as evidence: the new
      // heading replaces it, and its blank is written again if still empty)
      const inserted = isOwnHeading(s.text) && /^[ \t\r]*\n[ \t]*\[/.test(doc.clientDescription.slice(s.end, s.end + 80));
      if (HEADING_ONLY.test(undressed(s.text)) && ((satisfied.size === 0 && isRedundantHeading(s.text)) || inserted)) {
        replacedHeadings.push(s.text);
        where.dropHeading();
        return;
      }
    } else if (unnamed) {
      where.passUnnamedHeading();
    }
    // A heading that names no section waits to go with the line after it, and so does a list item's number the
    // segmenter cut from its words ("1." before "Your plan…"). (a heading that reads as Context or Scope, "Key
    // Requirements:", still says less than the lines under it)
    if ((unnamed && [...satisfied].every(isBroad)) || LIST_MARKER.test(s.text)) {
      pending.push({ s, index, satisfied });
      return;
    }
    // ("💰 Compensation: Competitive", "📅 Timeline: 2-4 weeks" among the applicant's requirements)
    const label = LABELLED.exec(s.text)?.[1];
    const labelled = label === undefined ? undefined : namedHeading(label);
    // (one that opens a list heads it: "Applying: interested freelancers should send a proposal with:")
    const opensList = undressed(s.text).endsWith(':');
    if (labelled && opensList) where.enterHeading(labelled);
    // (a line that opens a list of the work heads Scope, though it says when or how too: "We need 8 blog posts over the
    // next two months:" over the posts' topics)
    if (opensList && !headingLine && satisfied.has('deliverables')) for (const id of ['timeline', 'communication', 'acceptance'] as const) satisfied.delete(id);
    // (a line that says nothing alone is read by the heading waiting above it, "Content scheduling" under "Key Features
    // Required:", but not by the learned judgement of context, which reads a heading's two words loosely)
    const placedBy = satisfied.size === 0 && pending.length > 0 ? new Set([...pending.at(-1)!.satisfied].filter((id) => id !== 'context')) : satisfied;
    const section = where.sectionOf(placedBy, labelled?.section, job);
    flush(section);
    put(section, s, index);
    // (a line that says where it belongs and opens a list: "Please answer these in your response:")
    if (opensList && !headingLine && (satisfied.has(section) || labelled?.section === section)) where.openList(section);
    // (an item of a list that goes elsewhere, "- Reply on Slack daily" among deliverables, does not take the list's
    // next items with it)
    where.placed(section, LIST_ITEM.test(s.text));
  });
  flush(where.here());
  const sections: RestructuredSection[] = SECTIONS.map((info) => {
    const sentences = placed.get(info.id)!.map((p) => p.text);
    return sentences.length ? { id: info.id, heading: info.heading, sentences } : { id: info.id, heading: info.heading, sentences, prompt: info.prompt };
  });
  const description = sections
    .map((s) => `${s.heading}\n${s.prompt ?? joinSentences(placed.get(s.id)!)}`)
    .join('\n\n');
  if (head.length === whole.length) return { title: doc.title, description, sections, replacedHeadings };
  const n = (x: number) => x.toLocaleString('en');
  return {
    title: doc.title,
    description: `${description}\n\n${whole.slice(head.length).replace(/^\n+/, '')}`,
    sections,
    replacedHeadings,
    truncated: { restructuredCharacters: head.length, totalCharacters: whole.length, note: `Only the first ${n(head.length)} of ${n(whole.length)} characters were restructured; the rest follows unchanged at the end.` },
  };
}

/** A full stop, question or exclamation mark after a word (not an abbreviation: "e.g.", "etc.", "approx."), then a lower-case word. */
const LOWER_CASE_START = /(?<!\b(?:e\.g|i\.e|etc|approx|vs|incl|min|max|no|ca|cf|mr|mrs|ms|dr|st|jr|sr)\.)(?<=[\p{Ll}\d)][.!?]+)[ \t]+(?=\p{Ll})/gu;

/**
 * Whether a draft is written in lower case: sentences after a full stop start with a small letter, twice or more, and
 * never with a capital. The segmenter reads "…my wordpress site. the contact form…" as one sentence (UAX #29 SB8), so
 * such a post landed whole under one heading; a draft with capitals keeps the segmenter's sentences (cutting at every
 * small letter after a stop moved 38 corpus posts, better and worse alike).
 */
function inLowerCase(text: string): boolean {
  const lower = text.match(LOWER_CASE_START)?.length ?? 0;
  return lower >= 2 && !/[\p{Ll}\d)][.!?]+[ \t]+\p{Lu}/u.test(text);
}

/** A sentence cut where a lower-case one starts after a stop. */
function cutAtLowerCaseStarts(s: Segment): Segment[] {
  const pieces: Segment[] = [];
  let from = 0;
  for (const m of s.text.matchAll(LOWER_CASE_START)) {
    pieces.push({ start: s.start + from, end: s.start + m.index!, text: s.text.slice(from, m.index) });
    from = m.index! + m[0].length;
  }
  pieces.push({ start: s.start + from, end: s.end, text: s.text.slice(from) });
  return pieces;
}

/** The first `max` characters of `text`, back to the last line break in them (no sentence cut in two) if there is one. */
function cutAtLine(text: string, max: number): string {
  if (text.length <= max) return text;
  const newline = text.lastIndexOf('\n', max - 1);
  return newline > 0 ? text.slice(0, newline) : cut(text, max);
}

/**
 * Whether a sentence is a heading of the client's by its form: a line that is a heading with a colon (`HEADING_ONLY`).
 * A short line to itself is one when it names a section (`headingOf`).
 */
function isHeadingLine(text: string, s: Segment): boolean {
  return startsLine(text, s.start) && HEADING_ONLY.test(undressed(s.text));
}

/**
 * The section a heading of the client's names, if the sentence is one (`isHeadingLine`, or a short line to itself that
 * names a section: "Rough Schedule", "Ideal Candidate Should Have:"); a heading of requirements is read by the lines
 * after it (`requirementsHeading`).
 */
function headingOf(text: string, s: Segment, linesAfterIt: () => string[]): ClientHeading | undefined {
  if (!isHeadingLine(text, s) && !(startsLine(text, s.start) && endsLine(text, s.end) && SHORT_HEADING.test(s.text))) return undefined;
  return requirementsHeading(s.text, linesAfterIt()) ?? clientHeading(s.text);
}

/**
 * A line to itself that reads as a heading though it names no section: short, with no colon or sentence end, not a list
 * item, every longer word capitalised ("Testing & Launch", "WHAT WE NEED FROM YOU"). Not one right under a line that
 * opens a list or reads as such a heading itself: a heading stands above what it heads, so lines like these stacked one
 * on another are a list whose items have no bullets ("Features needed:", then "User Login", "Product Catalog").
 */
function isUnnamedHeading(text: string, s: Segment): boolean {
  if (!startsLine(text, s.start) || !endsLine(text, s.end) || !readsAsUnnamedHeading(s.text)) return false;
  const above = lineAbove(text, s.start);
  if (!above) return true;
  const line = text.slice(above[0], above[1]).trim();
  return !undressed(line).endsWith(':') && !readsAsUnnamedHeading(line);
}

/**
 * The first `count` sentences after the `index`th with words in them, past list items' numbers the segmenter cut from
 * their words ("1."). (Linear over a draft: a heading has words, so a scan stops at the fourth heading after its own.)
 */
function linesAfter(all: readonly Segment[], index: number, count: number): string[] {
  const lines: string[] = [];
  for (let i = index + 1; i < all.length && lines.length < count; i++) if (/\p{L}/u.test(all[i]!.text)) lines.push(all[i]!.text);
  return lines;
}

/** Short, with no colon, not a list item, every longer word capitalised. */
function readsAsUnnamedHeading(line: string): boolean {
  if (LIST_ITEM.test(line) || line.includes(':') || !SHORT_HEADING.test(line)) return false;
  const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length > 0 && words.every((w) => w.length < 4 || /^\p{Lu}/u.test(w));
}

/** A sentence that ends as prose does; one that does not ended at a line break ("NO TEAMS", "Duration: 12 days"). */
const ENDS_PROSE = /[.!?…。！？]["'”’)\]]*$/;

/** What stood between two sentences, as the restructured draft keeps it: nothing, a space, a line break or a paragraph break (not the spaces of a blanked heading line). */
function jointOf(between: string): string {
  if (!between.includes('\n')) return between;
  return /\n[ \t\r]*\n/.test(between) ? '\n\n' : '\n';
}

/** A sentence placed under a heading: its place among the draft's sentences, whether it started a line, and what stood before it when it follows the one before it there. */
interface Placed {
  text: string;
  index: number;
  startsLine: boolean;
  joint: string | undefined;
}

/**
 * The sentences of one heading, each on the line it was: one that started a line of the draft
 * starts one here (a list stays a list: "1. Your experience… 2. Examples of past work" run on in
 * one line was no longer read as a list of what to send), and one that ended without a full stop
 * ended at a line break, so the next goes on a line of its own and no check reads across two of the
 * user's lines that were never one sentence ("12 days" and "Must report daily" are no count of
 * reports). Sentences of one line run on as they were.
 */
function joinSentences(sentences: readonly Placed[]): string {
  let out = sentences[0]?.text ?? '';
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    out += (s.joint ?? (s.startsLine || !ENDS_PROSE.test(sentences[i - 1]!.text) ? '\n' : ' ')) + s.text;
  }
  return out;
}
