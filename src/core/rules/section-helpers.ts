import type { RuleHit } from '../rule';
import type { Doc } from '../text/doc';
import { sortInPlace } from '../sort';
import { allMatches, scan, type Hit, type ScanOptions } from '../text/match';
import { nounPhraseStart, quoteEnd } from '../text/quote-end';
import { trimRange } from '../text/segments';
import { isSpaceUnit } from '../text/word-keys';
import type { DraftFields, Evidence } from '../types';

/**
 * A hit as evidence, without the white space a pattern took in at its ends: "What we need:" heads a
 * list only when a line break follows it, but the break is not what a user should be shown.
 */
function trimmed(doc: Doc, hit: Hit): Hit {
  const { part, range, text } = hit;
  const sentenceEnd = endOfFirstSentence(text);
  if (sentenceEnd === -1 && !isSpaceUnit(text.charCodeAt(0)) && !isSpaceUnit(text.charCodeAt(text.length - 1)) && !text.includes('(')) return { part, range, text };
  const whole = doc.text(part);
  const end = closeBracket(whole, range.start, sentenceEnd === -1 ? range.end : range.start + sentenceEnd);
  const [from, to] = trimRange(whole, range.start, end);
  return { part, range: { start: from, end: to }, text: whole.slice(from, to) };
}

/** How far past a quote its open bracket may close for the quote to take it in. */
const BRACKET_REACH = 40;

/**
 * A quote that stops inside a bracket it opened ("a newsletter (600px") takes the bracket in when it closes soon after
 * in the same sentence ("a newsletter (600px wide)"); else it ends before the bracket.
 */
function closeBracket(text: string, start: number, end: number): number {
  const open = unclosedBracket(text, start, end);
  if (open === -1) return end;
  // (not past a line break, another bracket or a sentence's end, the same one a quote is cut at: the bracket then holds
  // more than an aside)
  const ahead = text.slice(end, end + BRACKET_REACH);
  const close = ahead.search(/[()\n]/);
  if (close === -1 || ahead[close] !== ')') return open;
  const sentenceEnd = endOfFirstSentence(ahead);
  return sentenceEnd === -1 || sentenceEnd > close ? end + close + 1 : open;
}

/** Where the last bracket opened in `text[start, end)` and not closed there is, or -1. */
function unclosedBracket(text: string, start: number, end: number): number {
  let depth = 0;
  for (let i = end - 1; i >= start; i--) {
    const unit = text.charCodeAt(i);
    if (unit === 0x29) depth++;
    else if (unit === 0x28 && depth-- === 0) return i;
  }
  return -1;
}

/**
 * A full stop, "!" or "?" inside a quote with more of it after (not in "e.g. ", "etc. " or a figure), or a line break
 * before a list's next item ("existing Sudoku game\n-Three difficulty levels"; not after a heading, whose first item the
 * quote keeps: "Milestone 1:\n* Develop a chatbot UI"): where the quote is cut. A pattern may read on past a sentence's
 * end ("our delivery service. The app": the next sentence's capital tells the judgement a thing is named, as such posts
 * mostly do), but the quote a client is shown is its own sentence's.
 * Not the draft's own sentences (`Doc.sentences`, Intl.Segmenter): cut there, corpus quotes came out as "a custom sales
 * agent (Mr", "a single-page “Rent vs" and "Google Anal to new ver", while "my expectations. the website" ran on.
 */
const SENTENCE_END_INSIDE = /(?<!\b(?:e\.g|i\.e|etc|vs|approx|incl|esp|no|nr|mr|mrs|ms|dr|st|jr|sr|inc|ltd|co|corp|dept|min|max|ca|cf|fig|vol|ver|v|[ap]\.m))[.!?](?=[ \t]*\n|[ \t]+\S)|(?<!:[ \t]*)\n(?=[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \t]*(?:\S|$))/gi;

function endOfFirstSentence(text: string): number {
  if (text.indexOf('. ') === -1 && text.indexOf('.\n') === -1 && text.indexOf('!') === -1 && text.indexOf('?') === -1 && text.indexOf('\n') === -1) return -1;
  SENTENCE_END_INSIDE.lastIndex = 0;
  const m = SENTENCE_END_INSIDE.exec(text);
  return m ? m.index : -1;
}

