/**
 * Sentence segmentation.
 *
 * Sentences come from `Intl.Segmenter` (locale-aware: abbreviations, decimals, CJK full stops).
 * Four measured costs shape the code: iterating V8's segmenter over one long string is
 * quadratic (100 KB: 530 ms; the same text in blocks: a few ms), so it reads lines, which it
 * always ends a sentence after anyway, capped at `MAX_BLOCK`; a line where no sentence can end
 * before its last character is one sentence, so the segmenter does not read it at all; each
 * call to the segmenter costs ~5 µs up front, so the other lines are read in batches of one
 * call; and the segmenter reads a condensed copy of each line (`sentenceBreaksOfBlocks`).
 * Sentence segmentation was about a sixth of the engine's time, for a count in the stats.
 * Words are counted in `stats.ts` in one pass rather than with `Intl.Segmenter`'s word mode,
 * which costs ~540 µs per corpus post, five times the whole engine's budget.
 */

import { isSpaceUnit } from './word-keys';

export interface Segment {
  start: number;
  end: number;
  text: string;
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
/**
 * A character before a line's last after which the segmenter may end a sentence: "!", "?", a
 * carriage return, any non-ASCII character but the usual quotes, dashes, bullets and ellipsis
 * (Unicode has dozens of terminators: "‼", "。", "।"…), and a full stop unless a lower-case
 * letter or digit follows it ("Node.js", "v2.5", "www.site.com"), which never ends a sentence
 * (UAX #29 SB6, SB8). A line with none is one sentence, and the segmenter does not read it.
 */
export const MAY_BREAK_INSIDE = /(?:[!?\r]|\.(?![a-z0-9])|[^\x00-\x7f’‘“”–—•…])[^]/;
const MAX_BLOCK = 2_000;

export function sentences(text: string): Segment[] {
  // Lines: UAX #29 always ends a sentence after a line feed (SB4) and no rule looks past one, so
  // each line is segmented alone with the same boundaries.
  const blocks: Array<[number, number]> = [];
  let from = 0;
  for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', from)) {
    collectBlocks(text, from, newline, blocks);
    from = newline + 1;
  }
  collectBlocks(text, from, text.length, blocks);

  // Lines where a sentence may end before the last character go to the segmenter, all in one
  // call (see `sentenceBreaksOfBlocks`); the others are one sentence each.
  const needy: Array<{ start: number; text: string }> = [];
  for (const [start, end] of blocks) {
    const line = text.slice(start, end);
    if (MAY_BREAK_INSIDE.test(line)) needy.push({ start, text: line });
  }
  const breaks = sentenceBreaksOfBlocks(needy.map((line) => line.text));
  const out: Segment[] = [];
  let k = 0;
  for (const [start, end] of blocks) {
    if (needy[k]?.start !== start) {
      out.push({ start, end, text: text.slice(start, end) });
      continue;
    }
    let a = start;
    for (const b of breaks[k++]!) {
      const [from, to] = trimRange(text, a, start + b);
      if (to > from) out.push({ start: from, end: to, text: text.slice(from, to) });
      a = start + b;
    }
  }
  return out;
}

/** The trimmed, non-empty blocks of `text[from, to)`, over-long ones cut at a safe place. */
function collectBlocks(text: string, from: number, to: number, out: Array<[number, number]>): void {
  while (to - from > MAX_BLOCK) {
    const cut = safeCut(text, from, from + MAX_BLOCK);
    collectBlocks(text, from, cut, out);
    from = cut;
  }
  const [start, end] = trimRange(text, from, to);
  if (end > start) out.push([start, end]);
}

/** The offsets where `Intl.Segmenter` ends the sentences of `text` (the last is `text.length`). */
export function sentenceBreaks(text: string): number[] {
  return sentenceBreaksOfBlocks([text])[0]!;
}

/**
 * Where `Intl.Segmenter` ends the sentences of each block, as offsets in that block: the same
 * as segmenting each block alone, for the price of one call. Each call to the segmenter costs
 * about 5 µs before it reads a character (a break iterator is set up), which made it the
 * engine's largest single cost on posts with many short paragraphs; so the blocks are read in
 * one string, joined by a paragraph separator (U+2029). UAX #29 always breaks after a paragraph
 * separator (SB4) and never lets a rule look past one (SB8-SB11 stop at ParaSep), so no boundary
 * inside a block moves; each block's own end shows up right after its separator. A batch stops
 * at `MAX_BATCH` characters: the segmenter grows slower than linear on one long string.
 *
 * Each block is also condensed first. The segmenter's rules decide each boundary from a
 * terminator, the character before it, and what follows it up to the first letter; they never
 * look inside a run of ASCII letters and spaces between two letters, where no boundary can fall.
 * Such runs shrink to their first and last letter, which leaves the segmenter about 15% of the
 * characters (it costs ~18 ns a character, plus ~1 µs a sentence) with the same boundaries,
 * mapped back to offsets in the block. `test/unit/segments.test.ts` holds both to the plain
 * segmenter on generated text.
 */
