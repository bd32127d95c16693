/**
 * Draws underlines under character ranges of a field and answers "which mark is under this
 * point". Text controls: a hidden mirror copies the field's text layout, and the rectangles of
 * ranges in the mirror become underlines in a clipped layer over the field. Contenteditable
 * editors: the CSS Custom Highlight API paints the page's own text with no DOM change, and the
 * ranges' rectangles serve hit testing. Either way nothing is inserted into the editor.
 */
import type { Level } from '../../core';
import { isTextControl, type Field, type TextControl } from '../fields';
import { TextModel } from '../text-model';
import { h } from './dom';
import { uiRoot } from './root';

export interface Mark {
  key: string;
  level: Level;
  start: number;
  end: number;
}

/** Text-layout properties the mirror copies; misaligned underlines in other checkers came from ones they missed. */
const COPIED = [
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'fontKerning', 'fontFeatureSettings',
  'fontVariationSettings', 'fontSizeAdjust', 'letterSpacing', 'wordSpacing', 'lineHeight', 'textTransform', 'textIndent',
  'textAlign', 'direction', 'tabSize', 'whiteSpace', 'wordBreak', 'overflowWrap', 'hyphens', 'textRendering', 'writingMode',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
] as const;

const highlightNames: Record<Level, string> = { error: 'clearbrief-error', warning: 'clearbrief-warning', suggestion: 'clearbrief-suggestion' };

/** Contenteditable ranges of every painter in a document, combined into one Highlight per level. */
const documentHighlights = new WeakMap<Document, Map<FieldPainter, Array<{ level: Level; range: Range }>>>();

type HighlightCtor = new (...ranges: Range[]) => object;
interface HighlightRegistry {
  set(name: string, highlight: object): void;
  delete(name: string): void;
}

function highlightApi(doc: Document): { Highlight: HighlightCtor; registry: HighlightRegistry } | null {
  const win = doc.defaultView as unknown as { Highlight?: HighlightCtor; CSS?: { highlights?: HighlightRegistry } } | null;
  return win?.Highlight && win.CSS?.highlights ? { Highlight: win.Highlight, registry: win.CSS.highlights } : null;
}

export class FieldPainter {
  private readonly doc: Document;
  private readonly layer: HTMLDivElement;
  private mirror: HTMLDivElement | null = null;
  private marks: Mark[] = [];
  private rects = new Map<string, DOMRect[]>();
  private text = '';
  private active: string | undefined;

  constructor(readonly field: Field) {
    this.doc = field.ownerDocument;
    const root = uiRoot(this.doc);
    this.layer = h(this.doc, 'div', { class: 'layer', 'data-testid': 'clearbrief-underlines' });
    root.layer.append(this.layer);
  }

  /** Draw these marks over the field's current text. */
  paint(text: string, marks: Mark[]): void {
    this.text = text;
    // In text order: layout stops at the first mark below the field's visible area.
    this.marks = [...marks].sort((a, b) => a.start - b.start);
    this.layout();
  }

  /** Mark one finding as the one being looked at (the card is open for it). */
  setActive(key: string | undefined): void {
    this.active = key;
    for (const el of this.layer.children) el.classList.toggle('active', (el as HTMLElement).dataset.key === key);
  }

  /** Recompute positions after a scroll, resize, zoom or font load. */
  layout(): void {
    if (isTextControl(this.field)) this.layoutTextControl(this.field);
    else this.layoutEditable(this.field);
  }

  /** The key of the mark under a viewport point, if any. */
  hit(x: number, y: number): string | undefined {
    for (const [key, rects] of this.rects) {
      for (const r of rects) if (x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 3) return key;
    }
    return undefined;
  }

  rectsOf(key: string): DOMRect[] {
    return this.rects.get(key) ?? [];
  }

  destroy(): void {
    this.layer.remove();
    this.mirror?.remove();
    this.setEditableRanges([]);
  }

