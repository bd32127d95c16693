/**
 * Reads the real-post corpus from ../shared/corpus at run time. Its text is never copied into
 * this repository; tools that need it skip cleanly when the folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DraftFields } from '../src/core';

export interface CorpusPost {
  id: string;
  site?: string;
  title: string;
  description: string;
  fields?: DraftFields;
}

const here = dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = resolve(process.env.CLEARBRIEF_CORPUS ?? resolve(here, '../../shared/corpus'));

export function corpusAvailable(): boolean {
  return existsSync(resolve(CORPUS_DIR, 'posts.jsonl'));
}

export function readJsonl<T>(file: string): T[] {
  const path = resolve(CORPUS_DIR, file);
  if (!existsSync(path)) return [];
  const rows: T[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        rows.push(JSON.parse(line) as T);
      } catch (error) {
        // Say where: a labels file edited by hand is the usual culprit.
        throw new Error(`${path}, line ${i + 1}: not valid JSON (${(error as Error).message})`);
      }
    });
  return rows;
}

/** What `run` returns, or its error's message and exit status 2: a script's answer to bad input (a labels line that is not JSON, a set with no posts), never a stack trace. */
export function orExit<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}

export function allPosts(): CorpusPost[] {
  return [...readJsonl<CorpusPost>('posts.jsonl'), ...readJsonl<CorpusPost>('posts-more.jsonl')];
}
