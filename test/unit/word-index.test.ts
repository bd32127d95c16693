/**
 * The first-word index (src/core/text/word-keys.ts, word-index.ts) must never change what a scan
 * finds: a pattern is tried only where one of its first words stands, so a first word the
 * analysis misses would be a silent false negative.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, WARM_UP_DRAFT } from '../../src/core';
import { EXAMPLES } from '../../src/core/examples';
import { forEachMatch, scannedApart, unionsCut, wordIndexMismatches } from '../../src/core/text/match';
import { firstCodeUnits, offsetsOf } from '../../src/core/text/first-chars';
import { CAPITAL_KEY, DIGIT_KEY, exactKey, firstWordKeys, prefixKey, SEPARATOR, wordCode } from '../../src/core/text/word-keys';

const codes = (word: string) => [...word].map((ch) => (ch === ' ' ? SEPARATOR : wordCode(ch.charCodeAt(0))));
const key = (word: string) => exactKey(codes(word));

describe('firstWordKeys', () => {
  it('reads the first words of alternatives, optional words and quantified letters', () => {
    expect(firstWordKeys(String.raw`\b(?:quick|easy)\s+task`, 'gi')).toEqual(new Set([key('quick'), key('easy ')]));
    expect(firstWordKeys(String.raw`\b(?:very\s+)?quick`, 'gi')).toEqual(new Set([key('very '), key('quick')]));
    expect(firstWordKeys(String.raw`\b(?:a|an)\s+interview`, 'gi')).toEqual(new Set([key('a int'), key('an in')]));
    expect(firstWordKeys(String.raw`\be-?mail`, 'gi')).toEqual(new Set([key('e'), key('email')]));
    // Known to five characters: "developers" and "develop" share the key; "dev" alone does not.
    expect(firstWordKeys(String.raw`\bdevelop\w*`, 'gi')).toEqual(new Set([key('devel')]));
    expect(key('developers')).toBe(key('devel'));
    expect(key('dev')).not.toBe(key('devel'));
    expect(firstWordKeys(String.raw`\bui\w*`, 'gi')).toEqual(new Set([prefixKey(codes('ui'))]));
    expect(firstWordKeys(String.raw`\bexp\w*`, 'gi')).toEqual(new Set([prefixKey(codes('exp'))]));
  });

  it('reads on past a short first word into the next: "the goal" is not tried at every "the"', () => {
    expect(firstWordKeys(String.raw`\bthe\s+goal\b`, 'gi')).toEqual(new Set([key('the g')]));
    expect(firstWordKeys(String.raw`\b(?:we|i)['’]?(?:re|m)?\s+(?:are|am)\b`, 'gi')?.has(key('we ar'))).toBe(true);
    // The word alone, then a symbol or spaces and anything.
    expect(firstWordKeys(String.raw`\bthe\b`, 'gi')).toEqual(new Set([key('the'), prefixKey(codes('the '))]));
    // Spaces then a symbol: the text keys the word alone, even when the separator fills the key.
    expect(firstWordKeys(String.raw`\bwill\s+-`, 'gi')).toEqual(new Set([key('will')]));
    expect(firstWordKeys(String.raw`\bwill\s+be`, 'gi')).toEqual(new Set([key('will ')]));
  });

  it('gives one key for any number and, case-sensitively, for any capitalised word', () => {
    expect(firstWordKeys(String.raw`\b\d+\s*words`, 'gi')).toEqual(new Set([DIGIT_KEY]));
    expect(firstWordKeys(String.raw`\b[A-Z][\w-]+ is a`, 'g')).toEqual(new Set([CAPITAL_KEY]));
    // With the "i" flag "[A-Z]" is any letter, and the second character is anything.
    expect(firstWordKeys(String.raw`\b[A-Z][\w-]+ is a`, 'gi')?.has(CAPITAL_KEY)).toBe(false);
  });

  it('says "unknown" when a match may start mid-word, at a symbol or with any word', () => {
    for (const source of [String.raw`quick`, String.raw`\b\s*send`, String.raw`[$€]\d+`, String.raw`\b\w+@`, String.raw`\b.`, String.raw`(?:\bfoo|bar)`]) {
      expect(firstWordKeys(source, 'gi'), source).toBeNull();
    }
    // "ſ" matches "s" and the Kelvin sign "k" under "iu": not in an ASCII index.
    expect(firstWordKeys(String.raw`\bsoon`, 'giu')).toBeNull();
    expect(firstWordKeys('(', 'g')).toBeNull();
  });
});

function forEachMatchStarts(text: string, re: RegExp): number[] {
  const starts: number[] = [];
  forEachMatch(text, [re], (m) => void starts.push(m.start));
  return starts;
}

describe('firstCodeUnits', () => {
  const units = (source: string, flags = 'gi') => firstCodeUnits(source, flags)?.map((u) => String.fromCharCode(u)).join('');
  it('reads the symbols and digits a match must start with, past boundaries and lookarounds', () => {
    expect(units(String.raw`[$€£]\s?\d`)).toBe('$£€');
    expect(units(String.raw`(?:≥|≤|>=|<=)\s*\d+`)).toBe('<>≤≥');
    expect(units(String.raw`\b\/\s?(?:hr|h)\b`)).toBe('/');
    expect(units(String.raw`(?<=\d)\(?\+\d`)).toBe('(+');
    expect(units(String.raw`\b(?:[01]\d|2[0-3])`)).toBe('012');
    expect(units(String.raw`#?\d+`)).toBe('#0123456789');
  });

  it('says "unknown" for a symbol with a case under the "i" flag: "Ⓐ" matches "ⓐ"', () => {
    expect(units('Ⓐ', 'g')).toBe('Ⓐ');
    expect(firstCodeUnits('Ⓐ', 'gi')).toBeNull();
    expect(forEachMatchStarts('xⓐ', /Ⓐ/gi)).toEqual([1]);
  });

  it('says "unknown" for a letter, a space, any character, or a match that may be empty', () => {
    for (const source of [String.raw`\bquick`, String.raw`\s*\$`, String.raw`[^a]`, String.raw`.\d`, String.raw`\w+@`, String.raw`\$?`, String.raw`(?:\$|x)`, String.raw`_\d`, String.raw`\p{Sc}`, '😀']) {
      expect(firstCodeUnits(source, 'giu'), source).toBeNull();
    }
  });

  it('finds the offsets of any of them in order, or gives up when they are too dense to try one by one', () => {
    expect(offsetsOf('a $5 or €6, $7', ['$', '€'])).toEqual([2, 8, 12]);
    expect(offsetsOf('no price', ['$'])).toEqual([]);
    expect(offsetsOf('1'.repeat(1000), ['1'])).toBeNull();
  });
});

/** Regex shapes the checks use: optional lead words, classes, hyphens, digits, lookaheads, capitals. */
const SHAPES = [
  String.raw`\b(?:very\s+|super\s+)?(?:quick|easy|small)\s+(?:task|job|fix)\b`,
  String.raw`\b(?:don'?t|do not)\s+(?:bother|waste (?:my|our) time)\b`,
  String.raw`\b(?:\d[\d,]*|one|two|ten)\+?\s+(?:(?:[\w-]+\s+){0,2})(?:pages?|articles?)\b`,
  String.raw`\b(?:e-?mail|text|call|whats ?app)\s+(?:me|us)\s+(?:at|on)\b`,
  String.raw`\b[A-Z][\w&.()-]+(?:\s+[A-Z][\w&.()-]+){0,3}\s+(?:is|are)\s+(?:a|an)\s+`,
  String.raw`\b(?:portfolios?\b(?!\s+of\s+clients)|samples?)`,
  String.raw`\b(?:ui\/ux|ux|develop\w*|kick-?off)\b`,
  String.raw`\b(?:asap|a\.s\.a\.p\.?|right (?:away|now))(?=\W|$)`,
  String.raw`\b(?:_id|x1|9am)\b`,
  String.raw`\bthe\s+(?:goal|aim)\b`,
  String.raw`\b(?:will|in)\s+-`,
  String.raw`\b(?:we|i)\s*(?:are|am)\b`,
  String.raw`\b(?:in|the)\b.`,
  String.raw`\bwill(?:\s+be)?$`,
  String.raw`\b(?:a|an|the)[ \t]+\w+`,
  // patterns that start at a symbol or digit (first-chars.ts)
  String.raw`[$€]\s?\d+(?:\s*k\b)?`,
  String.raw`\(\s*\d+\s*(?:-|to)\s*\d+\s*years?\s*\)`,
  String.raw`\b\/\s?(?:hr|h)\b`,
  String.raw`(?:≥|<=|>=)\s*\d+`,
  String.raw`\b(?:[01]\d|2[0-3]):?[0-5]\d\b`,
  String.raw`\+\d{1,3}[\s.-]?\d{2,4}`,
];
const WORDS = [
  'quick', 'Quick', 'QUICK', 'very', 'super', 'task', 'job', "don't", 'dont', 'do not', 'bother', 'waste my time', '10', '1,000', 'one', 'ten+',
  'pages', 'articles', 'email', 'e-mail', 'E-Mail', 'whatsapp', 'whats app', 'me', 'us', 'at', 'on', 'Acme', 'Corp', 'is', 'are', 'a', 'an',
  'portfolio', 'portfolios of clients', 'sample', 'UI/UX', 'ux', 'developer', 'kickoff', 'kick-off', 'ASAP', 'a.s.a.p.', 'right away',
  '_id', 'x1', '9am', 'quickly', 'asapx', 'é', 'ſoon', 'K', '—', '.', ',', '\n', '  ', '(', ')', '@', '#', '2nd',
  'the', 'The', 'these', 'goal', 'aim', 'will', 'be', 'in', 'we', 'i', 'am', 'the goal', 'we are', '\u00a0', '\t', 'willing',
  '$', '$5', '€ 20k', '(3-5 years)', '( 2 to 4 year )', '/hr', '50/h', '/ hour', '<=', '>= 3', '≥10', '09:30', '1230', '23:59', '+44', '+1 202', '$$$',
];
const draftText = fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).chain((words) =>
  fc.array(fc.constantFrom(' ', '', '\n', '-', '. ', '  ', '\t', '\u00a0', ' \n '), { minLength: words.length, maxLength: words.length }).map((seps) =>
    words.map((w, i) => w + seps[i]).join(''),
  ),
);

