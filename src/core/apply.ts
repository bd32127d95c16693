import type { Draft, EditSuggestion, Part, Suggestion } from './types';

/**
 * Apply one suggestion to a draft, returning a new draft. An edit whose range no longer holds
 * `expected` (the text it was computed for) is refused: the draft changed since the analysis.
 * An insertion goes at `at` (a caret offset) or, without one, at the end after a blank line.
 */
export function applySuggestion(
  draft: Draft,
  suggestion: Suggestion,
  opts: { expected?: string; at?: number } = {},
): Draft | null {
  const part: Part = suggestion.part;
  const text = (part === 'title' ? draft.title : draft.description) ?? '';
  let next: string;
  if (suggestion.kind === 'edit') {
    const { start, end } = suggestion.range;
    if (start < 0 || end > text.length || start > end) return null;
    if (opts.expected !== undefined && text.slice(start, end) !== opts.expected) return null;
    next = text.slice(0, start) + suggestion.text + text.slice(end);
  } else {
    next = insertBlock(text, suggestion.text, opts.at);
  }
  return part === 'title' ? { ...draft, title: next } : { ...draft, description: next };
}

/**
 * Where and what to insert so a block of text stands on its own lines, at a caret or (without
 * one) at the end after a blank line. Returned as a minimal insertion so a surface can apply it
 * as one edit the user can undo.
 */
export function blockInsertion(text: string, block: string, at?: number): { at: number; text: string } {
  if (at === undefined || at < 0 || at > text.length) {
    const end = text.replace(/\s+$/, '').length;
    const trailing = text.slice(end);
    // Reuse trailing newlines instead of stacking more after them.
    const lead = end === 0 ? '' : trailing.startsWith('\n\n') ? '' : trailing.startsWith('\n') ? '\n' : '\n\n';
    return { at: end === 0 ? 0 : end + Math.min(trailing.length, trailing.startsWith('\n\n') ? 2 : trailing.startsWith('\n') ? 1 : 0), text: lead + block };
  }
  const before = text.slice(0, at);
  const after = text.slice(at);
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const tail = after === '' || after.startsWith('\n') ? '' : '\n\n';
  return { at, text: lead + block + tail };
}

/** The text with a block inserted (see `blockInsertion`). */
export function insertBlock(text: string, block: string, at?: number): string {
  const ins = blockInsertion(text, block, at);
  return text.slice(0, ins.at) + ins.text + text.slice(ins.at);
}

/**
 * A rewrite as a surface shows it: without the comma or spaces it takes with it to fit its sentence (", and [name the
 * remaining items]" reads "and [name the remaining items]"), and empty when all it leaves is punctuation (a removal that
 * keeps a full stop), for the surface to show the suggestion's label instead.
 */
export function shownRewrite(suggestion: EditSuggestion): string {
  const shown = suggestion.text.replace(/^[\s,;]+|\s+$/g, '');
  return /^[\p{P}\s]*$/u.test(shown) ? '' : shown;
}