  private layoutTextControl(field: TextControl): void {
    const box = field.getBoundingClientRect();
    const left = box.left + field.clientLeft;
    const top = box.top + field.clientTop;
    Object.assign(this.layer.style, { left: `${left}px`, top: `${top}px`, width: `${field.clientWidth}px`, height: `${field.clientHeight}px` });
    this.rects.clear();
    this.layer.replaceChildren();
    if (this.marks.length === 0 || box.width === 0) return;

    const mirror = this.syncMirror(field);
    const node = mirror.firstChild as Text;
    const origin = mirror.getBoundingClientRect();
    // A single-line input centres its line vertically; the mirror starts it at the top.
    const lineShift = field.tagName === 'INPUT' ? Math.max(0, (field.clientHeight - mirror.offsetHeight) / 2) : 0;
    const range = this.doc.createRange();
    const clip = { left, top, right: left + field.clientWidth, bottom: top + field.clientHeight };
    for (const mark of this.marks) {
      if (mark.end > node.data.length) continue;
      range.setStart(node, mark.start);
      range.setEnd(node, mark.end);
      const rects: DOMRect[] = [];
      let below = false;
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        const x = r.left - origin.left - field.scrollLeft;
        const y = r.top - origin.top - field.scrollTop + lineShift;
        const viewport = new DOMRect(left + x, top + y, r.width, r.height);
        below = viewport.top > clip.bottom;
        if (viewport.bottom < clip.top || below || viewport.right < clip.left || viewport.left > clip.right) continue;
        rects.push(viewport);
        const ul = h(this.doc, 'div', { class: `ul ${mark.level}${mark.key === this.active ? ' active' : ''}`, 'data-key': mark.key, 'data-start': mark.start, 'data-end': mark.end });
        Object.assign(ul.style, { left: `${x}px`, top: `${y + r.height - 2}px`, width: `${r.width}px` });
        this.layer.append(ul);
      }
      if (rects.length) this.rects.set(mark.key, rects);
      // Text flows down: every later mark is below the field's view too (a long draft scrolled to its top).
      if (below) break;
    }
  }

  /** A hidden copy of the field's text layout, refreshed from its computed style on every layout. */
  private syncMirror(field: TextControl): HTMLDivElement {
    if (!this.mirror) {
      this.mirror = h(this.doc, 'div', { class: 'mirror', 'aria-hidden': 'true' });
      uiRoot(this.doc).layer.append(this.mirror);
    }
    const style = this.doc.defaultView!.getComputedStyle(field);
    const m = this.mirror.style;
    for (const prop of COPIED) m[prop] = style[prop];
    if (field.tagName === 'INPUT') {
      m.whiteSpace = 'pre';
      m.width = 'auto';
    } else {
      m.width = `${field.clientWidth}px`;
      if (style.whiteSpace === 'normal') m.whiteSpace = 'pre-wrap';
    }
    m.boxSizing = 'border-box';
    // A zero-width space keeps a trailing newline measurable. Set only when it changed: a scroll
    // or resize re-lays out the same text, and a megabyte paste is costly to copy and lay out.
    const text = `${mirrorTextFor(this.text, this.marks)}\u200b`;
    if (this.mirror.textContent !== text) this.mirror.textContent = text;
    return this.mirror;
  }

  private layoutEditable(field: HTMLElement): void {
    const model = TextModel.of(field);
    const ranges: Array<{ level: Level; range: Range; key: string }> = [];
    for (const mark of this.marks) {
      if (model.text.slice(mark.start, mark.end) !== this.text.slice(mark.start, mark.end)) continue;
      const range = model.range(mark.start, mark.end, this.doc);
      if (range) ranges.push({ level: mark.level, range, key: mark.key });
    }
    this.rects.clear();
    this.layer.replaceChildren();
    const api = highlightApi(this.doc);
    for (const { range, key, level } of ranges) {
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      this.rects.set(key, rects);
      // Without the Highlight API (older browsers), draw the same underlines as for text controls.
      if (!api) {
        for (const r of rects) {
          const ul = h(this.doc, 'div', { class: `ul ${level}`, 'data-key': key });
          Object.assign(ul.style, { left: `${r.left}px`, top: `${r.bottom - 2}px`, width: `${r.width}px` });
          this.layer.append(ul);
        }
      }
    }
    if (!api) Object.assign(this.layer.style, { left: '0px', top: '0px', width: '100vw', height: '100vh' });
    // Tests and assistive tools can read which ranges are marked without seeing the paint.
    this.layer.dataset.marks = ranges.map((r) => `${r.level}:${r.range.toString()}`).join('|');
    this.setEditableRanges(ranges);
  }

  private setEditableRanges(ranges: Array<{ level: Level; range: Range }>): void {
    const api = highlightApi(this.doc);
    if (!api) return;
    let byPainter = documentHighlights.get(this.doc);
    if (!byPainter) documentHighlights.set(this.doc, (byPainter = new Map()));
    if (ranges.length) byPainter.set(this, ranges);
    else byPainter.delete(this);
    for (const level of ['error', 'warning', 'suggestion'] as const) {
      const all = [...byPainter.values()].flat().filter((r) => r.level === level).map((r) => r.range);
      if (all.length) api.registry.set(highlightNames[level], new api.Highlight(...all));
      else api.registry.delete(highlightNames[level]);
    }
  }
}

/** Characters past the last mark kept in the mirror: more than any textarea shows on one line. */
const LINE_SLACK = 1_000;

/**
 * The text the mirror needs: up to the end of the line holding the last mark. Text after it
 * cannot move the marks (lines flow down), so a huge paste whose checked part is its first
 * 100,000 characters is not laid out whole. Without a line break near, the cut is made at a
 * space well past the mark, so the mark's own visual line stays whole.
 */
function mirrorTextFor(text: string, marks: readonly Mark[]): string {
  const lastEnd = marks.reduce((end, m) => Math.max(end, m.end), 0);
  const newline = text.indexOf('\n', lastEnd);
  if (newline !== -1 && newline - lastEnd <= LINE_SLACK) return text.slice(0, newline);
  const space = text.indexOf(' ', lastEnd + LINE_SLACK);
  return space === -1 ? text : text.slice(0, space);
}
