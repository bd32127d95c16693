/**
 * One host element per document, outside any editor, with an open shadow root (tests can see
 * in; page CSS cannot). It is appended to <html>, not <body>, which single-page apps replace.
 */
import { HIGHLIGHT_CSS, SHADOW_CSS } from './styles';

export interface UiRoot {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** The themed container everything is drawn in. */
  layer: HTMLElement;
}

const roots = new WeakMap<Document, UiRoot>();

export function uiRoot(doc: Document): UiRoot {
  const existing = roots.get(doc);
  if (existing && existing.host.isConnected) return existing;
  const host = doc.createElement('clearbrief-root');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_CSS;
  const layer = doc.createElement('div');
  layer.className = 'cb';
  shadow.append(style, layer);
  doc.documentElement.append(host);
  ensureHighlightStyles(doc);
  const root = { host, shadow, layer };
  roots.set(doc, root);
  return root;
}

/** `::highlight()` rules must live in the page's own style sheets to paint its text. */
function ensureHighlightStyles(doc: Document): void {
  if (doc.getElementById('clearbrief-highlight-style')) return;
  const style = doc.createElement('style');
  style.id = 'clearbrief-highlight-style';
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).append(style);
}

export function removeUi(doc: Document): void {
  roots.get(doc)?.host.remove();
  roots.delete(doc);
  doc.getElementById('clearbrief-highlight-style')?.remove();
}
