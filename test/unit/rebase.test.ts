import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { rebaseAnalysis, textEdit } from '../../src/core/rebase';

describe('textEdit', () => {
  it('finds the one changed stretch between two texts', () => {
    expect(textEdit('abc', 'abc')).toBeNull();
    expect(textEdit('hello world', 'hello big world')).toEqual({ start: 6, oldEnd: 6, newEnd: 10 });
    expect(textEdit('hello big world', 'hello world')).toEqual({ start: 6, oldEnd: 10, newEnd: 6 });
    expect(textEdit('aaa', 'aaaa')).toEqual({ start: 3, oldEnd: 3, newEnd: 4 });
    expect(textEdit('', 'x')).toEqual({ start: 0, oldEnd: 0, newEnd: 1 });
  });
});

describe('rebaseAnalysis carries findings over an edit made while they were computed', () => {
  const before = { title: '', description: 'Need it ASAP. We want a cheap website.\n' };
  const analysis = analyze(before);
  const asap = () => analysis.findings.find((f) => f.ruleId === 'asap-deadline')!;

  it('keeps findings before the edit where they are', () => {
    const after = { title: '', description: `${before.description}More words typed at the end.` };
    const moved = rebaseAnalysis(analysis, before, after).findings.find((f) => f.ruleId === 'asap-deadline')!;
    expect(moved.range).toEqual(asap().range);
    expect(after.description.slice(moved.range!.start, moved.range!.end)).toBe(moved.actual);
  });

  it('moves findings after the edit, with their rewrites, onto the same text', () => {
    const after = { title: '', description: `Hello. ${before.description}` };
    const rebased = rebaseAnalysis(analysis, before, after);
    for (const f of rebased.findings.filter((f) => f.range)) {
      expect(after.description.slice(f.range!.start, f.range!.end)).toBe(f.actual);
      for (const s of f.suggestions) if (s.kind === 'edit') expect(s.range.start).toBeGreaterThanOrEqual(7);
    }
    expect(rebased.findings.filter((f) => f.range)).toHaveLength(analysis.findings.filter((f) => f.range).length);
  });

  it('drops a finding whose text the edit touched, and one a letter was typed against', () => {
    const [start, end] = [asap().range!.start, asap().range!.end];
    const inside = { title: '', description: `${before.description.slice(0, start + 2)}x${before.description.slice(start + 2)}` };
    expect(rebaseAnalysis(analysis, before, inside).findings.some((f) => f.ruleId === 'asap-deadline')).toBe(false);
    const against = { title: '', description: `${before.description.slice(0, end)}x${before.description.slice(end)}` };
    expect(rebaseAnalysis(analysis, before, against).findings.some((f) => f.ruleId === 'asap-deadline')).toBe(false);
    // A space or punctuation next to it leaves the word as it was.
    const spaced = { title: '', description: `${before.description.slice(0, end)} ${before.description.slice(end)}` };
    expect(rebaseAnalysis(analysis, before, spaced).findings.some((f) => f.ruleId === 'asap-deadline')).toBe(true);
  });

  it('keeps document findings and returns the analysis itself when nothing changed', () => {
    expect(rebaseAnalysis(analysis, before, before)).toBe(analysis);
    const after = { title: 'New title', description: before.description };
    const rebased = rebaseAnalysis(analysis, before, after);
    expect(rebased.findings.filter((f) => !f.range).map((f) => f.ruleId)).toEqual(analysis.findings.filter((f) => !f.range).map((f) => f.ruleId));
  });
});
