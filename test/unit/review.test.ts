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
