/** Builds the unpacked Chrome extension (dist/chrome) and Firefox extension (dist/firefox). */
import { execFileSync } from 'node:child_process';

for (const browser of ['chrome', 'firefox'] as const) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, BROWSER: browser } });
  console.log(`built dist/${browser}`);
}
