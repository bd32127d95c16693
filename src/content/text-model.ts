/**
 * The text of a contenteditable editor as one string, with a map back to the DOM. Block
 * elements and <br> become line breaks (as `innerText` gives them), so the engine's offsets
 * point at the same characters a user sees, and a range maps back to a DOM Range for painting
 * highlights and for replacing text. Nothing is ever inserted into the editor.
 */
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL']);

interface Piece {
  node: Text;
  start: number;
}

export class TextModel {
  private constructor(
    readonly text: string,
    private readonly pieces: Piece[],
  ) {}

  static of(root: HTMLElement): TextModel {
    const pieces: Piece[] = [];
    let text = '';
    const newline = () => {
      if (text !== '' && !text.endsWith('\n')) text += '\n';
    };
    const walk = (node: Node) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) {
          const data = (child as Text).data;
          pieces.push({ node: child as Text, start: text.length });
          text += data;
        } else if (child.nodeType === 1) {
          const el = child as Element;
          if (el.tagName === 'BR') {
            text += '\n';
            continue;
          }
          if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || (el as HTMLElement).hidden) continue;
          const block = BLOCK.has(el.tagName);
          if (block) newline();
          walk(el);
          if (block) newline();
        }
      }
    };
    walk(root);
    return new TextModel(text, pieces);
  }

  /** The DOM position of a text offset: inside the text node that holds it, or at a node's edge. */
  private position(offset: number, preferEnd: boolean): { node: Text; offset: number } | null {
    let best: { node: Text; offset: number } | null = null;
    for (const p of this.pieces) {
      const len = p.node.data.length;
      if (offset >= p.start && offset <= p.start + len) {
        const pos = { node: p.node, offset: offset - p.start };
        // At a boundary between two nodes, a range start belongs to the next node, an end to the previous.
        if (!preferEnd || offset < p.start + len || !best) best = pos;
        if (!preferEnd && offset < p.start + len) return pos;
        if (preferEnd) return pos;
      } else if (p.start > offset) {
        return best ?? { node: p.node, offset: 0 };
      }
    }
    const last = this.pieces.at(-1);
    return best ?? (last ? { node: last.node, offset: last.node.data.length } : null);
  }

  /** A DOM Range over `[start, end)`, or null when the editor has no text nodes. */
  range(start: number, end: number, doc: Document): Range | null {
    const a = this.position(start, false);
    const b = this.position(end, true);
    if (!a || !b) return null;
    const range = doc.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    if (range.collapsed && end > start) range.setEnd(a.node, Math.min(a.node.data.length, a.offset + (end - start)));
    return range;
  }

  /** The text offset of a DOM position (a selection's focus), or -1 when it is outside the editor. */
  offsetOf(node: Node, offset: number): number {
    for (const p of this.pieces) if (p.node === node) return p.start + Math.min(offset, p.node.data.length);
    // A position between elements: count the text of the children before it.
    if (node.nodeType === 1) {
      const child = node.childNodes[offset];
      for (const p of this.pieces) {
        if (child && (child === p.node || child.contains(p.node))) return p.start;
      }
      return this.text.length;
    }
    return -1;
  }
}
