import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWordsAndSyllables } from '../../src/core/text/stats';

/**
 * The counting the engine used before its word loop lost the branch on vowels: one state machine
 * over every character. The fast loop must count exactly as it did, or reading ease would move.
 */
function referenceCount(text: string): { words: number; syllables: number } {
  const classOf = (i: number): number => {
    const ch = text[i]!;
    if (/[aeiouy]/i.test(ch)) return 2;
    if (/[a-z0-9]/i.test(ch)) return 1;
    return text.charCodeAt(i) >= 0xc0 && /[\p{L}\p{N}]/u.test(ch) ? 1 : 0;
  };
  const vowel = (c: number) => 'aeiouy'.includes(String.fromCharCode(c | 32));
  const syllablesOf = (length: number, groups: number, last: number, beforeLast: number) => {
    const l = last | 32;
    if (groups > 1 && ((l === 101 && !vowel(beforeLast)) || ((l === 115 || l === 100) && (beforeLast | 32) === 101))) groups--;
    return length <= 3 ? 1 : Math.max(1, groups);
  };
  let words = 0;
  let syllables = 0;
  let inWord = false;
  let groups = 0;
  let previousVowel = false;
  let length = 0;
  let last = 0;
  let beforeLast = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const cls = classOf(i);
    if (cls !== 0) {
      if (!inWord) [inWord, words, groups, length, previousVowel] = [true, words + 1, 0, 0, false];
      if (cls === 2 && !previousVowel) groups++;
      previousVowel = cls === 2;
      length++;
      [beforeLast, last] = [last, code];
    } else if (inWord && "'’-".includes(text[i]!) && i + 1 < text.length && classOf(i + 1) !== 0) {
      continue;
    } else if (inWord) {
      inWord = false;
      syllables += syllablesOf(length, groups, last, beforeLast);
    }
  }
  if (inWord) syllables += syllablesOf(length, groups, last, beforeLast);
  return { words, syllables };
}

describe('countWordsAndSyllables', () => {
  it('counts words joined by apostrophes and hyphens as one, with their silent endings', () => {
    expect(countWordsAndSyllables("Don't e-mail the AI-Integrated café's makers")).toEqual({ words: 6, syllables: 10 });
    expect(countWordsAndSyllables('- x- -y ’’ a--b')).toEqual({ words: 4, syllables: 4 });
    expect(countWordsAndSyllables('')).toEqual({ words: 0, syllables: 0 });
  });

  it('reads letters past ASCII as letters, and typographic punctuation and signs as breaks', () => {
    for (let code = 0x80; code < 0x2100; code++) {
      if (code === 0x2019) continue; // the curly apostrophe joins: "don’t"
      const ch = String.fromCharCode(code);
      expect(countWordsAndSyllables(`a${ch}b`).words, `U+${code.toString(16)}`).toBe(/[\p{L}\p{N}]/u.test(ch) && code >= 0xc0 ? 1 : 2);
    }
  });

  it('counts exactly as the plain state machine on any text', () => {
    const piece = fc.constantFrom('a', 'e', 'y', 'b', 's', 'd', 'T', '7', 'é', 'ß', 'ж', '😀', '×', '—', '•', '“', 'ǅ', '½', '²', "'", '’', '-', ' ', '\n', '.', 'ed', 'es', 'ion');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(countWordsAndSyllables(text)).toEqual(referenceCount(text));
      }),
      { numRuns: 3000 },
    );
  });
});