/** Whether a piece of evidence lies inside another (or on it), in the same part of the draft. */
export function isInside(inner: Evidence, outer: Evidence): boolean {
  return 'range' in inner && 'range' in outer && inner.part === outer.part && outer.range.start <= inner.range.start && outer.range.end >= inner.range.end;
}

/**
 * Evidence as a user is shown it: pieces whose quotes overlap in a part ("to Fix Video Player Sound" and "Fix Video
 * Player Sound Bug", "$20-$25" and "25 USD") become one quote over both, in the place of the first. Only for
 * showing: whether a section is met, and how many pieces a learned judgement counts, are decided before.
 */
export function shownEvidence(doc: Doc, evidence: readonly Evidence[]): Evidence[] {
  const shown: Evidence[] = [];
  for (const piece of evidence) {
    let merged = piece;
    // (a quote widened by one may now overlap another kept before: each is taken in, in the place of the first)
    let at = -1;
    for (let i = 0; i < shown.length; i++) {
      if (!overlaps(shown[i]!, merged)) continue;
      merged = joined(doc, shown[i] as Hit, merged as Hit);
      if (at === -1) at = i;
      else shown.splice(i--, 1);
    }
    if (at === -1) shown.push(merged);
    else shown[at] = merged;
  }
  // (quoted from the client's text: one that runs past a line `restructure` wrote shows that line as it is)
  if (doc.description === doc.clientDescription) return shown;
  return shown.map((e) => ('range' in e ? { ...e, text: doc.quote(e.part, e.range.start, e.range.end) } : e));
}

/** One quote over two that overlap in a part. */
function joined(doc: Doc, a: Hit, b: Hit): Hit {
  const start = Math.min(a.range.start, b.range.start);
  const end = Math.max(a.range.end, b.range.end);
  return { part: a.part, range: { start, end }, text: doc.text(a.part).slice(start, end) };
}

const overlaps = (a: Evidence, b: Evidence) => 'range' in a && 'range' in b && a.part === b.part && a.range.start < b.range.end && b.range.start < a.range.end;

/** Up to three ranges of text that satisfy a section, plus the form field that does, if set. */
export function collectEvidence(
  doc: Doc,
  patterns: readonly RegExp[],
  options: ScanOptions & {
    field?: keyof DraftFields;
    /** Quotes that start at a noun of a phrase ("agency seeking…"): they start with the phrase's words before it. */
    widenAt?: RegExp;
  } = {},
): Evidence[] {
  const evidence: Evidence[] = [];
  const field = options.field;
  if (field) {
    const value = doc.fields[field];
    const text = Array.isArray(value) ? value.join(', ') : value;
    if (text) evidence.push({ field, text });
  }
  // Hits come pattern group by pattern group; shown in text order, title first.
  const accept = options.accept;
  // Blanks come from the templates and `restructure`, which write only to the description: a title's
  // bracketed tag ("[75$ budget]", "[Paid work]") is the client's own words.
  const description = doc.description;
  const filled = (text: string, start: number, end: number) => (text !== description || !isBlank(text, start, end)) && (accept ? accept(text, start, end) : true);
  const hits = sortInPlace(scan(doc, patterns, { parts: options.parts, limit: options.limit ?? 3, accept: filled }), (a, b) =>
    a.part === b.part ? a.range.start - b.range.start || b.range.end - a.range.end : a.part === 'title' ? -1 : 1,
  );
  for (const hit of hits) {
    // "Budget: $300" and the "$300" inside it are one piece of evidence, not two (hits are in text
    // order, the longer first where two start together); so are "Key Features:" and the "Features:\n"
    // that ends past it only by the line break (compared trimmed).
    const shown = trimmed(doc, hit);
    if (!evidence.some((e) => isInside(shown, e))) evidence.push(shown);
  }
  // (completed after the pieces are told apart, so that how many a section has does not depend on how they are quoted)
  let before: Hit | undefined;
  for (let i = 0; i < evidence.length; i++) {
    const e = evidence[i]!;
    if (!('range' in e)) continue;
    const floor = before?.part === e.part ? before.range.end : 0;
    before = evidence[i] = completed(doc, e, options.widenAt?.test(e.text) ? floor : -1);
  }
  return evidence;
}

