/**
 * Finding the composer's fields in a document, by the adapter's selectors first, then by shape:
 * the largest checkable text field on screen is the description, and the single-line input
 * closest before it is the title.
 */
import type { SiteAdapter } from './adapters';
import { isCheckable, isContentEditable, isTextControl, type Field } from './fields';

/** Smaller fields are search boxes and chat inputs, not job descriptions. */
const MIN_WIDTH = 200;
const MIN_HEIGHT = 48;

function firstMatch(doc: Document, selectors: readonly string[]): Field | null {
  for (const selector of selectors) {
    let candidates: NodeListOf<Element>;
    try {
      candidates = doc.querySelectorAll(selector);
    } catch {
      continue; // a selector this page's DOM cannot parse: skip it rather than break the page
    }
    for (const el of candidates) {
      // A wrapper matched (a custom element around the field): look inside it.
      const field = isCheckable(el) ? el : el.querySelector('textarea, input, [contenteditable]');
      if (field && isCheckable(field)) return field;
    }
  }
  return null;
}

function largestTextField(doc: Document): Field | null {
  let best: Field | null = null;
  let bestArea = 0;
  for (const el of doc.querySelectorAll('textarea, [contenteditable]:not([contenteditable="false"])')) {
    if (!isCheckable(el) || (!isTextControl(el) && !isContentEditable(el))) continue;
    const r = el.getBoundingClientRect();
    if (r.width < MIN_WIDTH || r.height < MIN_HEIGHT) continue;
    if (r.width * r.height > bestArea) {
      best = el;
      bestArea = r.width * r.height;
    }
  }
  return best;
}

function titleBefore(doc: Document, description: Field): Field | null {
  let title: Field | null = null;
  for (const el of doc.querySelectorAll('input:not([type]), input[type="text"], textarea')) {
    if (el === description || !isCheckable(el)) continue;
    if (!(el.compareDocumentPosition(description) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    const r = el.getBoundingClientRect();
    if (r.width >= MIN_WIDTH / 2) title = el;
  }
  return title;
}

export function findFields(doc: Document, adapter: SiteAdapter): { description: Field; title: Field | null } | null {
  const description = firstMatch(doc, adapter.description) ?? largestTextField(doc);
  if (!description) return null;
  const title = firstMatch(doc, adapter.title) ?? (adapter.title.length ? null : titleBefore(doc, description));
  return { description, title: title === description ? null : title };
}

/** The documents of same-origin iframes (cross-origin ones cannot be read, by design). */
export function sameOriginFrames(doc: Document): Document[] {
  const out: Document[] = [];
  for (const frame of doc.querySelectorAll('iframe')) {
    try {
      const inner = frame.contentDocument;
      if (inner?.documentElement) out.push(inner, ...sameOriginFrames(inner));
    } catch {
      // cross-origin: not ours to read
    }
  }
  return out;
}
