/**
 * One job-post composer on a page: its description field (and title field, if found), the
 * structured fields around them, and the UI drawn over them. Analysis is asked for only while the
 * description is on screen and no IME composition is open; one request is in flight at a time,
 * input meanwhile is gathered into the next one, and an answer for text that has since changed
 * is never drawn on it (see `run`).
 */
import { blockInsertion } from '../core/apply';
import { rebaseAnalysis } from '../core/rebase';
import { computeScore } from '../core/score';
import type { Analysis, Draft, DraftFields, EditSuggestion, Finding, InsertSuggestion, Part } from '../core/types';
import type { SiteAdapter } from './adapters';
import { dismissalKey, dismissalLabel } from './dismissals';
import { caretOffset, insertAt, replaceRange, selectRange, type EditResult } from './edit';
import { readText, type Field } from './fields';
import { buildCard, place } from './ui/card';
import { h } from './ui/dom';
import { FieldPainter, type Mark } from './ui/painter';
import { buildPanel } from './ui/panel';
import { uiRoot } from './ui/root';

export interface ComposerHost {
  adapter: SiteAdapter;
  /** The engine's analysis of a draft (it runs in the background); `fresh` after settings changed. */
  analyze(draft: Draft, fresh: boolean): Promise<Analysis>;
  /** The user focused a field: get the engine ready for the first keystroke. */
  wake(): void;
  dismissed(): ReadonlySet<string>;
  setDismissed(keys: string[]): void;
  /** The form's structured fields now, with what earlier wizard steps showed filling the gaps. */
  structuredFields(doc: Document, exclude: ReadonlySet<Element>): DraftFields;
  turnOffRule(ruleId: string): void;
  turnOffSite(): void;
}

const SHORTCUT_NEXT = 'KeyN';
const SHORTCUT_PREV = 'KeyP';

export class Composer {
  private readonly doc: Document;
  private readonly win: Window;
  private readonly painters = new Map<Part, FieldPainter>();
  private readonly abort = new AbortController();
  private queued = false;
  private composing = false;
  private onScreen = true;
  private dirty = true;
  /** The request in flight, if any; another run waits for it rather than racing it. */
  private inFlight: Promise<void> | null = null;
  /** Settings changed since the last request: the next one asks the engine to reload them. */
  private settingsChanged = false;
  private destroyed = false;
  private failures = 0;
  private analysis: Analysis | null = null;
  private visible: Finding[] = [];
  private keys = new Map<Finding, string>();
  private badge: HTMLButtonElement;
  private panel: HTMLElement | null = null;
  private card: { el: HTMLElement; key: string } | null = null;
  private hoverTimer = 0;
  private readonly resizeObserver: ResizeObserver;
  private readonly intersection: IntersectionObserver;
  /** Milliseconds the last analysis + paint took; read by the browser benchmark. */
  lastRunMs = 0;

  constructor(
    readonly description: Field,
    readonly title: Field | null,
    private readonly host: ComposerHost,
  ) {
    this.doc = description.ownerDocument;
    this.win = this.doc.defaultView!;
    const { signal } = this.abort;
    const root = uiRoot(this.doc);
    this.badge = h(this.doc, 'button', { class: 'badge', type: 'button', 'data-testid': 'clearbrief-badge', 'aria-haspopup': 'dialog', 'aria-expanded': 'false', onclick: () => this.togglePanel() });
    root.layer.append(this.badge);

    for (const [part, field] of [['description', description], ['title', title]] as const) {
      if (!field) continue;
      this.painters.set(part, new FieldPainter(field));
      field.addEventListener('input', () => this.schedule(), { signal });
      field.addEventListener('focus', () => this.host.wake(), { signal });
      field.addEventListener('compositionstart', () => (this.composing = true), { signal });
      field.addEventListener('compositionend', () => {
        this.composing = false;
        this.schedule();
      }, { signal });
      field.addEventListener('scroll', () => this.relayout(), { signal, passive: true });
      field.addEventListener('keydown', (e) => this.onKey(e as KeyboardEvent, part), { signal });
      field.addEventListener('mousemove', (e) => this.onHover(e as MouseEvent), { signal, passive: true });
      field.addEventListener('mouseleave', () => this.cancelHover(), { signal, passive: true });
    }
    // Structured fields change without touching the text (a budget picked from a list).
    this.doc.addEventListener('change', (e) => this.onFormEvent(e), { signal, capture: true });
    this.doc.addEventListener('input', (e) => this.onFormEvent(e), { signal, capture: true });
    this.win.addEventListener('scroll', () => this.relayout(), { signal, capture: true, passive: true });
    this.win.addEventListener('resize', () => this.relayout(), { signal, passive: true });
    this.doc.fonts?.addEventListener?.('loadingdone', () => this.relayout(), { signal });
    this.resizeObserver = new ResizeObserver(() => this.relayout());
    this.resizeObserver.observe(description);
    if (title) this.resizeObserver.observe(title);
    this.intersection = new IntersectionObserver((entries) => {
      this.onScreen = entries.some((e) => e.isIntersecting);
      if (this.onScreen && this.dirty) this.schedule();
    });
    this.intersection.observe(description);
    this.schedule();
  }

