import { describe, expect, it } from 'vitest';
import { nounPhraseStart, quoteEnd } from '../../src/core/text/quote-end';

/** The quote `quoteEnd` makes of `text` when a pattern matched `text[0, matched.length)`. */
const quoted = (text: string, matched: string) => {
  expect(text.startsWith(matched)).toBe(true);
  return text.slice(0, quoteEnd(text, 0, matched.length));
};

describe('where a quote ends', () => {
  it('leaves a quote that ends on a word that does not lead on', () => {
    expect(quoted('We need a logo for our bakery.', 'We need a logo')).toBe('We need a logo');
    expect(quoted('Budget: $300 for the logo', 'Budget: $300')).toBe('Budget: $300');
    // a time's "am", which is no verb
    expect(quoted('IST 7.00 am to 9.00 am will provide 15000 per month', 'IST 7.00 am to 9.00 am')).toBe('IST 7.00 am to 9.00 am');
    expect(quoted('I am happy to help', 'I am')).toBe('I am happy');
  });

  it('carries a quote that ends on an article or a preposition on to the words it leads to', () => {
    expect(quoted('build an MVP for a fitness startup in Berlin', 'build an MVP for a')).toBe('build an MVP for a fitness startup');
    expect(quoted('Share examples of your work when you apply.', 'Share examples of your')).toBe('Share examples of your work');
    expect(quoted('The goal is to cut our support load', 'The goal is')).toBe('The goal is to cut');
    expect(quoted('an app that helps people sleep', 'an app that')).toBe('an app that helps people sleep');
  });

  it('takes four words at most, one space apart, on the quote\'s own line, and no link, address or dash', () => {
    expect(quoted('create an app for the one two three four five', 'create an app for the')).toBe('create an app for the one two three four');
    expect(quoted('an app for the\nnext line', 'an app for the')).toBe('an app for');
    expect(quoted('connect my app to https://example.com today', 'connect my app to')).toBe('connect my app to');
    expect(quoted('send it to jo@example.com', 'send it to')).toBe('send it to');
    expect(quoted('available during - Monday', 'available during')).toBe('available during');
    expect(quoted('an API for Node.js and Postgres', 'an API for')).toBe('an API for Node.js');
  });

  it('drops a trailing conjunction, with an article after it, and an article nothing follows', () => {
    expect(quoted('existing caching implementation and identify gaps', 'existing caching implementation and')).toBe('existing caching implementation');
    expect(quoted('duration of 3-5 months and the option to extend', 'duration of 3-5 months and the')).toBe('duration of 3-5 months');
    expect(quoted('targeting a.', 'targeting a')).toBe('targeting');
    // (a quantifier that also ends a phrase stays)
    expect(quoted('$15 each.', '$15 each')).toBe('$15 each');
    expect(quoted('a page for each room', 'a page for each')).toBe('a page for each room');
    // a possessive leads on to what is owned; a plural with an apostrophe does not
    expect(quoted("We have the first author's permission to use it.", "We have the first author's")).toBe("We have the first author's permission");
    expect(quoted("I have 10 PDF's that I'd like converted.", "I have 10 PDF's")).toBe("I have 10 PDF's");
    // a determiner after a wide gap opens the next sentence
    expect(quoted('Deadline: 6/25 - 5pm    The magazine goes to print', 'Deadline: 6/25 - 5pm    The')).toBe('Deadline: 6/25 - 5pm');
  });

  it('keeps a verb\'s particle and what a quote is when nothing is left', () => {
    expect(quoted("apps you've worked on in the past", "apps you've worked on")).toBe("apps you've worked on");
    expect(quoted('the.', 'the')).toBe('the');
    expect(quoted('talk to you', 'talk to you')).toBe('talk to you');
  });
});

describe('where a quote that starts at a noun starts', () => {
  /** The quote `nounPhraseStart` makes of `text` when a pattern matched from `matched` to the end. */
  const widened = (text: string, matched: string, floor = 0) => text.slice(nounPhraseStart(text, text.lastIndexOf(matched), floor));

  it('takes the words of the phrase before it, back to and through a determiner, four at most', () => {
    expect(widened('Hello!\nReal estate team in Phoenix', 'team in Phoenix')).toBe('Real estate team in Phoenix');
    expect(widened('Maple Ridge is a Boise-based consulting firm specializing', 'firm specializing')).toBe('a Boise-based consulting firm specializing');
    expect(widened('one two three four five six agency', 'agency')).toBe('three four five six agency');
  });

  it('stops at a word that joins, a pronoun, a mark, a line break, an emoji and the quote before', () => {
    expect(widened('We are a growing wind, solar and leasing company seeking', 'company seeking')).toBe('leasing company seeking');
    expect(widened('Who we are: startup looking', 'startup looking')).toBe('startup looking');
    expect(widened('About us\nbakery seeking', 'bakery seeking')).toBe('bakery seeking');
    expect(widened('Tutoring 🏡Land company seeking', 'company seeking')).toBe('company seeking');
    expect(widened('We are a web design agency', 'agency', 'We are a web'.length)).toBe('design agency');
  });

  it('takes no word in lower case before a capital, which starts a sentence whose stop was lost', () => {
    expect(widened('Hybrid: 50% in-office Company is located in Berlin', 'Company is located')).toBe('Company is located in Berlin');
    expect(widened('Job at NYC Startup Looking', 'Startup Looking')).toBe('NYC Startup Looking');
    expect(widened('We are seeking a Power BI specialist', 'BI specialist')).toBe('a Power BI specialist');
  });
});
