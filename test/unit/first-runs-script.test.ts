import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from './run-script';

/**
 * `npm run first-runs` as a user runs it, over a corpus folder of posts written for this test under the ids of one real
 * blind set: that each set is judged by an engine from before its labels landed, and what it says on bad input.
 */
const ROOT = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'clearbrief-first-runs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const team = readFileSync(join(ROOT, 'scripts/labels-team.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { id: string; set: string });
const SET = 'AO';
const ids = team.filter((row) => row.set === SET).map((row) => row.id);
// Made-up drafts under the set's ids: the labels are the set's, the text is ours.
writeFileSync(
  join(dir, 'posts.jsonl'),
  [
    { id: ids[0], title: 'Shopify fix', description: 'Our candle shop runs on Shopify. Fix the cart button by Friday. Budget $80 fixed.' },
    { id: ids[1], title: 'Developer', description: 'Need a developer for my project.' },
  ]
    .map((p) => JSON.stringify(p))
    .join('\n') + '\n',
);

const firstRuns = (...args: string[]) => runScript('first-runs.ts', dir, args);

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const shallow = git('rev-parse', '--is-shallow-repository') === 'true';

describe('npm run first-runs', () => {
  it('judges a set with the engine of the commit just before its labels landed (or says it needs the history)', () => {
    const run = firstRuns('--sets', SET);
    if (shallow) {
      // A clone without its history cannot find the commits: a clear message, not a stack trace.
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('is this a clone with its history?');
      return;
    }
    expect(run.status, run.stderr).toBe(0);
    const row = run.stdout.split('\n').find((line) => line.startsWith(`${SET} `));
    expect(row, run.stdout).toBeDefined();
    const [, engine, posts] = row!.trim().split(/\s+/);
    // Two of the set's posts are in this corpus folder.
    expect(posts).toBe('2');
    // The engine's labels file does not hold the set; the commit after it on the way to HEAD does.
    expect(git('show', `${engine}:scripts/labels-team.jsonl`)).not.toContain(`"${ids[0]}"`);
    const next = git('rev-list', '--reverse', '--ancestry-path', `${engine}..HEAD`).split('\n')[0]!;
    expect(git('show', `${next}:scripts/labels-team.jsonl`)).toContain(`"${ids[0]}"`);
    expect(run.stdout).toContain('pooled over 1 sets (2 posts)');
  });

  it('says which engine it could not build, with no stack trace, when a cached engine is broken', () => {
    if (shallow) return; // (the history is needed to find the engine at all: see the test above)
    const engine = git('rev-parse', `${git('log', '--format=%H', '--reverse', '-S', `"${ids[0]}"`, '--', 'scripts/labels-team.jsonl').split('\n')[0]}^`);
    const tmp = join(dir, 'tmp');
    mkdirSync(join(tmp, 'clearbrief-first-runs'), { recursive: true });
    writeFileSync(join(tmp, 'clearbrief-first-runs', `${engine}.mjs`), 'export const = ;\n');
    const run = runScript('first-runs.ts', dir, ['--sets', SET], { TMPDIR: tmp });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`Could not build the engine at ${engine.slice(0, 7)}`);
    expect(run.stderr).not.toContain('    at ');
  });

  it('exits 2 naming a set the labels file does not hold', () => {
    const run = firstRuns('--sets', `${SET},NOPE`);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('No set NOPE in scripts/labels-team.jsonl.');
  });
});
