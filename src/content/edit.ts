/**
 * Changing the page's own field exactly as typing would, so the page's framework (React, Vue,
 * Angular) sees a trusted `input` event and updates its state, and Ctrl+Z undoes the change.
 * `el.value = …` plus a synthetic event does neither (the LanguageTool add-on broke on Upwork
 * that way). Rich editors get a cancelable `beforeinput` first and may apply the change themselves.
 */
import { isTextControl, readText, type Field } from './fields';
import { TextModel } from './text-model';

export type EditResult = { ok: true } | { ok: false; reason: 'changed' | 'refused' };

/** Replace `[start, end)` of the field with `text`, if it still holds `expected`. */
export function replaceRange(field: Field, start: number, end: number, text: string, expected?: string): EditResult {
  const current = readText(field);
  if (start < 0 || end > current.length || start > end) return { ok: false, reason: 'changed' };
  if (expected !== undefined && current.slice(start, end) !== expected) return { ok: false, reason: 'changed' };
  const doc = field.ownerDocument;
  field.focus();
  if (isTextControl(field)) {
    field.setSelectionRange(start, end);
    if (run(doc, text)) return { ok: true };
    // execCommand unavailable (some pages disable it): fall back to the next best thing.
    field.setRangeText(text, start, end, 'end');
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    return { ok: true };
  }
  const model = TextModel.of(field);
  const range = model.range(start, end, doc);
  if (!range) return { ok: false, reason: 'refused' };
  const before = new InputEvent('beforeinput', {
    bubbles: true,
    cancelable: true,
    inputType: 'insertReplacementText',
    data: text,
    targetRanges: [new StaticRange({ startContainer: range.startContainer, startOffset: range.startOffset, endContainer: range.endContainer, endOffset: range.endOffset })],
  });
  // The editor handled it (ProseMirror, Lexical, Slate…): its own model and undo stack are updated.
  if (!field.dispatchEvent(before)) return { ok: true };
  const selection = doc.getSelection();
  if (!selection) return { ok: false, reason: 'refused' };
  selection.removeAllRanges();
  selection.addRange(range);
  return run(doc, text) ? { ok: true } : { ok: false, reason: 'refused' };
}

/** Insert `text` at `at` (a caret offset). */
export function insertAt(field: Field, at: number, text: string): EditResult {
  return replaceRange(field, at, at, text);
}

/** The caret offset in the field, when the field has focus; undefined otherwise. */
export function caretOffset(field: Field): number | undefined {
  const doc = field.ownerDocument;
  if (doc.activeElement !== field && !field.contains(doc.activeElement)) return undefined;
  if (isTextControl(field)) return field.selectionEnd ?? undefined;
  const selection = doc.getSelection();
  if (!selection || !selection.focusNode || !field.contains(selection.focusNode)) return undefined;
  const offset = TextModel.of(field).offsetOf(selection.focusNode, selection.focusOffset);
  return offset < 0 ? undefined : offset;
}

/** Select a range in the field (to show the user which text a finding is about). */
export function selectRange(field: Field, start: number, end: number): void {
  field.focus({ preventScroll: false });
  if (isTextControl(field)) {
    field.setSelectionRange(start, end);
    return;
  }
  const range = TextModel.of(field).range(start, end, field.ownerDocument);
  const selection = field.ownerDocument.getSelection();
  if (range && selection) {
    selection.removeAllRanges();
    selection.addRange(range);
    range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
  }
}

function run(doc: Document, text: string): boolean {
  // insertText with "" does nothing; deleting the selection is the typing equivalent.
  return text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
}
