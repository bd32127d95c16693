import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from './run-script';

/**
 * `npm run eval` as a user runs it, over a corpus folder of posts written for this test: which rows
 * it judges (`--labels`, `--set`, pooled sets) and what it says on bad input.
 */
const dir = mkdtempSync(join(tmpdir(), 'clearbrief-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const posts = [
  { id: 'p1', title: 'Shopify theme fix', description: 'Our candle shop runs on Shopify. Fix the broken cart button on mobile Safari by Friday. Budget $80 fixed.' },
  { id: 'p2', title: 'Need help', description: 'Looking for someone good. Message me.' },
  { id: 'p3', title: 'Blog articles', description: 'We are a small travel agency. Write 4 blog articles of 1,000 words each about hiking in Wales, within two weeks.' },
  { id: 'p4', title: 'Developer', description: 'Need a developer for my project.' },
];
writeFileSync(join(dir, 'posts.jsonl'), posts.map((p) => JSON.stringify(p)).join('\n') + '\n');
const labels = join(dir, 'labels.jsonl');
writeFileSync(
  labels,
  [
    { id: 'p1', set: 'FX', context: 1, deliverables: 1, vague_scope: 0 },
    { id: 'p2', set: 'FY', context: 0, deliverables: 0, vague_scope: 1 },
    { id: 'p3', set: 'FZ', context: 1, deliverables: 1, vague_scope: 0 },
    { id: 'p4', set: 'FZ', context: 0, deliverables: 0, vague_scope: 1 },
  ]
    .map((row) => JSON.stringify(row))
    .join('\n') + '\n',
);

const evalRun = (...args: string[]) => runScript('eval.ts', dir, args);

/** The confusion counts (pos, neg, TP, FP, FN, TN) eval prints for a check. */
function counts(stdout: string, checkId: string): number[] {
  const line = stdout.split('\n').find((l) => l.startsWith(`${checkId} `));
  expect(line, `no row for ${checkId} in:\n${stdout}`).toBeDefined();
  return line!.trim().split(/\s+/).slice(2, 8).map(Number);
}

describe('npm run eval', () => {
  it('judges every row of a labels file, and only the three checks it labels', () => {
    const run = evalRun('--labels', labels);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('4 labelled posts');
    // Two posts lack context (p2, p4): the check should fire on both.
    expect(counts(run.stdout, 'missing-context').slice(0, 2)).toEqual([2, 2]);
    expect(run.stdout).not.toContain('missing-budget');
  });

  it('pools the sets named with --set A,B and leaves the others out', () => {
    const run = evalRun('--labels', labels, '--set', 'FX,FY');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('2 labelled posts');
    const [pos, neg, tp, fp, fn, tn] = counts(run.stdout, 'vague-scope');
    expect([pos, neg]).toEqual([1, 1]);
    expect(tp! + fp! + fn! + tn!).toBe(2);
    // A set that trained no model: no warning that the figures flatter it.
    expect(run.stdout).not.toContain('trained the models');
  });

  it('judges one set alone', () => {
    const run = evalRun('--labels', labels, '--set', 'FZ');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('2 labelled posts');
    expect(counts(run.stdout, 'missing-deliverables').slice(0, 2)).toEqual([1, 1]);
  });

  /** eval's note on a labels file of one post of `set`: which models it says that post trained. */
  const noteFor = (set: string) => {
    const file = join(dir, `one-${set}.jsonl`);
    writeFileSync(file, JSON.stringify({ id: 'p1', set, context: 1, deliverables: 1, vague_scope: 0 }) + '\n');
    const run = evalRun('--labels', file);
    expect(run.status).toBe(0);
    return /trained the models behind ([^(]*\(\d+\)(?:, [^(]*\(\d+\))*)/.exec(run.stdout)?.[1];
  };

  it('warns when the posts judged trained the models, naming each model they trained', () => {
    expect(noteFor('A')).toBe('missing-context (1), missing-deliverables (1), vague-scope (1)');
    // a blind set trained context and deliverables, not vague scope
    expect(noteFor('M')).toBe('missing-context (1), missing-deliverables (1)');
  });

  it('exits 2 with a message for a set with no rows', () => {
    const run = evalRun('--labels', labels, '--set', 'Q');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('with set "Q"');
  });

  it('exits 2 naming the line of a labels row that is not JSON', () => {
    const broken = join(dir, 'broken.jsonl');
    writeFileSync(broken, '{"id":"p1","set":"X","context":1}\n{"id": "p2",\n');
    const run = evalRun('--labels', broken);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${broken}, line 2: not valid JSON`);
    expect(run.stderr).not.toContain('    at ');
  });
});
