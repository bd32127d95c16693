import type { Part, Range } from '../types';
import { firstCodeUnits, offsetsOf } from './first-chars';
import { firstReached } from './halving';
import { cutsLink } from './links';
import { candidateStarts, registerGroup } from './word-index';
import { firstWordKeys } from './word-keys';
import { PRECOMPUTED_FIRST_UNITS, PRECOMPUTED_WORD_KEYS } from './word-keys-table';
import { sourceStructure } from './vocab';

/** One match of a pattern in one part of the draft. */
export interface Hit {
  part: Part;
  range: Range;
  text: string;
}

export const BOTH: readonly Part[] = ['title', 'description'];

export interface ScanOptions {
  parts?: readonly Part[];
  /** Drop a match when this returns false (negation, quotes, context exceptions). */
  accept?: (text: string, start: number, end: number) => boolean;
  /** Stop after this many hits: evidence needs one or two, not all. */
  limit?: number;
  /** Also take matches inside a link or a web address (contact details are read there); by default a match that lies
   * inside one or cuts one is dropped: "stuff" in ".../jump-over-stuff.swf", "on Monday" in "on Monday.com". */
  readLinks?: boolean;
}

/** One match of one of several patterns: which one, and where. */
export interface RawMatch {
  pattern: number;
  start: number;
  end: number;
}

interface Union {
  re: RegExp;
  /** Capture-group number of each pattern's wrapper group. */
  groups: number[];
  /** The union's id in the word index, and a sticky copy to try it at one offset; null when not indexable. */
  indexed: ({ id: number } & StickyScan) | null;
  /** For a union the word index cannot see, the few characters every match starts with (`first-chars.ts`), and a sticky copy. */
  symbols: ({ units: string[] } & StickyScan) | null;
  /** Whether `re` has run once (`compileAtOnce`). */
  compiled: boolean;
}

/** A sticky copy of a union, tried at one offset at a time, and whether it has run once (`compileAtOnce`). */
interface StickyScan {
  sticky: RegExp;
  compiled: boolean;
}

/**
 * A union as a scan sees it: one regex, or the pieces of one too long for V8 to optimise (`MAX_UNION_SOURCE`), tried in
 * order at each start as the one regex would try its patterns.
 */
type UnionScan = readonly Union[];

const unions = new WeakMap<readonly RegExp[], UnionScan[]>();
/** Every union indexed by first word or symbol so far, for `wordIndexMismatches` (the checks' patterns are module constants: a bounded list). */
const indexedUnions: Union[] = [];
/** The first pattern of each union cut in pieces so far, for `unionsCut`. */
const cutUnions: string[] = [];

/** Every branch starts at a word boundary: the boundary can be tested once, before the union. */
const startsAtWord = (source: string) => sourceStructure(source).branches.every((b) => b.startsWith('\\b'));

type AnalysedPatterns = Record<'words' | 'units', Map<string, { source: string; flags: string }>>;
/** Patterns whose first words or first characters were asked for, by table key, while `recordAnalysedPatterns` is on. */
let analysed: AnalysedPatterns | null = null;

/**
 * A pattern's first-word keys: from the table computed at development time for the built-in
 * checks, else read from its source now. Reading them (a full regex parse per pattern) cost about
 * 50 ms at the start of every fresh worker, before the first check could run.
 */
function knownFirstWordKeys(source: string, flags: string): Set<number> | null {
  const id = patternTableKey(source, flags);
  analysed?.words.set(id, { source, flags });
  const known = PRECOMPUTED_WORD_KEYS[id];
  if (known !== undefined) return known && new Set(known);
  return firstWordKeys(source, flags);
}

/** A pattern's first characters (`first-chars.ts`), tabulated the same way: parsing them cost a fresh engine 10 ms. */
function knownFirstUnits(source: string, flags: string): readonly number[] | null {
  const id = patternTableKey(source, flags);
  analysed?.units.set(id, { source, flags });
  const known = PRECOMPUTED_FIRST_UNITS[id];
  return known !== undefined ? known : firstCodeUnits(source, flags);
}

