/**
 * Links and web addresses: the checks do not read inside them (a word in a path is no phrase of
 * the client's), except the check that looks for contact details there.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { cutsLink, linkRanges } from '../../src/core/text/links';

const linksOf = (text: string) => linkRanges(text).map((r) => text.slice(r.start, r.end));

describe('links in a text', () => {
  it('finds addresses with a scheme, with www., bare domains and e-mail addresses, without the punctuation after them', () => {
    expect(linksOf('See https://example.com/a?b=1, www.shop.co.uk and Monday.com. Mail owner@example.com!')).toEqual([
      'https://example.com/a?b=1',
      'www.shop.co.uk',
      'Monday.com',
      'owner@example.com',
    ]);
  });

  it('leaves a Markdown link its text: the words in brackets are the client’s', () => {
    expect(linksOf('Payment: [paid per milestone](https://example.com/terms).')).toEqual(['https://example.com/terms']);
  });

  it('finds none in plain prose, abbreviations or versions', () => {
    expect(linksOf('E.g. the U.S. team uses Node.js 18.2, i.e. the LTS.')).toEqual([]);
  });

  it('says whether a range lies inside a link or cuts one, not whether it holds a whole one', () => {
    const links = linkRanges('We plan on Monday.com daily.');
    const at = (s: string) => 'We plan on Monday.com daily.'.indexOf(s);
    expect(cutsLink(links, at('on Monday'), at('on Monday') + 'on Monday'.length)).toBe(true);
    expect(cutsLink(links, at('Monday.com'), at('Monday.com') + 'Monday.com'.length)).toBe(true);
    expect(cutsLink(links, at('plan on Monday.com'), at(' daily'))).toBe(false);
    expect(cutsLink(links, 0, 2)).toBe(false);
  });

  it('decides among many links as one by one would (it finds its place by halving)', () => {
    const text = Array.from({ length: 40 }, (_, i) => `word${i} site${i}.com`).join(' ');
    const links = linkRanges(text);
    expect(links).toHaveLength(40);
    const oneByOne = (start: number, end: number) =>
      links.some((l) => (start > l.start && start < l.end) || (end > l.start && end < l.end) || (start >= l.start && end <= l.end));
    for (let start = 0; start < text.length; start += 3) {
      for (const length of [1, 4, 9, 30]) expect(cutsLink(links, start, start + length), `${start}+${length}`).toBe(oneByOne(start, start + length));
    }
  });
});

describe('the checks and links', () => {
  const findings = (description: string) => analyze({ title: 'x', description }).findings.filter((f) => f.range).map((f) => `${f.ruleId}:${f.actual}`);
  const quotes = (description: string, section: string) => analyze({ description }).checklist.find((c) => c.section === section)!.evidence.map((e) => e.text);

  it('underline no word inside a link, and take none for evidence', () => {
    expect(findings('Make a game like this one: http://example.com/jump-over-stuff.swf. Budget $300 for 3 levels.')).toEqual([]);
    expect(quotes('We track the work on Monday.com and review it together.', 'timeline')).toEqual([]);
    expect(quotes('My old project is at https://github.com/me/portfolio-site. Build a new landing page.', 'samples')).toEqual([]);
  });

  it('still find contact details in an address', () => {
    expect(findings('Send your CV to owner@example.com.')).toContain('off-platform-contact:owner@example.com');
  });
});
