/**
 * Sentence segmentation.
 *
 * Sentences come from `Intl.Segmenter` (locale-aware: abbreviations, decimals, CJK full stops).
 * Blank lines and list bullets are boundaries too, because job posts are full of unpunctuated
 * bullet lists that the segmenter would glue into one sentence. Three measured costs shape the
 * code: iterating V8's segmenter over one long string is quadratic (100 KB: 530 ms; the same
 * text in blocks: a few ms), so it runs per block, blocks capped at `MAX_BLOCK`; a block with
 * no full stop inside it is one sentence, so the segmenter is not called for it at all; and the
 * segmenter reads a condensed copy of a block (`sentenceBreaks`).
 * Words are counted in `stats.ts` in one pass rather than with `Intl.Segmenter`'s word mode,
 * which costs ~540 µs per corpus post, five times the whole engine's budget.
 */

export interface Segment {
  start: number;
  end: number;
  text: string;
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const LINE_BREAKS = /\n[ \t]*\n|\n(?=[ \t]*(?:[-*•●▪◦✓✔]|\d+[.)])\s)/g;
/** Characters after which the segmenter may end a sentence. */
const TERMINATOR = /[.!?。！？…;\n]/;
const MAX_BLOCK = 2_000;

export function sentences(text: string): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  LINE_BREAKS.lastIndex = 0;
  for (let m = LINE_BREAKS.exec(text); m; m = LINE_BREAKS.exec(text)) {
    splitBlock(text, from, m.index, out);
    from = m.index + m[0].length;
  }
  splitBlock(text, from, text.length, out);
  return out;
}

function splitBlock(text: string, from: number, to: number, out: Segment[]): void {
  while (to - from > MAX_BLOCK) {
    const cut = safeCut(text, from, from + MAX_BLOCK);
    splitBlock(text, from, cut, out);
    from = cut;
  }
  const [start, end] = trim(text, from, to);
  if (end <= start) return;
  if (!TERMINATOR.test(text.slice(start, end - 1))) {
    out.push({ start, end, text: text.slice(start, end) });
    return;
  }
  const block = text.slice(start, end);
  let a = 0;
  for (const b of sentenceBreaks(block)) {
    const [from, to] = trim(block, a, b);
    if (to > from) out.push({ start: start + from, end: start + to, text: block.slice(from, to) });
    a = b;
  }
}

/**
 * The offsets where `Intl.Segmenter` ends the sentences of `text` (the last is `text.length`),
 * computed on a condensed copy. The segmenter's rules (UAX #29) decide each boundary from a
 * terminator, the character before it, and what follows it up to the first letter; they never
 * look inside a run of ASCII letters and spaces between two letters, where no boundary can fall.
 * Such runs shrink to their first and last letter, which leaves the segmenter about 15% of the
 * characters (it costs ~18 ns a character, plus ~1 µs a sentence) with the same boundaries,
 * mapped back to offsets in `text`. Identical on every corpus post; `test/unit/segments.test.ts`
 * holds it to the plain segmenter on generated text.
 */
export function sentenceBreaks(text: string): number[] {
  // Kept pieces of `text`: piece k starts at `pieceStart[k]` in `text`, and at `condensedStart[k]`.
  const pieces: string[] = [];
  const pieceStart: number[] = [];
  const condensedStart: number[] = [];
  let kept = 0;
  let length = 0;
  const keep = (from: number, to: number) => {
    pieces.push(text.slice(from, to));
    pieceStart.push(from);
    condensedStart.push(length);
    length += to - from;
  };
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let lastLetter = i;
    for (let j = i + 1; j < n; j++) {
      const code = text.charCodeAt(j);
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
  const breaks: number[] = [];
  let k = 0;
  for (const s of sentenceSegmenter.segment(pieces.join(''))) {
    const at = s.index + s.segment.length;
    // Breaks ascend, so the piece holding each one is found by walking forward. A break at a
    // piece's very start belongs to the piece before (it ends there).
    while (k + 1 < pieces.length && condensedStart[k + 1]! < at) k++;
    breaks.push(pieceStart[k]! + at - condensedStart[k]!);
  }
  return breaks;
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

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0xfeff;
}

function trim(text: string, from: number, to: number): [number, number] {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return [from, to];
}