/**
 * From now on, note every pattern whose first words or characters are asked for (`npm run
 * gen:word-keys` tabulates them); off otherwise, so that a worker compiling custom rules keeps no
 * sources. Patterns are analysed once per process: call this before the first analysis.
 */
export function recordAnalysedPatterns(): Readonly<AnalysedPatterns> {
  analysed ??= { words: new Map(), units: new Map() };
  return analysed;
}

/**
 * A pattern's key in the table: a 53-bit hash of its flags and source (cyrb53), and its length.
 * The table holds no sources, which would double the engine's size; a custom rule whose pattern
 * collided with a built-in one would be about one in 10^13.
 */
export function patternTableKey(source: string, flags: string): string {
  const text = `${flags}/${source}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}.${text.length}`;
}

const SCANNED_APART = new WeakSet<RegExp>();

/**
 * Marks a pattern to be tried in a union of its own instead of the check's main union: one that
 * starts at a common word (a noun such as "app", "form", "data") and rarely matches, because what
 * must precede or follow the word (a lookbehind, "doesn't send") fails at most of them. A union is
 * tried at every word any of its patterns can start at, and a failed try costs in proportion to
 * the union's patterns, so in the main union such a pattern made the other thirty be tried at
 * thousands of words where only it could start. Measured over the corpus (cachegrind, 3 passes):
 * five patterns of context and deliverables scanned apart, 16.20 → 15.96 G (-1.5%). The matches
 * are the same; where two patterns of different unions match at one place both are found (in one
 * union the earlier wins), and a check that stops at three pieces of evidence may show others (25
 * of 5,892 corpus posts; retrained, one post's context changes). Which patterns to set apart is
 * measured, not guessed: most gain nothing, and one that overlaps the main union's matches changes
 * quotes (see the README's design notes).
 *
 * Such patterns once shared one union per check (a pattern the word index cannot see still does).
 * Then one that cost nothing alone (0.008 G: tried at the 386 "I have" and "we have" of the corpus)
 * cost 0.25 G (+1.4%) in context's 7,700-character union of them: a union's every try slows as it
 * grows, beyond the cost of the branch added. With each alone the engine ran 18.35 → 18.02 G, and
 * one corpus post of 5,892 shows one more piece of evidence (a match inside another pattern's).
 */
export function scannedApart(re: RegExp): RegExp {
  SCANNED_APART.add(re);
  return re;
}

/**
 * Scanning a text once per pattern was most of the engine's time (each scan visits every
 * position). The patterns of one check are joined into one alternation, scanned once; a wrapper
 * group per pattern says which one matched. Patterns whose every branch starts at a word boundary
 * share a union that tests the boundary once per position instead of once per branch (measurably
 * faster); the others (a currency symbol, a "+" of a phone number) get a union of their own, as do
 * patterns with other flags and patterns whose first words cannot be read (see `word-keys.ts`),
 * so that one of those does not stop the rest of its check being indexed, and each pattern marked
 * `scannedApart`. At one position the earlier pattern of a union wins.
 */
