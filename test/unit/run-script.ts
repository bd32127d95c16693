import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * A script of `scripts/` run as `npm run` runs it, from the repository's root, reading the corpus folder given (and any
 * other environment variables given: `TMPDIR` to give it a cache folder of the test's own).
 */
export function runScript(script: string, corpusDir: string, args: string[] = [], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}`, ...args], {
    cwd: resolve(__dirname, '../..'),
    env: { ...process.env, CLEARBRIEF_CORPUS: corpusDir, ...env },
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
