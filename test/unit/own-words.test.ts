import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/core/examples';
import { allPosts, corpusAvailable, readJsonl, type CorpusPost } from '../../scripts/corpus';

/**
 * The corpus is for evaluation only: its text is never copied into the repository. Rule examples are where a copy
 * would slip in (a rule is written for a post's wording), and after them the comments and notes that say which
 * wording a rule was written for. Thirty characters is about six words: long enough that a match is a copied
 * passage, not a stock phrase a rule reads.
 */
const LONGEST_SHARED = 30;

const ROOT = resolve(__dirname, '../..');
/** What the project writes: source, tests, scripts, fixture pages and docs (not the lock file or label ids). */
const WRITTEN = /\.(?:ts|tsx|mts|mjs|js|html|css|md)$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'release', '.git', 'coverage']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED_DIRS.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return WRITTEN.test(entry.name) ? [path] : [];
  });
}

/**
 * Every window of `LONGEST_SHARED` characters of the corpus, hashed, sorted: a passage is looked up by its first
 * window in a binary search, and only a hit is confirmed against the text (`includes` over 7 MB for each of some
 * 20,000 passages took 17 s; this takes about 1).
 */
const BASE = 131;

class CorpusWindows {
  private readonly hashes: Uint32Array;
  constructor(private readonly text: string) {
    const count = Math.max(0, text.length - LONGEST_SHARED + 1);
    this.hashes = new Uint32Array(count);
    let hash = 0;
    let drop = 1; // BASE ** (LONGEST_SHARED - 1), to take the leaving character out of the rolling hash
    for (let i = 0; i < LONGEST_SHARED - 1; i++) drop = Math.imul(drop, BASE);
    for (let i = 0; i < text.length; i++) {
      if (i >= LONGEST_SHARED) hash = (hash - Math.imul(text.charCodeAt(i - LONGEST_SHARED), drop)) | 0;
      hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) | 0;
      if (i >= LONGEST_SHARED - 1) this.hashes[i - LONGEST_SHARED + 1] = hash >>> 0;
    }
    this.hashes.sort();
  }

  has(passage: string): boolean {
    if (passage.length < LONGEST_SHARED) return false;
    let hash = 0;
    for (let i = 0; i < LONGEST_SHARED; i++) hash = (Math.imul(hash, BASE) + passage.charCodeAt(i)) | 0;
    const wanted = hash >>> 0;
    let low = 0;
    let high = this.hashes.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.hashes[mid]! < wanted) low = mid + 1;
      else high = mid;
    }
    return this.hashes[low] === wanted && this.text.includes(passage);
  }
}

/** Built once for the three tests (reading and hashing the 7 MB corpus is most of their time). */
let windows: CorpusWindows | undefined;
function corpusWindows(): CorpusWindows {
  windows ??= new CorpusWindows(allPosts().map((p) => `${p.title ?? ''}\n${p.description ?? ''}`.toLowerCase()).join('\n\u0000'));
  return windows;
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length >= LONGEST_SHARED);
}

/** A source line's quoted passages and sentences: split at quote marks as well as sentence ends (`\n` and `\'` read as written). */
function passages(line: string): string[] {
  return line
    .replace(/\\n/g, '\n')
    .replace(/\\'/g, "'")
    .split(/(?<=[.!?])\s+|\n+|(?<![a-z])'|'(?![a-z])|"|`/i)
    .map((s) => s.trim())
    .filter((s) => s.length >= LONGEST_SHARED);
}

const needsCorpus = corpusAvailable() || process.env.CI === 'true';

describe('the project’s own words', () => {
  it.runIf(needsCorpus)('the corpus index finds a passage a post has, anywhere in it, and not one it lacks', () => {
    const post = readJsonl<CorpusPost>('posts-more.jsonl').find((p) => p.description.length > 200)!;
    const inside = post.description.slice(100, 160).toLowerCase();
    expect(corpusWindows().has(inside)).toBe(true);
    expect(corpusWindows().has(`${inside} and then some words no post has, zqxv`)).toBe(false);
  });

  it.runIf(needsCorpus)('rule examples hold no sentence a corpus post has', () => {
    expect(corpusAvailable(), 'the corpus (../shared/corpus) is needed to check the examples').toBe(true);
    const corpus = corpusWindows();
    const copied: string[] = [];
    for (const [id, table] of Object.entries(EXAMPLES)) {
      for (const example of [...table.fire, ...table.pass]) {
        for (const sentence of sentences(`${example.title ?? ''}\n${example.description}`)) {
          if (corpus.has(sentence.toLowerCase())) copied.push(`${id}: ${sentence}`);
        }
      }
    }
    expect(copied).toEqual([]);
  });

  it.runIf(needsCorpus)('no comment, test, fixture or doc quotes a passage of 30+ characters a corpus post has', () => {
    expect(corpusAvailable(), 'the corpus (../shared/corpus) is needed to check the repository').toBe(true);
    const corpus = corpusWindows();
    const files = [...['src', 'scripts', 'test', 'public'].flatMap((dir) => filesUnder(join(ROOT, dir))), join(ROOT, 'README.md')];
    expect(files.length).toBeGreaterThan(100);
    const copied: string[] = [];
    for (const file of files) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          for (const passage of passages(line)) {
            if (corpus.has(passage.toLowerCase())) copied.push(`${relative(ROOT, file)}:${index + 1}: ${passage}`);
          }
        });
    }
    expect(copied).toEqual([]);
  });
});