function unionOf(patterns: readonly RegExp[]): UnionScan[] {
  let cached = unions.get(patterns);
  if (cached) return cached;
  // Patterns are grouped by flags, by how they can be scanned (indexed by first word, starting at a
  // word boundary but not indexable, or anywhere), and by whether they are scanned apart.
  const byKey = new Map<string, { flags: string; mode: 'indexed' | 'word' | 'any'; apart: boolean; indexes: number[] }>();
  const keysOf: (ReadonlySet<number> | null)[] = [];
  patterns.forEach((re, i) => {
    const atWord = startsAtWord(re.source);
    const keys = atWord ? knownFirstWordKeys(re.source, re.flags) : null;
    keysOf[i] = keys;
    const mode = keys ? 'indexed' : atWord ? 'word' : 'any';
    const apart = SCANNED_APART.has(re);
    // (an indexed pattern scanned apart is alone: see `scannedApart`)
    const key = `${re.flags}|${mode}|${apart}${apart && mode === 'indexed' ? `|${i}` : ''}`;
    const entry = byKey.get(key) ?? { flags: re.flags, mode, apart, indexes: [] };
    entry.indexes.push(i);
    byKey.set(key, entry);
  });
  cached = [];
  // The unions of patterns scanned apart come last: a check that stops at its third piece of
  // evidence finds it in the check's main union first, as before they were set apart.
  const entries = [...byKey.values()].sort((a, b) => Number(a.apart) - Number(b.apart));
  for (const { flags, mode, indexes } of entries) {
    const parts = new Map(indexes.map((i) => [i, unionPart(patterns[i]!.source, mode !== 'any')]));
    const pieces = chunksUnder(indexes, (i) => parts.get(i)!.text.length, MAX_UNION_SOURCE);
    if (pieces.length > 1) cutUnions.push(patterns[indexes[0]!]!.source);
    cached.push(pieces.map((piece) => unionOfChunk(patterns, piece, parts, flags, mode, keysOf)));
  }
  unions.set(patterns, cached);
  return cached;
}

/** One pattern's part of a union: a group, with its branches' shared leading "\b" taken off when the union tests it once, and the capture groups it holds. */
function unionPart(source: string, hoist: boolean): { text: string; groups: number } {
  const { branches, groups } = sourceStructure(source);
  return { text: hoist ? `(${branches.map((b) => b.slice(2)).join('|')})` : `(${source})`, groups };
}

/** The union of the patterns at `indexes`, with the word keys that index it (see `unionOf`). */
function unionOfChunk(
  patterns: readonly RegExp[],
  indexes: readonly number[],
  parts: ReadonlyMap<number, { text: string; groups: number }>,
  flags: string,
  mode: 'indexed' | 'word' | 'any',
  keysOf: readonly (ReadonlySet<number> | null)[],
): Union {
  const groups: number[] = new Array(patterns.length).fill(-1);
  let group = 1;
  for (const i of indexes) {
    groups[i] = group;
    group += 1 + parts.get(i)!.groups;
  }
  const joined = indexes.map((i) => parts.get(i)!.text).join('|');
  const source = mode !== 'any' ? `\\b(?:${joined})` : joined;
  const re = new RegExp(source, flags.includes('g') ? flags : `${flags}g`);
  // A copy tried at one offset at a time, for a union scanned only where it can start.
  const sticky = (): StickyScan => ({ sticky: new RegExp(source, `${flags.replace(/[gy]/g, '')}y`), compiled: false });
  const keys = new Set<number>(indexes.flatMap((i) => [...(keysOf[i] ?? [])]));
  const indexed = mode === 'indexed' ? { id: registerGroup(`${flags}/${source}`, keys), ...sticky() } : null;
  const units = indexed ? null : firstUnitsOfAll(indexes.map((i) => patterns[i]!));
  const symbols = units && { units: units.map((u) => String.fromCharCode(u)), ...sticky() };
  const union = { re, groups, indexed, symbols, compiled: false };
  if (indexed || symbols) indexedUnions.push(union);
  return union;
}

/**
 * The longest union source built. V8 stops optimising a regex whose source is over 20 KB (20,480
 * characters, "too large to optimize"): context's union crossed it by 74 characters and the whole
 * engine ran about 30% slower over the corpus. A check's patterns that would make a longer union
 * are cut, in order, into unions under this length. Each piece costs tries of its own, so the
 * pieces are as long as is safe (cachegrind over the corpus: 17.50 G cut under 20,000, 17.70 G
 * under 16,000, 17.82 G under 10,000; 17.99 G uncut).
 */
