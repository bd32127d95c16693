#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so `npx clearbrief` needs no separate build step.
import { readFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { run } = await import(new URL('../src/cli/main.ts', import.meta.url).href);
process.exitCode = run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(`${s}\n`),
  stderr: (s) => process.stderr.write(`${s}\n`),
  readStdin: () => readFileSync(0, 'utf8'),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
});
