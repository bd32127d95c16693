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