/**
 * A piece of evidence whose quote ends on a word that leads on, carried on to what it leads to (`quoteEnd`), and, given a
 * `floor` (not -1), one that starts at a noun widened back to its phrase, no further than `floor` (`nounPhraseStart`).
 */
function completed(doc: Doc, evidence: Hit, floor: number): Hit {
  const { part, range } = evidence;
  const whole = doc.text(part);
  const start = floor === -1 ? range.start : nounPhraseStart(whole, range.start, floor);
  const end = quoteEnd(whole, range.start, range.end);
  return start === range.start && end === range.end ? evidence : { part, range: { start, end }, text: whole.slice(start, end) };
}

/**
 * A blank still to fill in, as the templates and `restructure` write them: a bracketed phrase
 * ("[Start date, deadline or duration]", "[fixed price $N / $N–$N per hour]") or one of their
 * one-word blanks ("[N]", "[date]"). Not a one-word tag ("[Paid]", "[ Rev-Share ]"), a Markdown
 * link's text ("[our trailer](https://…)") or the marketplace's own "[login to view URL]": those
 * are the client's words.
 */
const BLANK = /\[(?!login to view url\])[ \t]*(?:[^\s[\]]+(?:[ \t]+[^\s[\]]+)+|N|date|list|repo|host)[ \t]*\](?!\()/gi;
const BLANK_IN_LINE = new RegExp(BLANK.source, 'i');
/** The blanks a draft still holds (a template's or `restructure`'s prompts the user has not filled in), in text order. */
export function blanksIn(text: string): Array<{ start: number; end: number; text: string }> {
  if (!text.includes('[')) return [];
  return allMatches(BLANK, text).map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** How far from a match a blank is looked for: blanks are short, and a megabyte line must not be copied per match. */
const REACH = 200;

/**
 * Whether a match is part of a blank rather than the client's words: inside one, right before one
 * ("reply within [N] hours"), or a short heading above a line of them ("Scope and deliverables:"
 * above "- [N] pages: [home, about, …]"). A section filled in only with its template's or
 * `restructure`'s blanks is then not met yet.
 */
function isBlank(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - REACH);
  const near = text.slice(from, end + REACH);
  // Every blank has a bracket; most drafts have none near a match.
  if (!near.includes('[')) return false;
  const [s, e] = [start - from, end - from];
  const lineStart = near.lastIndexOf('\n', s - 1) + 1;
  const newline = near.indexOf('\n', e);
  const lineEnd = newline === -1 ? near.length : newline;
  for (const m of allMatches(BLANK, near.slice(lineStart, lineEnd))) {
    const open = lineStart + m.index;
    const close = open + m[0].length;
    if ((open < s && close > e) || (open >= e && /^[ \t]*$/.test(near.slice(e, open)))) return true;
  }
  if (newline === -1 || lineEnd - lineStart > 40 || !/^[\s:]*$/.test(near.slice(e, lineEnd))) return false;
  // (a heading, not a line with its value after a colon: "Duration: 2-4 months (flexible)" above "Location: Remote (if
  // near [your location])" is the client's own duration)
  if (/:[ \t]*\S/.test(near.slice(lineStart, lineEnd))) return false;
  const next = near.indexOf('\n', lineEnd + 1);
  return BLANK_IN_LINE.test(near.slice(lineEnd + 1, next === -1 ? near.length : next));
}

/**
 * Why a section the phrase rules found is still missing: its learned judgement (`model/linear.ts`)
 * found it too thin. The message quotes what the rules found (cut to a phrase), so the finding does
 * not say "no background" to a post that has a line of it.
 */
export function overruled(ruleEvidence: readonly Evidence[]): Pick<RuleHit, 'messageId' | 'data'> | undefined {
  const first = ruleEvidence[0];
  if (!first) return undefined;
  const found = first.text.length > 60 ? `${first.text.slice(0, 57).trimEnd()}…` : first.text;
  return { messageId: 'thin', data: { found } };
}
