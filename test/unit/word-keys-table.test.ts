/**
 * The first-word key table spares a fresh engine parsing every built-in pattern. A table out of
 * date is only slower (a pattern missing from it is parsed as before), but it must never give a
 * pattern keys its source does not: these tests hold it to a fresh reading of every pattern.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderTable, TABLE_FILE, tabulate } from '../../scripts/word-keys-table';
import { patternTableKey, recordAnalysedPatterns } from '../../src/core/text/match';

// (read once: a pattern is analysed at its first use in a process, and only then recorded)
const table = tabulate();
const sources = recordAnalysedPatterns();

describe('the first-word key table', () => {
  it('is up to date with the built-in checks’ patterns (run `npm run gen:word-keys` after changing one)', () => {
    expect(readFileSync(TABLE_FILE, 'utf8')).toBe(renderTable(table));
  });

  it('lets every built-in pattern be tried only where its first word or character stands, but two that must read everywhere', () => {
    // A pattern the index cannot see is run over the whole text from every position. One that began with a lookbehind,
    // "(?<=\bshould\s+)beat", was: +7.4% of the engine's instructions, for a pattern that matched no corpus post.
    // (the characters table holds the patterns whose first words are unknown)
    const unseen = [...table.units].filter(([, first]) => first === null).map(([id]) => sources.units.get(id)!.source.slice(0, 15));
    // an e-mail address (it may start with any word character), and a task at the title's start (anchored: tried once)
    expect(unseen.sort()).toEqual([String.raw`[\w.+-]+(?:@(?:`, String.raw`^\s*(?:(?:c(?:o`]);
  });

  it('keys a pattern by its flags and source, not by either alone', () => {
    const key = patternTableKey(String.raw`\bdeliverables?\b`, 'gi');
    expect(patternTableKey(String.raw`\bdeliverables?\b`, 'gi')).toBe(key);
    expect(patternTableKey(String.raw`\bdeliverables?\b`, 'g')).not.toBe(key);
    expect(patternTableKey(String.raw`\bdeliverable\b`, 'gi')).not.toBe(key);
  });
});
