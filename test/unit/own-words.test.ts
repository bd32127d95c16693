import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/core/examples';
import { corpusAvailable, readJsonl, type CorpusPost } from '../../scripts/corpus';

/**
 * The corpus is for evaluation only: its text is never copied into the repository. Rule examples are where a copy
 * would slip in (a rule is written for a post's wording), so each example's sentences are matched against every post.
 * Thirty characters is about six words: long enough that a match is a copied sentence, not a stock phrase a rule reads.
 */
const LONGEST_SHARED = 30;

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length >= LONGEST_SHARED);
}

describe('rule examples', () => {
  it.runIf(corpusAvailable() || process.env.CI === 'true')('are in the project’s own words: none holds a sentence a corpus post has', () => {
    expect(corpusAvailable(), 'the corpus (../shared/corpus) is needed to check the examples').toBe(true);
    const posts = [...readJsonl<CorpusPost>('posts.jsonl'), ...readJsonl<CorpusPost>('posts-more.jsonl')];
    const corpus = posts.map((p) => `${p.title ?? ''}\n${p.description ?? ''}`.toLowerCase()).join('\n\u0000');
    const copied: string[] = [];
    for (const [id, table] of Object.entries(EXAMPLES)) {
      for (const example of [...table.fire, ...table.pass]) {
        for (const sentence of sentences(`${example.title ?? ''}\n${example.description}`)) {
          if (corpus.includes(sentence.toLowerCase())) copied.push(`${id}: ${sentence}`);
        }
      }
    }
    expect(copied).toEqual([]);
  });
});
