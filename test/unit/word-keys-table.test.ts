/**
 * The first-word key table spares a fresh engine parsing every built-in pattern. A table out of
 * date is only slower (a pattern missing from it is parsed as before), but it must never give a
 * pattern keys its source does not: these tests hold it to a fresh reading of every pattern.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderTable, TABLE_FILE, tabulate } from '../../scripts/word-keys-table';
import { patternTableKey } from '../../src/core/text/match';

describe('the first-word key table', () => {
  it('is up to date with the built-in checks’ patterns (run `npm run gen:word-keys` after changing one)', () => {
    expect(readFileSync(TABLE_FILE, 'utf8')).toBe(renderTable(tabulate()));
  });

  it('keys a pattern by its flags and source, not by either alone', () => {
    const key = patternTableKey(String.raw`\bdeliverables?\b`, 'gi');
    expect(patternTableKey(String.raw`\bdeliverables?\b`, 'gi')).toBe(key);
    expect(patternTableKey(String.raw`\bdeliverables?\b`, 'g')).not.toBe(key);
    expect(patternTableKey(String.raw`\bdeliverable\b`, 'gi')).not.toBe(key);
  });
});
