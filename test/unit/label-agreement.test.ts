import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { labelAgreement } from '../../scripts/label-agreement';

/** Two labellings of the same posts compared (`npm run label-agreement`): the ceiling a check can reach against one labeller. */
const first = [
  { id: 'a', set: 'M', context: 1, deliverables: 1, vague_scope: 0 },
  { id: 'b', set: 'M', context: 0, deliverables: 0, vague_scope: 1 },
  { id: 'c', set: 'M', context: 1, deliverables: 0, vague_scope: 1 },
  { id: 'd', set: 'M', context: 0, deliverables: 1, vague_scope: 0, timeline: 1 },
  { id: 'only-in-first', set: 'M', context: 1, deliverables: 1, vague_scope: 1 },
];
const second = [
  { id: 'd', set: 'retest', context: 0, deliverables: 1, vague_scope: 0 },
  { id: 'c', set: 'retest', context: 1, deliverables: 1, vague_scope: 1 },
  { id: 'b', set: 'retest', context: 0, deliverables: 0, vague_scope: 1 },
  { id: 'a', set: 'retest', context: 1, deliverables: 1, vague_scope: 0 },
];

describe('labelAgreement', () => {
  const byLabel = new Map(labelAgreement(first, second).map((c) => [c.label, c]));

  it('compares only the 0/1 labels both files hold, over the posts both label', () => {
    // "set" is not an answer, and timeline is in one file only.
    expect([...byLabel.keys()].sort()).toEqual(['context', 'deliverables', 'vague_scope']);
    expect(byLabel.get('context')!.posts).toBe(4);
  });

  it('gives kappa 1 where the two never part, and names the posts where they do', () => {
    expect(byLabel.get('context')).toMatchObject({ agreement: 1, kappa: 1, parted: [] });
    const deliverables = byLabel.get('deliverables')!;
    expect(deliverables.counts).toEqual({ both: 2, onlyA: 0, onlyB: 1, neither: 1 });
    expect(deliverables.agreement).toBe(0.75);
    expect(deliverables.kappa).toBeCloseTo(0.5, 5);
    expect(deliverables.parted).toEqual(['c']);
  });
});

describe('npm run label-agreement', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearbrief-agreement-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, rows: object[]) => {
    const path = join(dir, name);
    writeFileSync(path, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
    return path;
  };
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/label-agreement.ts', ...args], { cwd: resolve(__dirname, '../..'), encoding: 'utf8' });

  it('prints each label’s counts, agreement, kappa and the posts where the two part', () => {
    const out = run(write('first.jsonl', first), write('second.jsonl', second));
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('deliverables   4 posts: 1 in both 2, only A 0, only B 1, 0 in both 1; agreement 0.750, kappa 0.500');
    expect(out.stdout).toContain('  parted on: c');
  });

  it('says what is wrong, with exit status 2, when it has not two files or they share no post', () => {
    expect(run(write('one.jsonl', first)).status).toBe(2);
    const none = run(write('a.jsonl', first), write('b.jsonl', [{ id: 'z', context: 1 }]));
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('share no labelled post');
  });

  it('names the line of a labels file that is not JSON', () => {
    const broken = join(dir, 'broken.jsonl');
    writeFileSync(broken, '{"id": "a", "context": 1}\n{not json\n');
    const out = run(broken, write('ok.jsonl', second));
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('line 2: not valid JSON');
  });
});
