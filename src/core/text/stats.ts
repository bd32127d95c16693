import type { Doc } from './doc';
import type { Stats } from '../types';
import { words } from './segments';

/**
 * Syllables by vowel groups, with the usual silent-e correction. An estimate, as every Flesch
 * implementation's is; good enough to tell plain prose from a wall of jargon.
 */
function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const groups = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '').match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

export function computeStats(doc: Doc): Stats {
  const text = doc.description;
  const list = words(text);
  const sentenceCount = doc.sentences('description').length;
  let syllableCount = 0;
  for (const w of list) syllableCount += syllables(w.text);
  const wordCount = list.length;
  const readingEase =
    wordCount === 0 || sentenceCount === 0
      ? 0
      : 206.835 - 1.015 * (wordCount / sentenceCount) - 84.6 * (syllableCount / wordCount);
  return {
    characters: text.length,
    words: wordCount,
    sentences: sentenceCount,
    readingEase: Math.round(Math.max(-100, Math.min(121, readingEase)) * 10) / 10,
  };
}
