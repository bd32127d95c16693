/**
 * The content script's size in a build, read from the manifest and the chunks' imports; used by
 * the browser benchmark (which prints it) and the build test (which holds it to the limit).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Minified bytes the content script may load in all: it runs on every composer page. */
export const CONTENT_SCRIPT_LIMIT = 60 * 1024;

/**
 * The content script's code: what every composer page parses (the loader, the entry and its
 * static imports) and what loads only once a composer is found (dynamic imports).
 */
export function contentScriptBytes(DIST: string): { initial: string[]; lazy: string[]; initialBytes: number; lazyBytes: number; gzip: number } {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ js: string[] }> };
  const read = (f: string) => readFileSync(join(DIST, f), 'utf8');
  const staticDeps = (f: string) => [...read(f).matchAll(/from\s*["'`](\.\/[^"'`]+\.js)["'`]/g)].map((m) => join(dirname(f), m[1]!));
  const dynamicDeps = (f: string) => [
    ...[...read(f).matchAll(/getURL\(\s*["'`]([^"'`]+\.js)["'`]/g)].map((m) => m[1]!),
    ...[...read(f).matchAll(/import\(\s*["'`](\.\/[^"'`]+\.js)["'`]/g)].map((m) => join(dirname(f), m[1]!)),
  ];
  const closure = (roots: string[], follow: (f: string) => string[], seen = new Set<string>()) => {
    const queue = [...roots];
    while (queue.length) {
      const f = queue.shift()!;
      if (seen.has(f)) continue;
      seen.add(f);
      queue.push(...follow(f));
    }
    return seen;
  };
  const loader = manifest.content_scripts[0]!.js;
  // The loader's import of the entry is dynamic in form but unconditional.
  const entry = loader.flatMap((f) => dynamicDeps(f));
  const initial = closure([...loader, ...entry], staticDeps);
  const lazyRoots = [...initial].flatMap((f) => (loader.includes(f) ? [] : dynamicDeps(f)));
  // Everything the content script can ever load, however rarely: static and dynamic imports alike.
  const lazySet = closure(lazyRoots, (f) => [...staticDeps(f), ...dynamicDeps(f)]);
  const lazy = [...lazySet].filter((f) => !initial.has(f));
  const size = (files: Iterable<string>) => [...files].reduce((n, f) => n + readFileSync(join(DIST, f)).length, 0);
  const all = Buffer.concat([...initial, ...lazy].map((f) => readFileSync(join(DIST, f))));
  return { initial: [...initial], lazy, initialBytes: size(initial), lazyBytes: size(lazy), gzip: gzipSync(all).length };
}

