import type { Stats } from '../types';
import type { Doc } from './doc';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(code: number, text: string, i: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return code >= 0xc0 && LETTER_OR_DIGIT.test(text[i]!);
}

/** a e i o u y, either case. */
function isVowel(code: number): boolean {
  const c = code | 32;
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
}

/**
 * Words and syllables in one pass over character codes, with no allocation per word: this runs
 * on every keystroke's analysis, and a regex per word cost more than all the checks together.
 * Syllables are vowel groups with the usual silent-e correction, an estimate as in every Flesch
 * implementation; words are runs of letters and digits, joined by an apostrophe or hyphen.
 */
export function countWordsAndSyllables(text: string): { words: number; syllables: number } {
  let words = 0;
  let syllables = 0;
  let inWord = false;
  let groups = 0;
  let prevVowel = false;
  let length = 0;
  let last = 0;
  let beforeLast = 0;
  const endWord = () => {
    // A final "e" ("make") or "es"/"ed" after a consonant is usually silent.
    const l = last | 32;
    if (groups > 1 && ((l === 101 && !isVowel(beforeLast)) || ((l === 115 || l === 100) && (beforeLast | 32) === 101))) groups--;
    syllables += length <= 3 ? 1 : Math.max(1, groups);
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWordChar(code, text, i)) {
      if (!inWord) {
        inWord = true;
        words++;
        groups = 0;
        length = 0;
        prevVowel = false;
      }
      const vowel = isVowel(code);
      if (vowel && !prevVowel) groups++;
      prevVowel = vowel;
      length++;
      beforeLast = last;
      last = code;
    } else if (inWord && (code === 39 || code === 0x2019 || code === 45) && i + 1 < text.length && isWordChar(text.charCodeAt(i + 1), text, i + 1)) {
      continue; // "don't", "e-mail": one word
    } else if (inWord) {
      inWord = false;
      endWord();
    }
  }
  if (inWord) endWord();
  return { words, syllables };
}

export function computeStats(doc: Doc): Stats {
  const { words, syllables } = doc.wordStats;
  const sentenceCount = doc.sentences('description').length;
  const readingEase =
    words === 0 || sentenceCount === 0 ? 0 : 206.835 - 1.015 * (words / sentenceCount) - 84.6 * (syllables / words);
  return {
    characters: doc.description.length,
    words,
    sentences: sentenceCount,
    readingEase: Math.round(Math.max(-100, Math.min(121, readingEase)) * 10) / 10,
  };
}
