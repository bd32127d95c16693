import { describe, expect, it } from 'vitest';
import { afterBlankLine, endsLine, lineAbove, startsLine } from '../../src/core/text/lines';

describe('where an offset stands on its line', () => {
  const text = 'Intro\n  - item one\t\n\n \t Next para\u00a0\r\nlast';
  const at = (s: string) => text.indexOf(s);
  it('starts a line after spaces only, at the text start or after a line break', () => {
    expect(startsLine(text, 0)).toBe(true);
    expect(startsLine(text, at('- item'))).toBe(true);
    expect(startsLine(text, at('item'))).toBe(false);
    expect(startsLine(text, at('Next'))).toBe(true);
  });
  it('ends a line before spaces only, at the text end or before a line break', () => {
    expect(endsLine(text, at('\nlast') - 2)).toBe(true);
    expect(endsLine(text, at('one') + 3)).toBe(true);
    expect(endsLine(text, at('one'))).toBe(false);
    expect(endsLine(text, text.length)).toBe(true);
  });
  it('follows a blank line only when the line before holds spaces alone', () => {
    expect(afterBlankLine(text, at('Next'))).toBe(true);
    expect(afterBlankLine(text, at('- item'))).toBe(false);
    expect(afterBlankLine(text, at('last'))).toBe(false);
    expect(afterBlankLine(text, 0)).toBe(false);
  });
  it('finds the line just above, without its line break, unless a blank line or the text start comes first', () => {
    const lineOf = (offset: number) => {
      const above = lineAbove(text, offset);
      return above && text.slice(...above);
    };
    expect(lineOf(at('- item'))).toBe('Intro');
    expect(lineOf(at('last'))).toBe(' \t Next para\u00a0');
    expect(lineOf(at('Next'))).toBeUndefined();
    expect(lineOf(at('Intro'))).toBeUndefined();
  });
});
