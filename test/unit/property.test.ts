/**
 * The engine never throws on any string, every range lies inside its text, every evidence and
 * `actual` matches its range, and every suggestion applies cleanly.
 * Restructure's properties try 200 drafts; `PROPERTY_RUNS=5000 npx vitest run test/unit/property.test.ts` tries more.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion, restructure } from '../../src/core';

const fragments = fc.constantFrom(
  'ASAP', 'etc.', 'lowest bid wins', 'free sample', 'a@b.co', '+44 20 7946 0958', 'NO TIME WASTERS', '$500', 'within 2 weeks',
  '\n', '\n\n', '- ', '“quoted”', 'مرحبا بالعالم', '👩‍💻', 'e\u0301', '\ud800', '\udc00', '<p>html</p>', '   ', 'portfolio', 'Zoom', 'not',
  // headings: restructure's own, the client's, and one it drops
  '\nHow to apply\n', '\nContext\n', '\nTimeline ', '\nNice to Have:\n', '\nBudget:\n', '\nRough Schedule\n', '1. ', 'We are seeking a designer to build it.',
  '\nWhat We Offer\n', '\nEngagement & Timeline\n', '\nTESTING AND LAUNCH\n', 'Please include in your response:\n', '2.',
  // a list of capitalised items with no bullets, under a line that opens it
  'Features needed:\nUser Login\nProduct Catalog\n',
);
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.oneof(fragments, fc.string({ maxLength: 20 })), { maxLength: 40 }).map((parts) => parts.join(' ')),
);

describe('analyze on arbitrary input', () => {
  it('never throws and keeps every range inside its text', () => {
    fc.assert(
      fc.property(text, text, (title, description) => {
        const draft = { title, description };
        const result = analyze(draft);
        expect(result.score.value).toBeGreaterThanOrEqual(0);
        expect(result.score.value).toBeLessThanOrEqual(100);
        for (const f of result.findings) {
          if (f.range) {
            const source = f.part === 'title' ? title : description;
            expect(f.range.start).toBeGreaterThanOrEqual(0);
            expect(f.range.end).toBeLessThanOrEqual(source.length);
            expect(f.range.start).toBeLessThan(f.range.end);
            expect(source.slice(f.range.start, f.range.end)).toBe(f.actual);
          }
          for (const s of f.suggestions) {
            const applied = applySuggestion(draft, s, { expected: f.actual });
            expect(applied).not.toBeNull();
            if (s.kind === 'edit') {
              const before = s.part === 'title' ? title : description;
              const after = s.part === 'title' ? applied!.title! : applied!.description;
              expect(after).toBe(before.slice(0, s.range.start) + s.text + before.slice(s.range.end));
            }
          }
        }
        for (const item of result.checklist) {
          for (const e of item.evidence) {
            if ('range' in e) expect((e.part === 'title' ? title : description).slice(e.range.start, e.range.end)).toBe(e.text);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('restructure never throws and keeps every word of the description but the headings it replaces', () => {
    fc.assert(
      fc.property(text, (description) => {
        const out = restructure({ description });
        const replaced = out.replacedHeadings.join('\n');
        for (const word of description.match(/[\p{L}\p{N}]{3,}/gu) ?? []) {
          if (!out.description.includes(word)) expect(replaced, word).toContain(word);
        }
        // A replaced heading is a line of the draft: nothing else can go missing that way.
        for (const heading of out.replacedHeadings) expect(description.split('\n').map((l) => l.trim())).toContain(heading);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) },
    );
  });

  it('restructure gives the same draft when run on its own output', () => {
    fc.assert(
      fc.property(text, (description) => {
        const once = restructure({ description }).description;
        expect(restructure({ description: once }).description).toBe(once);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) },
    );
  });

  it('survives non-string input from callers that skip the types', () => {
    for (const bad of [null, undefined, 42, {}, { description: 7 }, { title: ['x'], description: 'ok' }, 'plain string']) {
      expect(() => analyze(bad as never)).not.toThrow();
    }
  });
});
