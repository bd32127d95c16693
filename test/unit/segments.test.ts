/**
 * Sentence boundaries come from `Intl.Segmenter`, run on a condensed copy of the text (runs of
 * letters and spaces shrunk to their ends). These tests hold the condensed run to the plain
 * segmenter: any boundary it moved, added or lost fails them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAY_BREAK_INSIDE, sentenceBreaks, sentenceBreaksOfBlocks, sentences } from '../../src/core/text/segments';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const plainBreaks = (text: string) => [...segmenter.segment(text)].map((s) => s.index + s.segment.length);

/**
 * Pieces that exercise every rule of UAX #29's sentence breaks: terminators and closers,
 * abbreviations ("U.S."), decimals, lower-case after a full stop, upper-case after initials,
 * continuing punctuation, paragraph separators, non-ASCII letters and marks, CJK full stops.
 */
const pieces = fc.constantFrom(
  'We need a website', 'build it', 'Thanks', 'e.g.', 'U.S.', 'Mr.', 'v2.5', '3.14', 'etc.', 'i.e. the', 'a',
  '.', '. ', '.  ', '?', '!', '?!', '...', '…', '."', '.)', '.’ ', '," ', ', ', ': ', '; ', ' - ', '—',
  '\n', '\r\n', '\u2029', '\u0085', ' ', '  ', '\t', '"', '(', ')', '[', "'", '’', '1', '42', '$500',
  'Café', 'naïve', 'e\u0301', 'ÉCOLE', 'Ωmega', 'مرحبا', '日本語。', 'テスト！', '👩‍💻', '\u200b', '\u00ad',
  'the NEXT', 'THE end', 'x', 'Y', 'ok. then', 'OK. Then', 'ab cd ef gh', 'Abcd Efgh',
);
const draftLike = fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join(''));
const spaced = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(' '));

describe('sentence boundaries', () => {
  it('are the plain segmenter’s on text built from every kind of break', () => {
    fc.assert(
      fc.property(fc.oneof(draftLike, spaced, fc.string({ unit: 'grapheme', maxLength: 200 })), (text) => {
        expect(sentenceBreaks(text)).toEqual(plainBreaks(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('are each block’s own when several blocks are read in one call', () => {
    const block = fc.oneof(draftLike, spaced, fc.string({ unit: 'grapheme', maxLength: 80 }));
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), (blocks) => {
        expect(sentenceBreaksOfBlocks(blocks)).toEqual(blocks.map(plainBreaks));
      }),
      { numRuns: 2000 },
    );
    // Enough blocks to fill several batches.
    const many = Array.from({ length: 400 }, (_, i) => `Item ${i}. Done e.g. here! Next`);
    expect(sentenceBreaksOfBlocks(many)).toEqual(many.map(plainBreaks));
  });

  it('are the plain segmenter’s on a typical post', () => {
    const post =
      'We are a small U.S. bakery, open since 2019. We need a website with 5 pages: home, menu, about, order and contact!\n' +
      'Budget is $500 (fixed). Is 2 weeks enough? e.g. the menu page lists 40 items. Please share your portfolio.';
    expect(sentenceBreaks(post)).toEqual(plainBreaks(post));
    expect(sentences(post).map((s) => s.text)).toEqual([
      'We are a small U.S. bakery, open since 2019.',
      'We need a website with 5 pages: home, menu, about, order and contact!',
      'Budget is $500 (fixed).',
      'Is 2 weeks enough?',
      'e.g. the menu page lists 40 items.',
      'Please share your portfolio.',
    ]);
  });

  it('are the plain segmenter’s, trimmed, when read line by line and lines without a break are skipped', () => {
    const trimmed = (text: string) =>
      [...segmenter.segment(text)]
        .map((s) => {
          const lead = s.segment.length - s.segment.trimStart().length;
          return [s.index + lead, s.index + lead + s.segment.trim().length];
        })
        .filter(([start, end]) => end! > start!);
    const dotted = fc.constantFrom('Node.js', 'www.site.com', 'v2.0', 'e.g.', 'U.S.', '.\n', '\r', '\u2028', 'x.Y', 'a.b', '‼️', '⁉', '।', '؟', '։', '。', '“Hi”', '– ', '• ', '…', ';', '~', '|');
    fc.assert(
      fc.property(fc.oneof(draftLike, spaced, fc.array(fc.oneof(pieces, dotted), { maxLength: 40 }).map((p) => p.join(' '))), (text) => {
        expect(sentences(text).map((s) => [s.start, s.end])).toEqual(trimmed(text));
      }),
      { numRuns: 3000 },
    );
    // Every space `\s` and String#trim know, the rarer ones too (narrow no-break, medium mathematical, ogham).
    for (const space of ['\u202f', '\u205f', '\u1680', '\u3000', '\ufeff']) {
      const text = `${space}We bake bread.${space} Need a logo!${space}`;
      expect(sentences(text).map((s) => [s.start, s.end]), JSON.stringify(space)).toEqual(trimmed(text));
    }
  });

  it('never end after the characters a line is skipped for', () => {
    const safe = [...Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).filter((ch) => !/[.!?\r\n]/.test(ch)), '’', '‘', '“', '”', '–', '—', '•', '…'];
    for (const ch of safe) {
      expect(MAY_BREAK_INSIDE.test(`a${ch}b`), JSON.stringify(ch)).toBe(false);
      for (const text of [`Abc${ch} Def`, `abc ${ch}Def`, `abc${ch}${ch} Def ghi`]) expect(plainBreaks(text), JSON.stringify(text)).toEqual([text.length]);
    }
  });

  it('end at the text’s end, and give nothing for empty text', () => {
    expect(sentenceBreaks('')).toEqual([]);
    expect(sentenceBreaks('One long sentence without a stop')).toEqual([32]);
  });
});
