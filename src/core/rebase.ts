import type { Analysis, Evidence, Finding, Part, Range } from './types';

/** One contiguous change from one text to another: `[start, oldEnd)` became `[start, newEnd)`. */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The single edit that turns `before` into `after` (common prefix and suffix), or null if equal. */
export function textEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

const WORD = /[\p{L}\p{N}_'’-]/u;

/**
 * A range of the old text in the new one, or null when the edit touched it. Typing a letter
 * right against a flagged word changes the word, so that counts as touching; a space does not.
 */
function mapRange(range: Range, edit: TextEdit, after: string): Range | null {
  const delta = edit.newEnd - edit.oldEnd;
  if (range.end < edit.start || (range.end === edit.start && !WORD.test(after[edit.start] ?? ''))) return range;
  if (range.start > edit.oldEnd || (range.start === edit.oldEnd && !WORD.test(after[edit.newEnd - 1] ?? ''))) {
    return { start: range.start + delta, end: range.end + delta };
  }
  return null;
}

function rebaseFinding(finding: Finding, edits: Partial<Record<Part, { edit: TextEdit; after: string }>>): Finding | null {
  const change = finding.part && edits[finding.part];
  if (!change || !finding.range) return finding;
  const range = mapRange(finding.range, change.edit, change.after);
  if (!range) return null;
  const suggestions = [];
  for (const s of finding.suggestions) {
    if (s.kind !== 'edit' || s.part !== finding.part) {
      suggestions.push(s);
      continue;
    }
    const moved = mapRange(s.range, change.edit, change.after);
    if (!moved) return null;
    suggestions.push({ ...s, range: moved });
  }
  return { ...finding, range, suggestions };
}

/**
 * An analysis of `before` carried over to `after`, the texts as they are now (the user typed
 * while it was computed): findings and evidence away from the edit move with their text, those
 * the edit touched are dropped, never drawn on text they were not computed for. The checklist
 * verdicts and score stay those of `before` until the text is analysed again.
 */
export function rebaseAnalysis(analysis: Analysis, before: Record<Part, string>, after: Record<Part, string>): Analysis {
  const edits: Partial<Record<Part, { edit: TextEdit; after: string }>> = {};
  for (const part of ['title', 'description'] as const) {
    const edit = textEdit(before[part], after[part]);
    if (edit) edits[part] = { edit, after: after[part] };
  }
  if (!edits.title && !edits.description) return analysis;
  const findings = analysis.findings.map((f) => rebaseFinding(f, edits)).filter((f): f is Finding => f !== null);
  const checklist = analysis.checklist.map((item) => ({
    ...item,
    evidence: item.evidence.flatMap((e): Evidence[] => {
      const change = 'part' in e ? edits[e.part] : undefined;
      if (!change || !('range' in e)) return [e];
      const range = mapRange(e.range, change.edit, change.after);
      return range ? [{ ...e, range }] : [];
    }),
  }));
  return { ...analysis, findings, checklist };
}