const MAX_UNION_SOURCE = 20_000;

/**
 * The first pattern of every union cut in pieces so far. Pieces cost tries of their own (context's union cut in two made
 * the engine 1.5% slower), so a test holds the built-in checks to none: a check whose union outgrows the limit must
 * scan a pattern apart or shorten one.
 */
export function unionsCut(): readonly string[] {
  return cutUnions;
}

/** `indexes` in order, cut into runs whose parts (of `lengthOf`) join into less than `max` characters. */
function chunksUnder(indexes: readonly number[], lengthOf: (i: number) => number, max: number): number[][] {
  const chunks: number[][] = [];
  let chunk: number[] = [];
  let length = 0;
  for (const i of indexes) {
    const part = lengthOf(i) + 1;
    if (chunk.length > 0 && length + part > max) {
      chunks.push(chunk);
      chunk = [];
      length = 0;
    }
    chunk.push(i);
    length += part;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** The characters a match of any of `patterns` starts with, or null when one of them can start otherwise. */
function firstUnitsOfAll(patterns: readonly RegExp[]): number[] | null {
  const units = new Set<number>();
  for (const re of patterns) {
    const own = knownFirstUnits(re.source, re.flags);
    if (!own) return null;
    for (const unit of own) units.add(unit);
  }
  return [...units];
}

/**
 * V8 runs a regex's first execution in its bytecode interpreter and compiles it to machine code at the next
 * (`--regexp-tier-up`), unless the string searched is 1,000 characters or more, when it compiles machine code at once. For
 * a check's union, kilobytes of source whose bytecode runs to 400 KB, the detour cost more than the machine code: context's
 * union took 283 ms at its first run on a 600-character post, 25 ms with the detour skipped, and a fresh engine's first
 * analysis 520–560 ms against 155–175 ms (Node 20, `--no-regexp-tier-up` for the comparison). So a union's first run is on
 * the text padded to that length, at its last character (one try that fails): the machine code is compiled at once, for
 * the text's encoding (one byte a character, or two), and every later compilation of the union (the other encoding's) is
 * of machine code too. The CLI's check of a short draft took 0.34–0.39 s instead of 0.64–0.89 s. Chromium 156's V8 pays
 * no such detour: its first analysis took the same with and without this (median 176 against 172 ms, 12 fresh pages
 * each), so the extension gains nothing from it and loses nothing.
 */
const TIER_UP_LENGTH = 1_000;
const PADDING = ' '.repeat(TIER_UP_LENGTH);

/** Run `re` for the first time (`scan.compiled` false) so that V8 compiles its machine code at once. */
function compileAtOnce(scan: { compiled: boolean }, re: RegExp, text: string): void {
  scan.compiled = true;
  if (text.length >= TIER_UP_LENGTH) return;
  const padded = text + PADDING;
  re.lastIndex = padded.length - 1;
  re.exec(padded);
  re.lastIndex = 0;
}

/**
 * Compile every indexed union that no draft has run yet, for texts stored one byte a character and two (V8 compiles a
 * regex's machine code per storage): the last step of the warm-up. The warm-up drafts reach every check, but a union
 * tried only where its first words stand ("the script we have", "several landing pages") is not run by a draft that
 * lacks those words, and the first real draft that has them waited for its compilation (the bench's first analysis after
 * `warmUp()`: 1.9 ms before a session added eight such unions, 3.2–3.5 ms after). Returns how many it compiled.
 */
export function compileUnrunUnions(): number {
  let compiled = 0;
  for (const union of indexedUnions) {
    const scan = union.indexed ?? union.symbols!;
    if (scan.compiled) continue;
    // (an empty text, then one holding a character beyond Latin-1, each padded as a first run is)
    compileAtOnce(scan, scan.sticky, '');
    compileAtOnce(scan, scan.sticky, '\u2019');
    compiled++;
  }
  return compiled;
}

/**
 * Every match of any of the patterns in one text, in text order per union (see `unionOf`), passed to `visit`
 * until it returns false: a check that needs three pieces of evidence stops scanning after the
 * third, which on a long draft is most of the saving.
 *
 * An indexed union is tried only at the word starts the word index gives it, in order, skipping
 * those inside the previous match: the same matches a global scan finds (every match starts at
 * such a word), without visiting the other positions. A union with no candidate is not run.
 */
export function forEachMatch(text: string, patterns: readonly RegExp[], visit: (match: RawMatch) => boolean | void): void {
  // No pattern matches nothing (empty matches are skipped), and most drafts have a part still empty.
  if (text === '') return;
  for (const scan of unionOf(patterns)) {
    if (scan.length === 1 ? !forEachUnionMatch(text, scan[0]!, visit) : !forEachPiecesMatch(text, scan, visit)) return;
  }
}

/**
 * The matches of a union cut into pieces: the same as the whole union's. Indexed pieces are tried together, at each
 * candidate start in order, each piece in turn, the first match winning and the next start skipping what it covers, as
 * the one regex tries its patterns. (Pieces the word index cannot see are scanned one after another, each in text
 * order; no check's patterns make such a union long enough to be cut.)
 */
function forEachPiecesMatch(text: string, pieces: UnionScan, visit: (match: RawMatch) => boolean | void): boolean {
  if (!pieces.every((u) => u.indexed)) return pieces.every((u) => forEachUnionMatch(text, u, visit));
  const starts = pieces.map((u) => candidateStarts(text, u.indexed!.id));
  const next = new Array<number>(pieces.length).fill(0);
  let from = 0;
  for (;;) {
    let start = Infinity;
    for (let p = 0; p < pieces.length; p++) {
      const own = starts[p];
      if (!own) continue;
      let k = next[p]!;
      while (k < own.length && own[k]! < from) k++;
      next[p] = k;
      if (k < own.length && own[k]! < start) start = own[k]!;
    }
    if (start === Infinity) return true;
    from = start + 1;
    for (let p = 0; p < pieces.length; p++) {
      const own = starts[p];
      if (!own || own[next[p]!] !== start) continue;
      const scan = pieces[p]!.indexed!;
      const { sticky } = scan;
      if (!scan.compiled) compileAtOnce(scan, sticky, text);
      sticky.lastIndex = start;
      const m = sticky.exec(text);
      if (!m || m[0].length === 0) continue;
      from = start + m[0].length;
      if (visit({ pattern: patternOf(m, pieces[p]!.groups), start, end: from }) === false) return false;
      break;
    }
  }
}

/** The matches of one union; false when `visit` asked to stop. */
function forEachUnionMatch(text: string, union: Union, visit: (match: RawMatch) => boolean | void): boolean {
  if (union.indexed) return forEachMatchAt(text, candidateStarts(text, union.indexed.id), union.indexed, union.groups, visit);
  const offsets = union.symbols && offsetsOf(text, union.symbols.units);
  if (offsets) return forEachMatchAt(text, offsets, union.symbols!, union.groups, visit);
  const re = union.re;
  if (!union.compiled) compileAtOnce(union, re, text);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const lastIndex = re.lastIndex;
    if (visit({ pattern: patternOf(m, union.groups), start: m.index, end: m.index + m[0].length }) === false) return false;
    // The union is shared: a visitor that scanned another text in between must not move us.
    re.lastIndex = lastIndex;
  }
  return true;
}

/**
 * The matches of a union tried with `sticky` only at `starts` (ascending), skipping those inside
 * the previous match: the same matches a global scan finds when every match starts at one of them.
 */
function forEachMatchAt(text: string, starts: ArrayLike<number> | undefined, scan: StickyScan, groups: number[], visit: (match: RawMatch) => boolean | void): boolean {
  if (!starts) return true;
  const { sticky } = scan;
  if (!scan.compiled) compileAtOnce(scan, sticky, text);
  let from = 0;
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k]!;
    if (start < from) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (!m || m[0].length === 0) continue;
    from = start + m[0].length;
    if (visit({ pattern: patternOf(m, groups), start, end: from }) === false) return false;
  }
  return true;
}

