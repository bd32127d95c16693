import type { Draft, Part, Suggestion } from './types';

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

/** Insert a block of text on its own lines, at a caret or at the end. */
export function insertBlock(text: string, block: string, at?: number): string {
  if (at === undefined || at < 0 || at > text.length) {
    const trimmed = text.replace(/\s+$/, '');
    return trimmed ? `${trimmed}\n\n${block}` : block;
  }
  const before = text.slice(0, at);
  const after = text.slice(at);
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const tail = after === '' || after.startsWith('\n') ? '' : '\n\n';
  return before + lead + block + tail + after;
}
