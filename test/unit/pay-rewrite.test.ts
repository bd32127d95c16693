/**
 * The rewrite offered for a payment moved off the platform fits the sentence it lands in: the means is swapped for the
 * platform and the words around it are kept (it had been one fixed phrase, which gave "I will paid through the
 * platform" and "My through the platform").
 */
import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion } from '../../src/core';

function rewritten(description: string): string[] {
  return analyze({ description })
    .findings.filter((f) => f.ruleId === 'off-platform-contact')
    .flatMap((f) => f.suggestions.filter((s) => s.kind === 'edit').map((s) => applySuggestion({ description }, s, { expected: f.actual })!.description));
}

describe('the rewrite of a payment moved off the platform', () => {
  it.each([
    ['Flyers for my shop. I will pay you $25 via paypal when done.', 'Flyers for my shop. I will pay you $25 through the platform when done.'],
    ['Two music tracks. My preferred payment option: PayPal.', 'Two music tracks. My preferred payment option: through the platform.'],
    ['Bear logo. I will pay fairly, by PayPal preferred.', 'Bear logo. I will pay fairly, through the platform.'],
    ['Art for our novel. We use PayPal for all payments now.', 'Art for our novel. We pay through the platform now.'],
    ['A mail server. I can write a check if you like.', 'A mail server. I can pay through the platform if you like.'],
    ['Web scraper, $80 paid via Wise on delivery.', 'Web scraper, $80 paid through the platform on delivery.'],
    ['Logo. If you prefer payment by other means (ie paypal) we can arrange it.', 'Logo. If you prefer payment through the platform we can arrange it.'],
  ])('%s', (draft, expected) => {
    expect(rewritten(draft)).toContain(expected);
  });

  it('keeps a sentence-initial capital', () => {
    expect(rewritten('Quiz app.\nPreferred payment method: PayPal, please.')).toContain('Quiz app.\nPreferred payment method: through the platform, please.');
  });
});
