/** The engine's small hand-written helpers hold to the built-ins they stand in for. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { format } from '../../src/core/rule';
import { shownEvidence } from '../../src/core/rules/section-helpers';
import { Doc } from '../../src/core/text/doc';
import { RULE_ID } from '../../src/core/custom/validate';
import { compareIds, sortInPlace } from '../../src/core/sort';
import { allMatches, isNegated } from '../../src/core/text/match';
import { oneOf } from '../../src/core/text/vocab';

describe('format', () => {
  const reference = (template: string, data: Record<string, string>) => template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => data[name] ?? whole);
  const pieces = fc.constantFrom('{{', '}}', '{', '}', ' ', 'count', 'name', 'x', '{{count}}', '{{ name }}', '{{unknown}}', 'a b', '\n');
  const template = fc.array(pieces, { maxLength: 12 }).map((p) => p.join(''));

  it('fills placeholders as a replace over \\{\\{\\s*(\\w+)\\s*\\}\\} does', () => {
    fc.assert(
      fc.property(template, fc.string({ maxLength: 5 }), (t, value) => {
        const data = { count: value, name: `<${value}>` };
        expect(format(t, data)).toBe(reference(t, data));
      }),
      { numRuns: 2000 },
    );
  });
  it('leaves unknown names and text without placeholders as they are', () => {
    expect(format('{{{count}}} of {{ missing }}', { count: '3' })).toBe('{3} of {{ missing }}');
    expect(format('no placeholder', {})).toBe('no placeholder');
  });
});

describe('sortInPlace', () => {
  it('orders as a stable Array#sort does, short or long', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), id: fc.nat() }), { maxLength: 40 }), (items) => {
        const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
        expect(sortInPlace([...items], byKey)).toEqual([...items].sort(byKey));
      }),
    );
  });
});

describe('compareIds', () => {
  it('orders rule ids as localeCompare does, for every id a rule may have', () => {
    const id = fc.stringMatching(RULE_ID, { maxLength: 12 });
    fc.assert(
      fc.property(id, id, (a, b) => {
        expect(Math.sign(compareIds(a, b))).toBe(Math.sign(a.localeCompare(b)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('allMatches', () => {
  it('finds what matchAll finds, empty matches and surrogate pairs included', () => {
    const patterns = [/a+/g, /b*/g, /(?:)/gu, /\p{L}*/gu, /x/];
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom(...patterns), (text, re) => {
        const ours = allMatches(re, text).map((m) => [m.index, m[0]]);
        const theirs = re.global ? [...text.matchAll(re)].map((m) => [m.index, m[0]]) : [text.match(re)].filter((m) => m).map((m) => [m!.index, m![0]]);
        expect(ours).toEqual(theirs);
        expect(re.lastIndex).toBe(0);
      }),
    );
  });
});

describe('oneOf', () => {
  it('groups words by first letter and keeps every match of the plain alternation', () => {
    const word = fc.constantFrom('a', 'an', 'app', 'apps?', 'api', 'b', 'bot', 'bots?', 'set-?up', 's?tore', 'store', 'stores', 'sh', 'shop', '\\d+', '(?:x|y)z', '[st]ack', 'stack');
    const text = fc.array(fc.constantFrom('a', 'an', 'app', 'apps', 'api', 'b', 'bot', 'bots', 'setup', 'set-up', 'tore', 'store', 'stores', 'shop', 'stack', 'tack', '12', 'xz', 'yz', ' ', '-'), { maxLength: 12 }).map((w) => w.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), text, (words, t) => {
        const plain = new RegExp(`(?:${words.join('|')})`, 'g');
        const grouped = new RegExp(oneOf(words.join('|')), 'g');
        expect(allMatches(grouped, t).map((m) => [m.index, m[0]])).toEqual(allMatches(plain, t).map((m) => [m.index, m[0]]));
      }),
      { numRuns: 3000 },
    );
  });
  it('factors what it can', () => {
    expect(oneOf('company|client|startup|shop|(?<!x)set|site')).toBe('(?:c(?:ompany|lient)|s(?:tartup|hop)|(?<!x)set|site)');
  });
});

describe('shownEvidence', () => {
  const doc = new Doc({ title: 'Fix the menu', description: 'abcdefghijklmnopqrstuvwxyz' });
  const piece = (start: number, end: number, part: 'title' | 'description' = 'description') => ({ part, range: { start, end }, text: doc.text(part).slice(start, end) });

  it('shows overlapping quotes of a part as one, in the place of the first, and leaves the rest', () => {
    const shown = shownEvidence(doc, [{ field: 'budget', text: '$500' }, piece(0, 4, 'title'), piece(2, 6), piece(4, 9), piece(20, 24)]);
    expect(shown.map((e) => e.text)).toEqual(['$500', 'Fix ', 'cdefghi', 'uvwx']);
  });

  it('joins quotes a joined quote reaches, however they come', () => {
    expect(shownEvidence(doc, [piece(0, 5), piece(10, 15), piece(4, 11)]).map((e) => ('range' in e ? e.range : null))).toEqual([{ start: 0, end: 15 }]);
    expect(shownEvidence(doc, [piece(10, 15), piece(0, 5), piece(4, 11)]).map((e) => e.text)).toEqual(['abcdefghijklmno']);
  });
});

describe('isNegated', () => {
  const at = (text: string, phrase: string) => isNegated(text, text.indexOf(phrase), 25);
  it('reads a negation in the clause before a match as a denial', () => {
    expect(at('We are not looking for the cheapest bid.', 'cheapest')).toBe(true);
    expect(at('There is no deadline for this.', 'deadline')).toBe(true);
  });
  it('reads a negation that caps what follows as no denial', () => {
    expect(at('The work should not exceed 2 weeks.', '2 weeks')).toBe(false);
    expect(at('It shouldn’t take longer than 1 hour.', 'take longer')).toBe(false);
    expect(at('It shouldn’t take 1-2 months.', 'take 1-2')).toBe(false);
    expect(at('Keep the total cost to not exceed USD 10,000.', 'USD')).toBe(false);
    expect(at('We can’t pay more than $500.', '$500')).toBe(false);
    expect(at('I want it done no later than the end of June.', 'later than')).toBe(false);
  });
  it('reads a negation of a worry as no denial', () => {
    expect(at('I have no problem paying some up front.', 'paying')).toBe(false);
  });
});
