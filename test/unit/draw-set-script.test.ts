import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from './run-script';

/** `npm run draw-set` over a corpus folder of posts written for this test. */
const dir = mkdtempSync(join(tmpdir(), 'clearbrief-draw-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const posts = Array.from({ length: 12 }, (_, i) => ({ id: `t${i}`, title: `Post ${i}`, description: `Draft number ${i}.` }));
writeFileSync(join(dir, 'posts.jsonl'), posts.map((p) => JSON.stringify(p)).join('\n') + '\n');
// t0 and t1 are labelled already (dev labels): never drawn again.
writeFileSync(join(dir, 'labels-dev.jsonl'), ['t0', 't1'].map((id) => JSON.stringify({ id, context: 1 })).join('\n') + '\n');

const draw = (...args: string[]) => runScript('draw-set.ts', dir, args);

const drawn = (stdout: string) => [...stdout.matchAll(/^===== \d+ (\S+)$/gm)].map((m) => m[1]);

describe('npm run draw-set', () => {
  it('draws the same posts for the same seed, none labelled before, each once', () => {
    const first = draw('--seed', '7', '--count', '5');
    expect(first.status, first.stderr).toBe(0);
    const ids = drawn(first.stdout);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    expect(ids).not.toContain('t0');
    expect(ids).not.toContain('t1');
    expect(drawn(draw('--seed', '7', '--count', '5').stdout)).toEqual(ids);
    expect(drawn(draw('--seed', '8', '--count', '5').stdout)).not.toEqual(ids);
    // each post is printed with its title and text, for labelling
    expect(first.stdout).toContain(`TITLE: Post ${ids[0]!.slice(1)}\nDraft number ${ids[0]!.slice(1)}.`);
  });

  it('exits 2 with a message for a missing seed, or more posts than are left', () => {
    const noSeed = draw('--count', '5');
    expect(noSeed.status).toBe(2);
    expect(noSeed.stderr).toContain('Usage: npm run draw-set -- --seed N');
    const tooMany = draw('--seed', '7', '--count', '11');
    expect(tooMany.status).toBe(2);
    expect(tooMany.stderr).toContain('Only 10 unlabelled posts are left');
  });
});
