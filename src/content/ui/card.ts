/**
 * The card for one finding: what is wrong, why it matters, the rewrites as buttons, dismiss and
 * "turn off this check". Opened on hover or from the keyboard; Escape closes it and returns
 * focus to the field.
 */
import type { EditSuggestion, Finding } from '../../core';
import { shownRewrite } from '../../core/apply';
import { h } from './dom';

export interface CardActions {
  apply(suggestion: EditSuggestion): void;
  dismiss(): void;
  turnOff(): void;
  close(): void;
}

export function buildCard(doc: Document, finding: Finding, actions: CardActions): HTMLElement {
  const edits = finding.suggestions.filter((s): s is EditSuggestion => s.kind === 'edit');
  const card = h(
    doc,
    'div',
    { class: 'card', role: 'dialog', 'aria-label': `ClearBrief: ${finding.message}`, 'data-testid': 'clearbrief-card', 'data-rule': finding.ruleId },
    h(doc, 'div', {}, h(doc, 'span', { class: `level ${finding.level}` }, finding.level), ' · ', h(doc, 'span', { class: 'muted' }, finding.custom ? `${finding.ruleId} (custom rule)` : finding.ruleId)),
    h(doc, 'p', { class: 'message' }, finding.message),
    h(doc, 'p', { class: 'why' }, finding.why),
    edits.length
      ? h(
          doc,
          'div',
          { class: 'row', role: 'group', 'aria-label': 'Rewrites' },
          ...edits.map((s) => {
            const shown = shownRewrite(s);
            return h(doc, 'button', { class: 'rewrite', type: 'button', 'data-testid': 'clearbrief-rewrite', title: s.label, onclick: () => actions.apply(s) }, shown ? h(doc, 'code', {}, shown) : s.label);
          }),
        )
      : null,
    h(
      doc,
      'div',
      { class: 'row' },
      h(doc, 'button', { type: 'button', 'data-testid': 'clearbrief-dismiss', onclick: () => actions.dismiss() }, 'Dismiss'),
      h(doc, 'button', { type: 'button', 'data-testid': 'clearbrief-turn-off', onclick: () => actions.turnOff() }, 'Turn off this check'),
    ),
  );
  card.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      actions.close();
    }
  });
  return card;
}

/** Place a floating element below (or above, if there is no room) an anchor rectangle. */
export function place(el: HTMLElement, anchor: DOMRect, win: Window): void {
  const width = el.offsetWidth || 340;
  const height = el.offsetHeight || 160;
  const left = Math.max(8, Math.min(anchor.left, win.innerWidth - width - 8));
  const below = anchor.bottom + 6;
  const top = below + height > win.innerHeight && anchor.top - height - 6 > 0 ? anchor.top - height - 6 : below;
  Object.assign(el.style, { left: `${left}px`, top: `${top}px` });
}
