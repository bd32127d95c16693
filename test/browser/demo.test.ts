/**
 * `npm run demo -- --headless`, the README's run command on a machine without a display: the built
 * extension on the practice composer, a summary of what it found, and a screenshot.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from './harness';

const root = resolve(__dirname, '../..');

describe.runIf(browserAvailable())('the demo', () => {
  it("reports the practice draft's score and findings once they are checked, and writes the screenshot", () => {
    const screenshot = resolve(root, 'artifacts/demo.png');
    rmSync(screenshot, { force: true });
    // (the script itself, not `npm run demo`: `npm test` has built the extension already)
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', '--headless'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    // Read before the first answer, the badge has no score yet and the line said "null".
    const summary = /score (\d+)\/100, (\d+) findings/.exec(run.stdout);
    expect(summary, run.stdout).not.toBeNull();
    expect(Number(summary![2])).toBeGreaterThan(0);
    expect(run.stdout).toContain(`Screenshot written to ${screenshot}`);
    expect(existsSync(screenshot) && statSync(screenshot).size).toBeGreaterThan(10_000);
  });
});