describe('scanning through the word index', () => {
  it('finds exactly what a plain scan of the whole text finds, for every shape of pattern', () => {
    const patterns = SHAPES.map((s) => [new RegExp(s, s.includes('[A-Z]') ? 'g' : 'gi')]);
    fc.assert(
      fc.property(draftText, (text) => {
        for (const [re] of patterns) {
          const indexed: string[] = [];
          forEachMatch(text, [re!], (m) => void indexed.push(`${m.start}-${m.end}`));
          const plain = [...text.matchAll(new RegExp(re!.source, re!.flags))].filter((m) => m[0].length).map((m) => `${m.index}-${m.index + m[0].length}`);
          expect(indexed, `${re} on ${JSON.stringify(text)}`).toEqual(plain);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('finds what a plain scan finds for every built-in check, on every example and on random drafts', () => {
    const texts = Object.values(EXAMPLES)
      .flatMap((table) => [...table.fire, ...table.pass])
      .flatMap((example) => [example.title ?? '', example.description]);
    for (const text of texts) analyze({ description: text }); // make every check's pattern groups
    for (const text of texts) expect(wordIndexMismatches(text), text).toEqual([]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...texts, ...WORDS), { maxLength: 8 }), (parts) => {
        const text = parts.join(' ');
        expect(wordIndexMismatches(text), text).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('finds every match when a text holds too many of a pattern’s first characters to try each (a table of figures)', () => {
    const text = `${'0123 2359 1200 '.repeat(200)}09:30`;
    const found: number[] = [];
    forEachMatch(text, [/\b(?:[01]\d|2[0-3]):[0-5]\d\b/g], (m) => void found.push(m.start));
    expect(found).toEqual([text.length - 5]);
  });

  it('tries a pattern scanned apart in a union of its own, after the main one', () => {
    const text = 'The contact form doesn’t send. Our shop sells tea.';
    const main = /\bour shop\b/gi;
    const apart = scannedApart(/\bform\b(?=\s+doesn)/gi);
    const overlapping = /\bcontact form\b/gi;
    const found: string[] = [];
    forEachMatch(text, [apart, main, overlapping], (m) => void found.push(`${m.pattern}@${m.start}`));
    // the main union first, in text order; then the pattern apart, which a match of the main union
    // around it does not hide (in one union the earlier match would have)
    expect(found).toEqual(['2@4', '1@31', '0@12']);
  });

  it('cuts no built-in check\'s union: each stays under the length V8 optimises (pieces cost tries of their own)', () => {
    analyze(WARM_UP_DRAFT);
    for (const table of Object.values(EXAMPLES)) for (const example of [...table.fire, ...table.pass]) analyze(example);
    expect(unionsCut().filter((source) => !source.includes('x'.repeat(3500)))).toEqual([]);
  });

  it('finds in a union cut in pieces for its length what the whole union finds: earlier patterns win, matches never overlap', () => {
    // each pattern over 3,500 characters, so six make a union longer than V8 optimises and it is cut in two
    const long = (source: string) => new RegExp(`${source}(?!${'x'.repeat(3500)})`, 'gi');
    const patterns = [
      long(String.raw`\bcontact form\b`),
      long(String.raw`\bour shop sells\b`),
      long(String.raw`\btea\b`),
      long(String.raw`\bzebracorn\b`),
      // in the second piece: inside the first piece's "contact form", and at the start of its "Our shop sells"
      long(String.raw`\bform doesn`),
      long(String.raw`\bour shop\b`),
    ];
    const text = 'The contact form doesn’t send. Our shop sells tea. Our shop.';
    const found: string[] = [];
    forEachMatch(text, patterns, (m) => void found.push(`${m.pattern}:${text.slice(m.start, m.end)}`));
    expect(found).toEqual(['0:contact form', '1:Our shop sells', '2:tea', '5:Our shop']);
  });

  it('sees a pattern group added after a text was indexed (a custom rule saved mid-session)', () => {
    const text = 'Zebracorn migration, then zebracorn testing.';
    forEachMatch(text, [/\bmigration\b/gi], () => {});
    const found: number[] = [];
    forEachMatch(text, [/\bzebracorn\b/gi], (m) => void found.push(m.start));
    expect(found).toEqual([0, 26]);
  });
});