/**
 * The sources of the indexed unions (by first word or first symbol) whose scan of `text` differs
 * from a plain scan of the whole text: empty unless an analysis missed a way a pattern can start.
 * The tests run it over every check's patterns and many texts.
 */
export function wordIndexMismatches(text: string): string[] {
  const bad: string[] = [];
  for (const union of indexedUnions) {
    const plain = allMatches(union.re, text)
      .filter((m) => m[0].length > 0)
      .map((m) => `${patternOf(m, union.groups)}@${m.index}-${m.index + m[0].length}`);
    const indexed: string[] = [];
    forEachUnionMatch(text, union, (m) => void indexed.push(`${m.pattern}@${m.start}-${m.end}`));
    if (plain.join() !== indexed.join()) bad.push(union.re.source);
  }
  return bad;
}

/** Which pattern of a union matched: the first whose wrapper group took part. */
function patternOf(m: RegExpExecArray, groups: number[]): number {
  for (let i = 0; i < groups.length; i++) {
    if (groups[i]! > 0 && m[groups[i]!] !== undefined) return i;
  }
  return 0;
}

/**
 * Every match of a global regex in `text`, as `[...text.matchAll(re)]` gives them, but without the
 * copy of the regex that `matchAll` makes at each call (a new RegExp, set up again from its
 * source: a visible share of the time of checking a short draft). Leaves `lastIndex` at 0.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (!re.global) {
    const m = re.exec(text);
    return m ? [m] : out;
  }
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on one character, as matchAll does (a whole surrogate pair under /u).
    if (m[0].length === 0) re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}

/** All matches of the patterns in the draft's parts that `accept` lets through. */
export function scan(
  texts: { text(part: Part): string; links?(part: Part): readonly Range[] },
  patterns: readonly RegExp[],
  options: ScanOptions = {},
): Hit[] {
  return scanIndexed(texts, patterns, options).map(({ hit }) => hit);
}

