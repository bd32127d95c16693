import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';

function cli(args: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(args, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), readStdin: () => stdin, color: false });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'clearbrief-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('clearbrief check', () => {
  it('prints findings with line:column, rewrite, checklist and score; exits 1 on an error', () => {
    const path = file('post.txt', 'We need a website.\nLowest bid wins.');
    const { code, out } = cli(['check', path]);
    expect(code).toBe(1);
    expect(out).toMatch(/2:1\s+error\s+"Lowest bid wins" makes price/);
    expect(out).toMatch(/→ Name what you will judge by/);
    expect(out).toMatch(/Checklist:/);
    expect(out).toMatch(/Score \d+\/100/);
    // one error, several warnings: each count reads as English
    expect(out).toMatch(/· 1 error, \d+ warnings, \d+ suggestions$/);
  });

  it('prints a problem found at several places once, with the other places', () => {
    const { out } = cli(['check', '-'], 'You will do the graphic design, the web development, SEO and video editing for our launch.');
    expect(out.match(/One freelancer is asked to cover 4 trades/g)).toHaveLength(1);
    expect(out).toMatch(/1:17\s+warning\s+One freelancer[^\n]*\n\s+also at 1:37, 1:54, 1:62\n/);
  });

  it('restructure prints the post under the headings of a good post, keeping every sentence', () => {
    const { code, out } = cli(['restructure', '-'], 'Budget is $500. We are a small bakery. Build a 5-page website.');
    expect(code).toBe(0);
    expect(out).toMatch(/^Context\nWe are a small bakery\.\n\nScope and deliverables\nBuild a 5-page website\.\n/);
    expect(out).toMatch(/\nBudget and payment\nBudget is \$500\.\n/);
    expect(out).toMatch(/\nCommunication\n\[[^\]]+\]$/);
    expect(cli(['restructure', '-'], 'Job Description:\nBuild a 5-page website.').err).toBe('Left out, as the new headings replace them: "Job Description:"');
    const jsonl = cli(['restructure', '--jsonl', 'drafts.jsonl'], 'unread');
    expect(jsonl.code).toBe(2);
    expect(jsonl.err).toMatch(/restructure reads one post/);
  });

  it('exits 0 when nothing reaches --fail-on', () => {
    expect(cli(['check', '-', '--fail-on', 'error'], 'Build a 5-page website for our bakery.').code).toBe(0);
    expect(cli(['check', '-', '--fail-on', 'warning'], 'Build a 5-page website for our bakery.').code).toBe(1);
  });

  it('prints the engine result with --format json, with the title', () => {
    const { out } = cli(['check', '-', '--format', 'json', '--title', 'Rockstar dev'], 'Build it.');
    const result = JSON.parse(out);
    expect(result.findings.some((f: { ruleId: string; part: string }) => f.ruleId === 'buzzword-title' && f.part === 'title')).toBe(true);
    expect(result.score.value).toBeTypeOf('number');
  });

  it('reads JSON Lines and writes one result per line with its id', () => {
    const path = file('drafts.jsonl', '{"id":"a","title":"T","description":"Lowest bid wins."}\n\n{"id":"b","description":"Fine.","fields":{"budget":"$5"}}\n');
    const { code, out } = cli(['check', '--jsonl', path]);
    const lines = out.split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(code).toBe(1);
  });

  it('exits 2 with a clear message on bad input', () => {
    expect(cli(['check', join(dir, 'missing.txt')])).toMatchObject({ code: 2, err: expect.stringMatching(/cannot read .*missing\.txt: no such file/) });
    const bad = file('bad.jsonl', '{"id":1,"description":"ok"}\n{oops\n');
    expect(cli(['check', '--jsonl', bad])).toMatchObject({ code: 2, err: expect.stringMatching(/invalid JSON on line 2/) });
    expect(cli(['check', '--fail-on', 'fatal'])).toMatchObject({ code: 2, err: expect.stringMatching(/--fail-on must be one of/) });
    expect(cli(['lint'])).toMatchObject({ code: 2, err: expect.stringMatching(/unknown command "lint"/) });
  });
});