export function sentenceBreaksOfBlocks(blocks: readonly string[]): number[][] {
  const out: number[][] = blocks.map(() => []);
  const condensed = blocks.map(condense);
  for (let first = 0; first < blocks.length; ) {
    let last = first;
    let length = condensed[first]!.text.length;
    while (last + 1 < blocks.length && length + condensed[last + 1]!.text.length < MAX_BATCH) length += condensed[++last]!.text.length + 1;
    segmentBatch(condensed, first, last, out);
    first = last + 1;
  }
  return out;
}

const PARAGRAPH_SEPARATOR = '\u2029';
const MAX_BATCH = 1_000;

/** Segments blocks `first..last` in one call and maps each boundary back into its block. */
function segmentBatch(condensed: readonly Condensed[], first: number, last: number, out: number[][]): void {
  const texts: string[] = [];
  for (let b = first; b <= last; b++) texts.push(condensed[b]!.text);
  // Block b occupies [blockStart, blockStart + length) of the batch, followed by a separator.
  let b = first;
  let blockStart = 0;
  const batch = texts.join(PARAGRAPH_SEPARATOR);
  const segments = sentenceSegmenter.segment(batch);
  // Walked with `containing` from each sentence's end, not with the iterator: the same
  // sentences, without the iterator's objects (about 2.5 µs less per call on a short draft).
  for (let end = 0; end < batch.length; ) {
    const s = segments.containing(end)!;
    end = s.index + s.segment.length;
    let at = end - blockStart;
    // Past this block and its separator: the boundary belongs to a later block.
    while (at > condensed[b]!.text.length + 1) {
      blockStart += condensed[b]!.text.length + 1;
      at -= condensed[b]!.text.length + 1;
      b++;
    }
    const block = condensed[b]!;
    if (block.text.length === 0) continue;
    // The boundary after a block's separator is the block's end.
    const offset = mapBack(block, Math.min(at, block.text.length));
    const breaks = out[b]!;
    if (breaks[breaks.length - 1] !== offset) breaks.push(offset);
  }
}

interface Condensed {
  text: string;
  /** Kept piece k starts at `pieceStart[k]` in the block, and at `condensedStart[k]` in `text`. */
  pieceStart: number[];
  condensedStart: number[];
  /** The piece the last boundary fell in: boundaries ascend, so each search starts there. */
  cursor: number;
}

/** A block with its runs of ASCII letters and spaces shrunk to their first and last letter. */
function condense(block: string): Condensed {
  const pieces: string[] = [];
  const pieceStart: number[] = [];
  const condensedStart: number[] = [];
  let kept = 0;
  let length = 0;
  const keep = (from: number, to: number) => {
    pieces.push(block.slice(from, to));
    pieceStart.push(from);
    condensedStart.push(length);
    length += to - from;
  };
  const n = block.length;
  for (let i = 0; i < n; ) {
    if (!isAsciiLetter(block.charCodeAt(i))) {
      i++;
      continue;
    }
    let lastLetter = i;
    for (let j = i + 1; j < n; j++) {
      const code = block.charCodeAt(j);
      if (isAsciiLetter(code)) lastLetter = j;
      else if (code !== 32) break;
    }
    if (lastLetter - i >= 3) {
      // Keep everything up to the run's first letter, then resume at its last letter.
      keep(kept, i + 1);
      kept = lastLetter;
    }
    i = lastLetter + 1;
  }
  keep(kept, n);
  return { text: pieces.join(''), pieceStart, condensedStart, cursor: 0 };
}

/** An offset in the condensed text, back in the block. A break at a piece's very start belongs to the piece before (it ends there). */
function mapBack(block: Condensed, at: number): number {
  const { pieceStart, condensedStart } = block;
  let k = block.cursor;
  while (k + 1 < pieceStart.length && condensedStart[k + 1]! < at) k++;
  block.cursor = k;
  return pieceStart[k]! + at - condensedStart[k]!;
}

function isAsciiLetter(code: number): boolean {
  const lower = code | 32;
  return lower >= 97 && lower <= 122;
}

/** Where to cut an over-long block: the last line break, else the last space after a full stop, else a space. */
function safeCut(text: string, from: number, limit: number): number {
  const window = text.slice(from, limit);
  const newline = window.lastIndexOf('\n');
  if (newline > 0) return from + newline + 1;
  const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '));
  if (stop > 0) return from + stop + 2;
  const space = window.lastIndexOf(' ');
  if (space > 0) return from + space + 1;
  // No break at all: cut anywhere, but never inside a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** `text[from, to)` without the white space (what `\s` matches) at either end, as offsets. */
export function trimRange(text: string, from: number, to: number): [number, number] {
  while (from < to && isSpaceUnit(text.charCodeAt(from))) from++;
  while (to > from && isSpaceUnit(text.charCodeAt(to - 1))) to--;
  return [from, to];
}