  /** Whether the fields this composer watches are still in the page. */
  get connected(): boolean {
    return this.description.isConnected && (!this.title || this.title.isConnected);
  }

  draft(): Draft {
    return {
      title: this.title ? readText(this.title) : '',
      description: readText(this.description),
      fields: this.structuredFields(),
    };
  }

  /** The review the popup shows: the same findings as the page for the text as it is now, dismissed ones left out. */
  async review(): Promise<Analysis> {
    const draft = this.draft();
    const analysis = await this.host.analyze(draft, false);
    const visible = this.visibleOf(analysis, textsOf(draft)).findings;
    return { ...analysis, findings: visible, score: computeScore(analysis.checklist, visible) };
  }

  /** Re-run now; `settingsChanged` when the check settings changed rather than the dismissals. */
  refresh(settingsChanged = false): void {
    if (settingsChanged) this.settingsChanged = true;
    this.dirty = true;
    this.schedule();
  }

  /**
   * Ask for an analysis once the current event is handled. While one is in flight, further input
   * only marks the text dirty: everything typed meanwhile goes in the one request that follows.
   */
  schedule(): void {
    this.dirty = true;
    if (this.queued || this.inFlight || this.composing || !this.onScreen || this.destroyed) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      if (!this.composing && !this.inFlight && !this.destroyed) this.inFlight = this.run();
    });
  }

  /**
   * The form's structured fields, read again only after something outside the title and
   * description changed: reading them walks every input on the page, too much for every keystroke.
   */
  private fieldsCache: DraftFields | null = null;
  private structuredFields(): DraftFields {
    this.fieldsCache ??= this.host.structuredFields(this.doc, new Set<Element>([this.description, ...(this.title ? [this.title] : [])]));
    return this.fieldsCache;
  }

  private onFormEvent(e: Event): void {
    if (e.target === this.description || e.target === this.title) return;
    this.fieldsCache = null;
    this.schedule();
  }

  /** One request to the engine for `draft` (read now unless given), then the answer drawn. */
  private async run(draft: Draft = this.draft()): Promise<void> {
    const requestedAt = performance.now();
    this.dirty = false;
    const fresh = this.settingsChanged;
    this.settingsChanged = false;
    let analysis: Analysis | null = null;
    try {
      analysis = await this.host.analyze(draft, fresh);
    } catch (err) {
      if (fresh) this.settingsChanged = true;
      console.warn('ClearBrief: the check did not run:', (err as Error).message);
    }
    this.inFlight = null;
    if (this.destroyed) return;
    if (!analysis) {
      // The background was stopped mid-request (the next request wakes it): ask again, twice at
      // most, so an extension reloaded under this page does not loop. Typing asks again anyway.
      if (++this.failures <= 2) this.schedule();
      return;
    }
    this.failures = 0;
    const asked = textsOf(draft);
    if (!this.dirty) {
      this.show(analysis, asked, asked, requestedAt);
      return;
    }
    // The user typed while the engine worked: ask again for the text as it is now (first, so the
    // engine works while this paints), and meanwhile move the findings the edit did not touch
    // onto the new text and drop the others.
    const next = this.draft();
    if (this.composing || !this.onScreen) this.schedule();
    else this.inFlight = this.run(next);
    const now = textsOf(next);
    this.show(rebaseAnalysis(analysis, asked, now), now, asked, requestedAt);
  }

  /** Which findings show (dismissed ones do not), each with the key a dismissal remembers it by. */
  private visibleOf(analysis: Analysis, texts: Record<Part, string>): { findings: Finding[]; keys: Map<Finding, string> } {
    const dismissed = this.host.dismissed();
    const keys = new Map(analysis.findings.map((f) => [f, dismissalKey(f, texts)]));
    return { findings: analysis.findings.filter((f) => !dismissed.has(keys.get(f)!)), keys };
  }

  /** `texts`: the fields now; `analysed`: the text the engine read (older when typing went on). */
  private show(analysis: Analysis, texts: Record<Part, string>, analysed: Record<Part, string>, requestedAt: number): void {
    const { findings, keys } = this.visibleOf(analysis, texts);
    this.keys = keys;
    this.visible = findings;
    this.analysis = analysis;
    for (const [part, painter] of this.painters) {
      const marks: Mark[] = this.visible
        .filter((f) => f.part === part && f.range)
        .map((f) => ({ key: this.keys.get(f)!, level: f.level, start: f.range!.start, end: f.range!.end }));
      painter.paint(texts[part], marks);
    }
    this.renderBadge();
    if (this.panel) this.renderPanel();
    if (this.card && !this.visible.some((f) => this.keys.get(f) === this.card!.key)) this.closeCard(false);
    this.lastRunMs = performance.now() - requestedAt;
    // Markers the tests and the browser benchmark read: a new version per run, how much text the
    // engine read (typing after that is not in it yet), and what the run cost.
    this.badge.dataset.analysedLength = String(analysed.description.length);
    this.badge.dataset.runMs = this.lastRunMs.toFixed(2);
    this.badge.dataset.version = String(Number(this.badge.dataset.version ?? 0) + 1);
  }

  private relayoutFrame = 0;
  private relayout(): void {
    if (this.relayoutFrame) return;
    this.relayoutFrame = this.win.requestAnimationFrame(() => {
      this.relayoutFrame = 0;
      for (const painter of this.painters.values()) painter.layout();
      this.placeBadge();
      if (this.card) this.placeCard();
    });
  }

  private renderBadge(): void {
    const analysis = this.analysis!;
    const errors = this.visible.filter((f) => f.level === 'error').length;
    const warnings = this.visible.filter((f) => f.level === 'warning').length;
    const score = computeScore(analysis.checklist, this.visible).value;
    this.badge.className = `badge${errors ? ' has-error' : warnings ? ' has-warning' : ''}`;
    this.badge.replaceChildren(h(this.doc, 'span', { class: 'dot', 'aria-hidden': 'true' }), `${score} · ${this.visible.length}`);
    this.badge.setAttribute('aria-label', `ClearBrief: score ${score} of 100, ${this.visible.length} findings. Open the review.`);
    this.badge.dataset.score = String(score);
    this.badge.dataset.count = String(this.visible.length);
    this.placeBadge();
  }

  private placeBadge(): void {
    const r = this.description.getBoundingClientRect();
    const hidden = r.width === 0 || r.bottom < 0 || r.top > this.win.innerHeight;
    this.badge.style.display = hidden ? 'none' : '';
    const width = this.badge.offsetWidth || 60;
    Object.assign(this.badge.style, { left: `${r.right - width - 8}px`, top: `${r.bottom - 30}px` });
    if (this.panel) this.placePanel();
  }

  private togglePanel(): void {
    if (this.panel) {
      this.closePanel();
      return;
    }
    this.renderPanel();
    (this.panel as HTMLElement | null)?.querySelector('button')?.focus();
  }

  private closePanel(): void {
    this.panel?.remove();
    this.panel = null;
    this.badge.setAttribute('aria-expanded', 'false');
    this.badge.focus();
  }

  private renderPanel(): void {
    const analysis = this.analysis;
    if (!analysis) return;
    const dismissed = [...this.host.dismissed()].map((key) => ({ key, label: dismissalLabel(key) }));
    const panel = buildPanel(
      this.doc,
      { analysis, findings: this.visible, dismissed, siteName: this.win.location.hostname || 'this site' },
      {
        insert: (s) => this.insertSection(s),
        apply: (f, s) => this.applyEdit(s, f.actual),
        reveal: (f) => this.reveal(f),
        dismiss: (findings) => this.dismiss(...findings),
        restore: (key) => this.host.setDismissed([...this.host.dismissed()].filter((k) => k !== key)),
        turnOffSite: () => this.host.turnOffSite(),
        close: () => this.closePanel(),
      },
    );
    if (this.panel) this.panel.replaceWith(panel);
    else uiRoot(this.doc).layer.append(panel);
    this.panel = panel;
    this.badge.setAttribute('aria-expanded', 'true');
    this.placePanel();
  }

  private placePanel(): void {
    if (!this.panel) return;
    const b = this.badge.getBoundingClientRect();
    const height = this.panel.offsetHeight;
    const width = this.panel.offsetWidth || 380;
    const top = b.top - height - 6 > 8 ? b.top - height - 6 : Math.min(b.bottom + 6, this.win.innerHeight - height - 8);
    Object.assign(this.panel.style, { left: `${Math.max(8, Math.min(b.right - width, this.win.innerWidth - width - 8))}px`, top: `${Math.max(8, top)}px` });
  }

  // ── the card ────────────────────────────────────────────────────────────

  private onHover(e: MouseEvent): void {
    const key = this.keyAt(e.clientX, e.clientY);
    if (this.card?.key === key) return;
    this.win.clearTimeout(this.hoverTimer);
    // Off any underline: close a card the pointer is not on, after a moment to reach it.
    if (!key) {
      if (this.card) this.hoverTimer = this.win.setTimeout(() => this.closeUnhoveredCard(), 250);
      return;
    }
    this.hoverTimer = this.win.setTimeout(() => this.openCard(key, false), 120);
  }

  private cancelHover(): void {
    this.win.clearTimeout(this.hoverTimer);
    if (this.card) this.hoverTimer = this.win.setTimeout(() => this.closeUnhoveredCard(), 250);
  }

  private closeUnhoveredCard(): void {
    if (!this.card || this.card.el.matches(':hover')) return;
    // Keyboard users keep the card while focus is in it.
    const root = this.card.el.getRootNode() as ShadowRoot;
    if (!this.card.el.contains(root.activeElement)) this.closeCard(false);
  }

  private keyAt(x: number, y: number): string | undefined {
    for (const painter of this.painters.values()) {
      const key = painter.hit(x, y);
      if (key) return key;
    }
    return undefined;
  }

  private findingByKey(key: string): Finding | undefined {
    return this.visible.find((f) => this.keys.get(f) === key);
  }

  private openCard(key: string, focus: boolean): void {
    const finding = this.findingByKey(key);
    if (!finding) return;
    this.closeCard(false);
    const el = buildCard(this.doc, finding, {
      apply: (s) => this.applyEdit(s, finding.actual),
      dismiss: () => this.dismiss(finding),
      turnOff: () => {
        this.closeCard(true);
        this.host.turnOffRule(finding.ruleId);
      },
      close: () => this.closeCard(true),
    });
    el.addEventListener('mouseleave', () => {
      this.hoverTimer = this.win.setTimeout(() => this.closeUnhoveredCard(), 250);
    });
    el.addEventListener('mouseenter', () => this.win.clearTimeout(this.hoverTimer));
    uiRoot(this.doc).layer.append(el);
    this.card = { el, key };
    for (const p of this.painters.values()) p.setActive(key);
    this.placeCard();
    if (focus) el.querySelector('button')?.focus();
  }

  private placeCard(): void {
    if (!this.card) return;
    const finding = this.findingByKey(this.card.key);
    const painter = finding?.part ? this.painters.get(finding.part) : undefined;
    const rect = painter?.rectsOf(this.card.key)[0];
    if (rect) place(this.card.el, rect, this.win);
  }

  private closeCard(refocus: boolean): void {
    if (!this.card) return;
    const finding = this.findingByKey(this.card.key);
    this.card.el.remove();
    this.card = null;
    for (const p of this.painters.values()) p.setActive(undefined);
    if (refocus) (finding?.part === 'title' && this.title ? this.title : this.description).focus();
  }

  // ── actions ─────────────────────────────────────────────────────────────

  private fieldOf(part: Part): Field | null {
    return part === 'title' ? this.title : this.description;
  }

  /** Apply a rewrite as typing would; nothing is replaced if the text under it is no longer `expected`. */
  applyEdit(suggestion: EditSuggestion, expected: string | undefined): EditResult {
    const field = this.fieldOf(suggestion.part);
    this.closeCard(false);
    if (!field) return { ok: false, reason: 'refused' };
    const result = replaceRange(field, suggestion.range.start, suggestion.range.end, suggestion.text, expected);
    this.schedule();
    return result;
  }

  /** Insert a missing section at the caret, or at the end when the field does not have focus. */
  insertSection(suggestion: InsertSuggestion, at = caretOffset(this.description)): EditResult {
    const text = readText(this.description);
    const insertion = blockInsertion(text, suggestion.text, at);
    const result = insertAt(this.description, insertion.at, insertion.text);
    this.schedule();
    return result;
  }

  /** Replace the whole description (the popup's "use restructured draft"): one undo step. */
  replaceDescription(text: string): EditResult {
    const result = replaceRange(this.description, 0, readText(this.description).length, text);
    this.schedule();
    return result;
  }

  reveal(finding: { part?: Part; range?: { start: number; end: number } }): void {
    if (!finding.part || !finding.range) return;
    const field = this.fieldOf(finding.part);
    if (field) selectRange(field, finding.range.start, finding.range.end);
  }

  private dismiss(...findings: Finding[]): void {
    const keys = findings.flatMap((f) => this.keys.get(f) ?? []);
    this.closeCard(true);
    if (keys.length) this.host.setDismissed([...this.host.dismissed(), ...keys]);
  }

  private onKey(e: KeyboardEvent, part: Part): void {
    if (!e.altKey || !e.shiftKey || (e.code !== SHORTCUT_NEXT && e.code !== SHORTCUT_PREV)) return;
    e.preventDefault();
    const field = this.fieldOf(part)!;
    const ranged = this.visible.filter((f) => f.range && f.part);
    if (!ranged.length) return;
    const order = ranged.sort((a, b) => (a.part === b.part ? a.range!.start - b.range!.start : a.part === 'title' ? -1 : 1));
    const caret = caretOffset(field) ?? 0;
    const pos = (f: Finding) => (f.part === 'title' ? 0 : 1e9) + f.range!.start;
    const here = (part === 'title' ? 0 : 1e9) + caret;
    const next = e.code === SHORTCUT_NEXT ? (order.find((f) => pos(f) > here) ?? order[0]) : ([...order].reverse().find((f) => pos(f) < here - 1) ?? order.at(-1));
    if (!next) return;
    this.reveal(next);
    this.win.requestAnimationFrame(() => {
      for (const p of this.painters.values()) p.layout();
      this.openCard(this.keys.get(next)!, true);
    });
  }

  destroy(): void {
    this.destroyed = true;
    this.abort.abort();
    this.resizeObserver.disconnect();
    this.intersection.disconnect();
    for (const p of this.painters.values()) p.destroy();
    this.badge.remove();
    this.panel?.remove();
    this.card?.el.remove();
  }
}

function textsOf(draft: Draft): Record<Part, string> {
  return { title: draft.title ?? '', description: draft.description };
}
