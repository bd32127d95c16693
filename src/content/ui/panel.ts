/**
 * The panel the badge opens: the score, the checklist with its evidence, missing sections with
 * "insert template", every finding, and the findings the user dismissed (restorable).
 */
import type { Analysis, ChecklistItem, EditSuggestion, Finding, InsertSuggestion } from '../../core';
import { shownRewrite } from '../../core/apply';
import { analysisNotes } from '../../core/notes';
import { groupRepeats } from '../../core/repeats';
import { h } from './dom';

export interface PanelActions {
  insert(suggestion: InsertSuggestion): void;
  apply(finding: Finding, suggestion: EditSuggestion): void;
  reveal(finding: Finding): void;
  /** Dismiss findings: all the places of a problem found at several. */
  dismiss(findings: Finding[]): void;
  restore(key: string): void;
  turnOffSite(): void;
  close(): void;
}

export interface PanelData {
  analysis: Analysis;
  findings: Finding[];
  dismissed: Array<{ key: string; label: string }>;
  siteName: string;
}

function evidenceText(item: ChecklistItem): string {
  const e = item.evidence[0];
  if (!e) return '';
  return 'field' in e ? `${e.field} field: “${e.text}”` : `“${e.text.length > 60 ? `${e.text.slice(0, 57)}…` : e.text}”`;
}

export function buildPanel(doc: Document, data: PanelData, actions: PanelActions): HTMLElement {
  const { analysis, findings } = data;
  const missingBySection = new Map(findings.filter((f) => !f.range).map((f) => [f.ruleId, f]));
  const checklist = h(
    doc,
    'ul',
    { 'aria-label': 'Checklist of a good post' },
    ...analysis.checklist.map((item) => {
      const finding = missingBySection.get(item.ruleId);
      const insert = finding?.suggestions.find((s): s is InsertSuggestion => s.kind === 'insert');
      return h(
        doc,
        'li',
        { class: `check ${item.status}`, 'data-section': item.section },
        h(doc, 'span', { class: 'mark', 'aria-hidden': 'true' }, item.status === 'met' ? '✓ ' : '○ '),
        h(doc, 'strong', {}, item.label),
        ' ',
        h(doc, 'span', { class: 'muted' }, item.status === 'met' ? evidenceText(item) : `missing (+${item.points})`),
        insert ? h(doc, 'div', {}, h(doc, 'button', { type: 'button', class: 'link', 'data-testid': 'clearbrief-insert', 'data-section': item.section, onclick: () => actions.insert(insert) }, `Insert ${item.label.toLowerCase()} template`)) : null,
      );
    }),
  );

  const others = findings.filter((f) => f.range || !analysis.checklist.some((c) => c.ruleId === f.ruleId));
  const groups = groupRepeats(others);
  const list = h(
    doc,
    'ul',
    { 'aria-label': 'Findings' },
    ...groups.map(({ finding: f, places }) => {
      const edit = f.suggestions.find((s): s is EditSuggestion => s.kind === 'edit');
      const shownEdit = edit && shownRewrite(edit);
      const insert = f.suggestions.find((s): s is InsertSuggestion => s.kind === 'insert');
      return h(
        doc,
        'li',
        { class: `finding-item ${f.level}`, 'data-rule': f.ruleId },
        h(doc, 'span', { class: `level ${f.level}` }, f.level),
        ' ',
        f.custom ? h(doc, 'span', { class: 'muted' }, '(custom) ') : null,
        f.message,
        h(
          doc,
          'div',
          { class: 'row' },
          // one "Show" per place; a problem found at several places names each by its text
          ...places.map((place) =>
            place.range ? h(doc, 'button', { type: 'button', class: 'link', onclick: () => actions.reveal(place) }, places.length > 1 && place.actual ? `Show “${place.actual}”` : 'Show') : null,
          ),
          edit ? h(doc, 'button', { type: 'button', class: 'link', onclick: () => actions.apply(f, edit) }, shownEdit ? `Replace with “${shownEdit}”` : edit.label) : null,
          insert ? h(doc, 'button', { type: 'button', class: 'link', onclick: () => actions.insert(insert) }, insert.label) : null,
          h(doc, 'button', { type: 'button', class: 'link', onclick: () => actions.dismiss(places) }, 'Dismiss'),
        ),
      );
    }),
  );

  const dismissed = data.dismissed.length
    ? h(
        doc,
        'section',
        { 'aria-label': 'Dismissed findings' },
        h(doc, 'h2', {}, `Dismissed (${data.dismissed.length})`),
        h(doc, 'ul', {}, ...data.dismissed.map((d) => h(doc, 'li', {}, d.label, ' ', h(doc, 'button', { type: 'button', class: 'link', 'data-testid': 'clearbrief-restore', onclick: () => actions.restore(d.key) }, 'Restore')))),
      )
    : null;

  const panel = h(
    doc,
    'div',
    { class: 'panel', role: 'dialog', 'aria-label': 'ClearBrief review', 'data-testid': 'clearbrief-panel' },
    h(
      doc,
      'div',
      { class: 'row', style: 'justify-content: space-between; align-items: baseline; margin-top: 0' },
      h(doc, 'span', {}, h(doc, 'span', { class: 'score', 'data-testid': 'clearbrief-panel-score' }, String(analysis.score.value)), h(doc, 'span', { class: 'muted' }, ' / 100')),
      h(doc, 'button', { type: 'button', 'aria-label': 'Close the review', onclick: () => actions.close() }, '×'),
    ),
    ...analysisNotes(analysis).map((note) => h(doc, 'p', { class: 'why' }, note)),
    h(doc, 'h2', {}, 'Checklist'),
    checklist,
    h(doc, 'h2', {}, `Findings (${groups.length})`),
    others.length ? list : h(doc, 'p', { class: 'muted' }, 'Nothing to fix in the text.'),
    dismissed,
    h(doc, 'p', { class: 'muted' }, 'Alt+Shift+N / Alt+Shift+P: next / previous finding in the field.'),
    h(doc, 'button', { type: 'button', 'data-testid': 'clearbrief-site-off', onclick: () => actions.turnOffSite() }, `Turn off ClearBrief on ${data.siteName}`),
  );
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      actions.close();
    }
  });
  return panel;
}