/** As `scan`, also saying which pattern each hit came from. */
export function scanIndexed(
  texts: { text(part: Part): string; links?(part: Part): readonly Range[] },
  patterns: readonly RegExp[],
  options: ScanOptions = {},
): Array<{ hit: Hit; pattern: number }> {
  const parts = options.parts ?? BOTH;
  const limit = options.limit ?? Infinity;
  const hits: Array<{ hit: Hit; pattern: number }> = [];
  for (const part of parts) {
    const text = texts.text(part);
    if (!text) continue;
    const links = options.readLinks ? undefined : texts.links?.(part);
    forEachMatch(text, patterns, (m) => {
      if (links && links.length > 0 && cutsLink(links, m.start, m.end)) return true;
      if (options.accept && !options.accept(text, m.start, m.end)) return true;
      hits.push({ hit: { part, range: { start: m.start, end: m.end }, text: text.slice(m.start, m.end) }, pattern: m.pattern });
      return hits.length < limit;
    });
    if (hits.length >= limit) return hits;
  }
  return hits;
}

/**
 * A negation. (Not one that asks for the thing: "don't forget to add your GitHub", "don't hesitate to send samples"; nor
 * one of a worry: "no problem paying part up front", "no issue with weekly calls".)
 */
const NEGATION = /(?:\b(?:no(?!\s+(?:problem|issue|trouble|objection)s?\b)|not|never|without|nor|none|don'?t|doesn'?t|isn'?t|aren'?t|won'?t|wouldn'?t|shouldn'?t|cannot|can'?t|neither|avoid|instead of)\b|n['’]t\b)(?!\s+(?:forget|hesitate|fail)\s+to\b)/i;
const CLAUSE_BREAK = /[.!?;:\n,()]|\b(?:but|however|although|though|and)\b/gi;
const NEGATIONS = new RegExp(NEGATION.source, 'gi');
/**
 * What turns a negation into a cap on what follows, read from the negation on (into the match): "should not exceed 2 weeks",
 * "shouldn't take longer than 1 hour", "It shouldn't take 1-2 months", "to not exceed USD 10,000", "can't pay more than $500",
 * "done no later than the end of May".
 */
const CAP_AFTER_NEGATION = /^\s+(?:to\s+)?(?:later\s+than|exceed|go\s+(?:over|above|beyond)|(?:be|cost|pay|spend|take|takes|last)\s+(?:you\s+)?(?:more|longer)\s+than|(?:be|cost|pay|spend)\s+(?:over|above)|take\s+(?=\d|about\b|around\b))/i;

/**
 * Whether a match is negated: a negation in the same clause shortly before it ("not ASAP",
 * "we are not looking for the cheapest", "no budget yet" is handled by the checks themselves),
 * unless it caps what follows ("should not exceed 2 weeks"). Looks back at most `window`
 * characters and stops at the clause boundary.
 */
export function isNegated(text: string, start: number, window = 40): boolean {
  let from = Math.max(0, start - window);
  const before = text.slice(from, start);
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(before))) cut = m.index + m[0].length;
  from += cut;
  const clause = text.slice(from, start);
  if (!NEGATION.test(clause)) return false;
  // (a cap is no denial: the last negation read on into the match)
  let negationEnd = 0;
  NEGATIONS.lastIndex = 0;
  while ((m = NEGATIONS.exec(clause))) negationEnd = m.index + m[0].length;
  if (CAP_AFTER_NEGATION.test(text.slice(from + negationEnd, start + 40))) return false;
  if (!WITHOUT.test(clause)) return true;
  // (the refusal may stand before the window: read back to the sentence's start, at most 80 characters)
  let sentenceStart = start;
  const floor = Math.max(0, start - 80);
  while (sentenceStart > floor && !SENTENCE_END_UNITS.has(text.charCodeAt(sentenceStart - 1))) sentenceStart--;
  return !REFUSED_WITHOUT.test(text.slice(sentenceStart, start));
}

