import { SECTION_BY_HEADING, SECTIONS } from '../sections';
import type { SectionId } from '../types';
import { startsLine } from './lines';

/**
 * `restructure` writes the headings of a good post ("Scope and deliverables", "Budget and payment") on lines of their
 * own, with no colon. Those are ClearBrief's words, not the client's: read as the client's, they ticked the checklist by
 * themselves ("Scope and deliverables" over any sentence is a deliverables heading, and the learned judgements read its
 * words). Over the 5,892 corpus posts, 1,086 restructured drafts met a section their post did not (834 deliverables,
 * 250 context; `npm run audit:restructure`). So the checks read such a line as blank, whoever wrote it: a heading's words are
 * not what the section asks for, the lines under it are. 48 corpus posts have such a line of their own ("How to Apply"
 * 43 times, "Timeline" 5, "Context" once); none of their checklists changed.
 */
const OWN_HEADING = new RegExp(`(${SECTIONS.map((s) => s.heading).join('|')})[ \\t]*\\r?(?=\\n|$)`, 'iy');
/** The first code units a heading can start with, in either case: most lines are passed over on one lookup. */
const HEADING_FIRST_UNITS = new Set(SECTIONS.flatMap((s) => [s.heading.charCodeAt(0), s.heading.toLowerCase().charCodeAt(0)]));

/** A line of `text` that is only one of `restructure`'s headings: where it starts and ends, and its section. */
export interface OwnHeading {
  start: number;
  end: number;
  section: SectionId;
}

/** Every line of `text` that is only one of `restructure`'s headings, in text order. */
export function ownHeadingsIn(text: string): OwnHeading[] {
  const found: OwnHeading[] = [];
  for (let lineStart = 0; lineStart < text.length; ) {
    let at = lineStart;
    while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
    if (HEADING_FIRST_UNITS.has(text.charCodeAt(at))) {
      OWN_HEADING.lastIndex = at;
      const m = OWN_HEADING.exec(text);
      if (m) found.push({ start: lineStart, end: OWN_HEADING.lastIndex, section: SECTION_BY_HEADING.get(m[1]!.toLowerCase())! });
    }
    const newline = text.indexOf('\n', lineStart);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return found;
}

/**
 * `restructure` writes a bracketed prompt under each heading it has nothing for ("[Start date, deadline or duration, and
 * hours per week.]"). Those are its words too: the learned judgements read them, and 15 of the 20 corpus posts whose
 * restructured draft lost Context, and 14 of the 17 that gained Scope, did so by the prompts' words (`npm run
 * audit:restructure`). A line that is only one of them is blank to the checks, as a heading is.
 */
const OWN_PROMPT = new RegExp(`(?:${SECTIONS.map((s) => s.prompt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[ \t]*\r?(?=\n|$)`, 'y');

/** Every line of `text` that is only one of `restructure`'s prompts: where it starts and ends. */
export function ownPromptsIn(text: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (let at = text.indexOf('['); at !== -1; at = text.indexOf('[', at + 1)) {
    if (!startsLine(text, at)) continue;
    OWN_PROMPT.lastIndex = at;
    if (OWN_PROMPT.test(text)) found.push({ start: text.lastIndexOf('\n', at - 1) + 1, end: OWN_PROMPT.lastIndex });
  }
  return found;
}

/** `text` with the lines of `headings` (found in it by `ownHeadingsIn` or `ownPromptsIn`) turned into spaces: offsets are kept. */
export function blankedOut(text: string, headings: ReadonlyArray<{ start: number; end: number }>): string {
  if (headings.length === 0) return text;
  // (in one pass: a paste of 11,000 heading lines copied the whole text once for each, 0.1 s an analysis)
  const pieces: string[] = [];
  let at = 0;
  for (const { start, end } of [...headings].sort((a, b) => a.start - b.start)) {
    pieces.push(text.slice(at, start), ' '.repeat(end - start));
    at = end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}
