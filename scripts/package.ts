/** Zips dist/chrome and dist/firefox into artifacts/ for the stores (run after the build). */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('manifest.json', 'utf8')) as { version: string };
for (const browser of ['chrome', 'firefox'] as const) {
  const filename = `clearbrief-${browser}-${version}.zip`;
  execFileSync('npx', ['web-ext', 'build', '--source-dir', `dist/${browser}`, '--artifacts-dir', 'artifacts', '--filename', filename, '--overwrite-dest'], { stdio: 'inherit' });
}