const WITHOUT = /without/i;
/** ".", "!", "?" and a line break. */
const SENTENCE_END_UNITS = new Set([46, 33, 63, 10]);

/** A refusal of what comes without the thing, which asks for it: "I will not take a bid without some | samples". */
const REFUSED_WITHOUT = /\b(?:not|never|won'?t|can'?t|cannot|don'?t|no)\b.*\bwithout(?:\s+(?:some|any|a|an|the|your|at least|\w+ing))*\s+$/i;

/** The double quotes a mention is put between, straight, curly and angled. */
const QUOTE_CHARACTERS = '"“”«»';
const QUOTES = new RegExp(`[${QUOTE_CHARACTERS}]`, 'g');
const QUOTE_UNITS = new Set([...QUOTE_CHARACTERS].map((c) => c.charCodeAt(0)));

/** Whether the match sits inside double quotes on its line: a quoted phrase is mentioned, not used. */
export function isQuoted(text: string, start: number, end: number): boolean {
  if (text.length > LONG_TEXT) return isQuotedInLongText(text, start, end);
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEndRaw = text.indexOf('\n', end);
  const lineEnd = lineEndRaw === -1 ? text.length : lineEndRaw;
  const before = text.slice(lineStart, start).match(QUOTES)?.length ?? 0;
  const after = text.slice(end, lineEnd).match(QUOTES)?.length ?? 0;
  return before % 2 === 1 && after > 0;
}

/**
 * Past this length (ten times a long post) the quotes and line breaks of a text are found once and counted by halving:
 * reading the match's whole line for each match made a 100,000-character paste on one line ("stuff etc. " over and
 * over) cost 750 ms an analysis, 70% of it here.
 */
const LONG_TEXT = 10_000;
let indexedText = '';
let quoteAt: number[] = [];
let newlineAt: number[] = [];

function isQuotedInLongText(text: string, start: number, end: number): boolean {
  if (text !== indexedText) {
    indexedText = text;
    quoteAt = [];
    newlineAt = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) newlineAt.push(i);
      else if (QUOTE_UNITS.has(c)) quoteAt.push(i);
    }
  }
  const newlinesBefore = firstAtOrAfter(newlineAt, start);
  const lineStart = newlinesBefore === 0 ? 0 : newlineAt[newlinesBefore - 1]! + 1;
  const lineEnd = newlineAt[firstAtOrAfter(newlineAt, end)] ?? text.length;
  const before = firstAtOrAfter(quoteAt, start) - firstAtOrAfter(quoteAt, lineStart);
  return before % 2 === 1 && firstAtOrAfter(quoteAt, end) < firstAtOrAfter(quoteAt, lineEnd);
}

