/**
 * The kinds of field ClearBrief checks, and the opt-outs it respects: password, read-only and
 * disabled fields, and fields (or their ancestors) marked `data-gramm="false"` or
 * `data-enable-grammarly="false"`, the markers sites already use to keep checkers out.
 */
import { TextModel } from './text-model';

export type TextControl = HTMLTextAreaElement | HTMLInputElement;
export type Field = TextControl | HTMLElement;

const OPTED_OUT = '[data-gramm="false"], [data-enable-grammarly="false"], [data-clearbrief="off"]';
const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

/** `instanceof` fails across same-origin iframes (each has its own HTMLTextAreaElement); compare tag names. */
export function isTextControl(el: Element): el is TextControl {
  return el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && TEXT_INPUT_TYPES.has((el as HTMLInputElement).type));
}

export function isContentEditable(el: Element): el is HTMLElement {
  return (el as HTMLElement).isContentEditable === true && !(el.parentElement?.isContentEditable ?? false);
}

export function isCheckable(el: Element): el is Field {
  if (el.closest(OPTED_OUT)) return false;
  if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'password') return false;
  if (isTextControl(el)) return !el.readOnly && !el.disabled;
  return isContentEditable(el) && el.getAttribute('aria-readonly') !== 'true' && el.getAttribute('aria-disabled') !== 'true';
}

export function readText(el: Field): string {
  return isTextControl(el) ? el.value : TextModel.of(el).text;
}
