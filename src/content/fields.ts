/**
 * Finding the job post's fields on a page. Minimal for now: the largest visible text field is
 * the description, a single-line input before it is the title. Per-site adapters come next.
 */
const OPTED_OUT = '[data-gramm="false"], [data-enable-grammarly="false"]';

export function isCheckable(el: Element): el is HTMLTextAreaElement | HTMLInputElement | HTMLElement {
  if (el.closest(OPTED_OUT)) return false;
  if (el instanceof HTMLTextAreaElement) return !el.readOnly && !el.disabled;
  if (el instanceof HTMLInputElement) return el.type === 'text' && !el.readOnly && !el.disabled;
  return el instanceof HTMLElement && el.isContentEditable;
}

export function fieldText(el: HTMLElement): string {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : (el.innerText ?? '');
}

export function findDescriptionField(root: Document): HTMLElement | null {
  const candidates = [...root.querySelectorAll('textarea, [contenteditable="true"], [contenteditable=""]')].filter(isCheckable);
  let best: HTMLElement | null = null;
  let bestArea = 0;
  for (const el of candidates) {
    const rect = el.getBoundingClientRect();
    const area = rect.width * rect.height;
    if (area > bestArea) {
      best = el;
      bestArea = area;
    }
  }
  return best;
}

export function findTitleField(root: Document, description: HTMLElement | null): HTMLInputElement | null {
  const inputs = [...root.querySelectorAll('input[type="text"], input:not([type])')].filter(isCheckable) as HTMLInputElement[];
  if (!description) return inputs[0] ?? null;
  const before = inputs.filter((i) => i.compareDocumentPosition(description) & Node.DOCUMENT_POSITION_FOLLOWING);
  return before.at(-1) ?? null;
}
