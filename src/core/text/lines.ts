import { isSpaceUnit } from './word-keys';

/**
 * Where an offset stands on its line, read by stepping over the spaces beside it only: a check made for every sentence
 * or every "[" of a 100,000-character paste on one line must not scan the line each time (it took a restructure 1 s, an
 * analysis 0.7 s, when it did).
 */

const NEWLINE = 10;

/** Whether only spaces stand between the start of `offset`'s line and `offset`. */
export function startsLine(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && text.charCodeAt(i) !== NEWLINE && isSpaceUnit(text.charCodeAt(i))) i--;
  return i < 0 || text.charCodeAt(i) === NEWLINE;
}

/** Whether only spaces stand between `offset` and the end of its line. */
export function endsLine(text: string, offset: number): boolean {
  let i = offset;
  while (i < text.length && text.charCodeAt(i) !== NEWLINE && isSpaceUnit(text.charCodeAt(i))) i++;
  return i >= text.length || text.charCodeAt(i) === NEWLINE;
}

/** Whether the line that `offset` starts (after spaces only) follows a blank line. */
export function afterBlankLine(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && text.charCodeAt(i) !== NEWLINE && isSpaceUnit(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  i--;
  while (i >= 0 && text.charCodeAt(i) !== NEWLINE && isSpaceUnit(text.charCodeAt(i))) i--;
  return i >= 0 && text.charCodeAt(i) === NEWLINE;
}

/**
 * The line just above the one `offset` stands on, as [start, end) without its line break, when no blank line stands
 * between them; undefined on the first line or after a blank one. Reads back over the two lines only (`restructure` asks
 * it of lines that are short, so each line of a paste is read at most twice).
 */
export function lineAbove(text: string, offset: number): [start: number, end: number] | undefined {
  let i = offset - 1;
  while (i >= 0 && text.charCodeAt(i) !== NEWLINE) i--;
  if (i < 0) return undefined;
  const end = i > 0 && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  for (let k = start; k < end; k++) if (!isSpaceUnit(text.charCodeAt(k))) return [start, end];
  return undefined;
}
