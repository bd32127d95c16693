/** Every marketplace adapter is registered, documented with pages to try by hand, and matches them. */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterFor, isPracticePage } from '../../src/content/adapters';

const files = readdirSync(resolve(__dirname, '../../src/content/adapters')).filter((f) => !['index.ts', 'types.ts', 'generic.ts'].includes(f));

describe('site adapters', () => {
  it('registers one adapter per file', () => {
    expect(ADAPTERS.map((a) => `${a.id === 'peopleperhour' ? 'peopleperhour' : a.id}.ts`).sort()).toEqual(files.sort());
  });

  for (const adapter of ADAPTERS) {
    it(`${adapter.id}: has selectors and test URLs, and its test URLs choose it`, () => {
      expect(adapter.description.length).toBeGreaterThan(0);
      expect(adapter.testUrls.length).toBeGreaterThan(0);
      for (const url of adapter.testUrls) expect(adapterFor(new URL(url)).id).toBe(adapter.id);
      for (const selector of [...adapter.title, ...adapter.description]) expect(selector.trim()).not.toBe('');
    });
  }

  it('uses the generic adapter elsewhere, and the named one on practice pages', () => {
    expect(adapterFor(new URL('https://example.com/jobs/new')).id).toBe('generic');
    expect(adapterFor(new URL('https://www.upwork.com/freelancers/settings')).id).toBe('generic');
    expect(adapterFor(new URL('http://127.0.0.1:8080/clearbrief-practice/wizard.html?adapter=upwork')).id).toBe('upwork');
    expect(isPracticePage(new URL('http://evil.example/clearbrief-practice/'))).toBe(false);
  });
});