/** The index of the first of the ascending `positions` at or after `at`. */
function firstAtOrAfter(positions: readonly number[], at: number): number {
  return firstReached(positions.length, (k) => positions[k]! >= at);
}

/** The default filter for phrase checks: used, not mentioned, and not negated. */
export function usedAffirmatively(text: string, start: number, end: number): boolean {
  return !isQuoted(text, start, end) && !isNegated(text, start);
}

/**
 * Keep the capitalisation of the flagged text in a replacement: "Etc." → "And […]", but an
 * acronym in capitals mid-sentence ("done ASAP") gives a lower-case "by [date]".
 */
export function matchCase(original: string, replacement: string, atSentenceStart: boolean): string {
  if (!replacement) return replacement;
  const first = original.charAt(0);
  const capitalised = first !== first.toLowerCase() && original !== original.toUpperCase();
  return capitalised || atSentenceStart ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/**
 * What a post asks the applicant to have, as the words that lead into it: "experience building
 * websites for coaches", "a passion for user-friendly apps", "knowledge of CRMs (HubSpot, etc.)".
 * Checks use it to tell a requirement about the person from one about the work. Not
 * "experienced" or "skilled": "We are seeking an experienced developer to build…" is the usual
 * opening of a post about the work.
 */
export const APPLICANT_QUALITY = String.raw`(?:(?<!user )experience|expertise|knowledge|familiar(?:ity)?|proficien(?:t|cy)|understanding|skills?|background|track record|passion(?:ate)?|comfortable|speciali[sz]\w*)`;

/**
 * Whether one of `words` stands before `start` in the same sentence, at most `reach` characters
 * before it (build the regex once with `ledBy`).
 */
export const ledBy = (words: string, reach: number) => new RegExp(String.raw`\b(?:${words})\b[^.!?\n]{0,${reach}}$`, 'i');
export function isLedBy(re: RegExp, text: string, start: number): boolean {
  return re.test(text.slice(Math.max(0, start - 120), start));
}

const SENTENCE_STOP = /[.!?\n]/g;

/**
 * The sentence around a match: from the last full stop or line break before it to the next stop
 * or line break after it. Searches from the match, without copying the rest of a long draft.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf('\n', start - 1)) + 1;
  SENTENCE_STOP.lastIndex = end;
  const stop = SENTENCE_STOP.exec(text);
  return text.slice(from, stop ? stop.index : text.length);
}

/** Whether `offset` starts a sentence: only spaces, quotes or bullets since the last full stop or line. */
export function startsSentence(text: string, offset: number): boolean {
  return /(?:^|[.!?:\n])[\s"'“‘(\-*•]*$/.test(text.slice(Math.max(0, offset - 12), offset)) || offset === 0;
}
