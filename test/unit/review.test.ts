/**
 * The popup's review of a draft, rendered to HTML in Node (preact-render-to-string): what it says
 * about the checklist's evidence. The popup itself is exercised in Chromium by test/browser.
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import type { Evidence } from '../../src/core';
import { Review } from '../../src/ui/Review';

function contextRow(evidence: Evidence[]): string {
  const analysis = analyze({ description: 'We bake bread. Make a logo.' });
  const context = analysis.checklist.find((c) => c.section === 'context')!;
  context.status = 'met';
  context.evidence = evidence;
  const html = renderToString(h(Review, { analysis, actions: { apply: () => {} } }));
  return /<li class="check met" data-section="context">.*?<\/li>/s.exec(html)?.[0] ?? '';
}

describe('the review’s checklist evidence', () => {
  it('says when a sentence was judged from the wording rather than a phrase that matched', () => {
    const judged = contextRow([{ part: 'description', range: { start: 0, end: 14 }, text: 'We bake bread.', judged: true }]);
    expect(judged).toContain('judged from the wording, e.g. “We bake bread.”');
    const matched = contextRow([{ part: 'description', range: { start: 0, end: 14 }, text: 'We bake bread.' }]);
    expect(matched).toContain('“We bake bread.”');
    expect(matched).not.toContain('judged');
  });
});

describe('the review’s findings', () => {
  const draft = { description: 'You will do the graphic design, the web development, SEO and video editing for our launch.' };

  it('lists a problem found at several places once, naming each place', () => {
    const analysis = analyze(draft);
    expect(analysis.findings.filter((f) => f.ruleId === 'one-stop-shop')).toHaveLength(4);
    const html = renderToString(h(Review, { analysis, actions: { apply: () => {}, reveal: () => {} } }));
    const rows = html.match(/<li class="finding warning" data-rule="one-stop-shop">.*?<\/li>/gs) ?? [];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.match(/One freelancer is asked/g)).toHaveLength(1);
    for (const place of ['graphic design', 'web development', 'SEO', 'video editing']) expect(rows[0]).toContain(`“${place}”`);
  });

  it('keeps apart findings whose rewrites edit their own place', () => {
    const analysis = analyze({ description: 'Fix some bugs and some bugs again, ASAP. Then ASAP again.' });
    const html = renderToString(h(Review, { analysis, actions: { apply: () => {} } }));
    expect(html.match(/data-rule="asap-deadline"/g)).toHaveLength(2);
  });
});

describe('what each fix is worth', () => {
  const gains = (html: string) => [...html.matchAll(/<span class="gain">\+(\d+)<\/span> (?:add|fix) ([^<]+)<\/li>/g)].map((m) => [m[2], Number(m[1])]);

  it('shows what each fix adds to the total when the score is held at 0', () => {
    const analysis = analyze({ description: 'Rockstar needed ASAP. Lowest bid wins, cheapest only. No time wasters! Free test task first. WhatsApp me.' });
    expect(analysis.score.value).toBe(0);
    const below = -analysis.score.lines.reduce((sum, l) => sum + l.points, 0);
    expect(below).toBeGreaterThan(20);
    const html = renderToString(h(Review, { analysis, actions: { apply: () => {} } }));
    expect(html).toContain(`The draft is ${below} points below 0`);
    // every missing section at its full points, not the 0 one fix alone would show
    const shown = new Map(gains(html).map(([label, n]) => [label, n]));
    for (const item of analysis.checklist.filter((c) => c.status === 'missing')) expect(shown.get(item.label)).toBe(item.points);
    expect(shown.get('Price as the only criterion ×2')).toBe(30);
  });

  it('shows what each fix adds to the score itself when the score is above 0, each check by its name', () => {
    const analysis = analyze({ description: 'We are a bakery in Leeds. Build a 3-page site by June 3. Budget $500. Lowest bid wins.' });
    expect(analysis.score.value).toBeGreaterThan(0);
    const html = renderToString(h(Review, { analysis, actions: { apply: () => {} } }));
    expect(html).not.toContain('points below 0');
    expect(gains(html)).toEqual([
      ['Samples', 15],
      ['Price as the only criterion', 15],
      ['Acceptance criteria', 10],
      ['Communication', 10],
      ['Too short', 8],
    ]);
  });
});
