/**
 * A phrase in double quotes on its line is mentioned, not used: the same answer for a text of any
 * length (past 10,000 characters the quotes are indexed once instead of read per match).
 */
import { describe, expect, it } from 'vitest';
import { isQuoted } from '../../src/core/text/match';

/** Whether each "etc" in `text` is quoted, in order. */
const quotedEtc = (text: string) => [...text.matchAll(/etc/g)].map((m) => isQuoted(text, m.index, m.index + 3));

describe('isQuoted', () => {
  const line = 'Roles such as "Secretary", "Analyst", etc. The word "etc" is vague; “etc” too.';
  const expected = [false, true, true];

  it('reads the quotes on the match’s line in a short text', () => {
    expect(quotedEtc(line)).toEqual(expected);
    expect(quotedEtc(`"Open quote\n${line}\nclose"`)).toEqual(expected);
  });

  it('gives the same answers in a long text, on one long line or many', () => {
    const oneLine = `${'"a" '.repeat(3_000)}${line} ${'"b" '.repeat(3_000)}`;
    expect(oneLine.length).toBeGreaterThan(10_000);
    expect(quotedEtc(oneLine)).toEqual(expected);
    const manyLines = `${'"x\n'.repeat(5_001)}${line}\n${'y"\n'.repeat(5_001)}`;
    expect(quotedEtc(manyLines)).toEqual(expected);
    // a quote opened on the line and closed only on the next is no quotation
    const unclosed = 'Unclosed "etc\nthen "';
    expect(quotedEtc(unclosed)).toEqual([false]);
    expect(quotedEtc(`${'z\n'.repeat(6_000)}${unclosed}`)).toEqual([false]);
  });
});
