import type { Doc } from '../text/doc';
import { scan, type ScanOptions } from '../text/match';
import type { DraftFields, Evidence } from '../types';

/** Up to three ranges of text that satisfy a section, plus the form field that does, if set. */
export function collectEvidence(
  doc: Doc,
  patterns: readonly RegExp[],
  options: ScanOptions & { field?: keyof DraftFields } = {},
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
  const filled = (text: string, start: number, end: number) => !isBlank(text, start, end) && (accept ? accept(text, start, end) : true);
  const hits = scan(doc, patterns, { limit: 3, ...options, accept: filled }).sort(
    (a, b) => (a.part === b.part ? a.range.start - b.range.start : a.part === 'title' ? -1 : 1),
  );
  for (const hit of hits) evidence.push({ part: hit.part, range: hit.range, text: hit.text });
  return evidence;
}

/**
 * Whether a match is part of a blank still to fill in rather than the client's words: inside a
 * bracketed phrase, right before one ("reply within [N] hours"), or a heading whose next line is
 * still blanks ("Scope and deliverables:" above "- [N] pages: [home, about, …]"), as the
 * templates and `restructure` write them.
 */
function isBlank(text: string, start: number, end: number): boolean {
  // Every blank has a bracket; most drafts have none, and this runs for every match a check tries.
  if (!text.includes('[')) return false;
  if (inBrackets(text, start, end) || /^[ \t]*\[(?!login to view url\])/i.test(text.slice(end, end + 24))) return true;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1 || lineEnd - lineStart > 40 || !/^[\s:]*$/.test(text.slice(end, lineEnd))) return false;
  const next = text.slice(lineEnd + 1, text.indexOf('\n', lineEnd + 1) === -1 ? text.length : text.indexOf('\n', lineEnd + 1));
  return /\[[^\]\n]*\s[^\]\n]*\]|\[(?:N|date|list)\]/.test(next);
}

/**
 * Whether a match lies inside a bracketed phrase on its line: "[Start date, deadline or
 * duration]", "[fixed price $N / $N–$N per hour]", "Deadline: [please specify, e.g. 4 weeks]" say
 * what to write, not what the client wrote, so a section filled in only with a template's or
 * `restructure`'s blanks is not met yet.
 */
function inBrackets(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('[', start);
  if (/^\[login to view url\]/i.test(text.slice(open, open + 19))) return false;
  if (open === -1 || text.lastIndexOf(']', start - 1) > open || text.lastIndexOf('\n', start - 1) > open) return false;
  const close = text.indexOf(']', end - 1);
  if (close === -1 || (text.indexOf('\n', end) !== -1 && text.indexOf('\n', end) < close)) return false;
  // A Markdown link's text ("[our trailer](https://…)") is the client's own words.
  if (text[close + 1] === '(') return false;
  // A one-word tag ("[Paid]", "[Rev-Share]", "[Remote]") is information, not a blank.
  return /\s/.test(text.slice(open + 1, close).trim());
}
