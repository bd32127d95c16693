/**
 * The composer's structured fields (budget, duration, skills), read so that a budget picked in
 * the form satisfies `missing-budget` as much as one written in the text. Adapter selectors come
 * first; otherwise any input or select whose name, id, label or placeholder says what it holds.
 */
import type { DraftFields } from '../core';
import type { SiteAdapter } from './adapters';

const BUDGET_HINT = /budget|price|rate|amount|pay|cost|compensation/i;
const TIMELINE_HINT = /duration|deadline|timeline|time ?frame|delivery|due|how long|length|close ?date|start/i;

function valueOf(el: Element): string {
  if (el.tagName === 'SELECT') {
    const select = el as HTMLSelectElement;
    const option = select.selectedOptions[0];
    // A placeholder option ("Select a budget") has an empty value.
    return option && select.value !== '' ? option.text.trim() : '';
  }
  if (el.tagName === 'INPUT') {
    const input = el as HTMLInputElement;
    if (input.type === 'radio' || input.type === 'checkbox') return input.checked ? labelOf(input) || input.value : '';
    return input.value.trim();
  }
  return (el.textContent ?? '').trim();
}

function labelOf(el: HTMLInputElement | HTMLSelectElement): string {
  const byFor = el.id ? el.ownerDocument.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
  return (byFor?.textContent ?? el.closest('label')?.textContent ?? el.getAttribute('aria-label') ?? '').trim();
}

function describe(el: HTMLInputElement | HTMLSelectElement): string {
  return [el.name, el.id, el.getAttribute('placeholder'), el.getAttribute('aria-label'), labelOf(el), el.closest('fieldset')?.querySelector('legend')?.textContent].filter(Boolean).join(' ');
}

function fromSelectors(doc: Document, selectors: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const selector of selectors ?? []) {
    let found: NodeListOf<Element>;
    try {
      found = doc.querySelectorAll(selector);
    } catch {
      continue; // a selector the page's DOM cannot parse: skip it, never break the page
    }
    for (const el of found) {
      const value = valueOf(el);
      if (value) out.push(value);
    }
    if (out.length) break;
  }
  return out;
}

export function readStructuredFields(doc: Document, adapter: SiteAdapter, exclude: ReadonlySet<Element>): DraftFields {
  const fields: DraftFields = {};
  const budget = fromSelectors(doc, adapter.budget);
  const timeline = fromSelectors(doc, adapter.timeline);
  const skills = fromSelectors(doc, adapter.skills);
  if (!budget.length || !timeline.length) {
    const fromAdapter = { budget: budget.length > 0, timeline: timeline.length > 0 };
    for (const el of doc.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
      if (exclude.has(el) || (el.tagName === 'INPUT' && /^(?:hidden|password|submit|button|file)$/.test((el as HTMLInputElement).type))) continue;
      const value = valueOf(el);
      if (!value || value.length > 200) continue;
      const about = describe(el);
      // Every hinted field counts: "Fixed price" (a radio) and "$800" (an amount) together.
      if (!fromAdapter.budget && BUDGET_HINT.test(about)) budget.push(value);
      else if (!fromAdapter.timeline && TIMELINE_HINT.test(about)) timeline.push(value);
    }
  }
  if (budget.length) fields.budget = [...new Set(budget)].slice(0, 3).join(' – ');
  if (timeline.length) fields.timeline = [...new Set(timeline)].slice(0, 3).join(', ');
  if (skills.length) fields.skills = skills;
  return fields;
}
