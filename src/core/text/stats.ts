import type { Stats } from '../types';
import type { Doc } from './doc';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** a e i o u y, either case. */
function isVowel(code: number): boolean {
  const c = code | 32;
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
}

/** Character classes of ASCII: 0 not a word character, 1 a digit or consonant, 2 a vowel (a e i o u y). */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = 1;
for (let c = 0; c < 26; c++) {
  const vowel = 'aeiouy'.includes(String.fromCharCode(97 + c));
  ASCII_CLASS[65 + c] = ASCII_CLASS[97 + c] = vowel ? 2 : 1;
}

/** The class of the character at `i`: 0 not part of a word, 1 a word character, 2 a vowel. */
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII_CLASS[code]!;
  return code >= 0xc0 && LETTER_OR_DIGIT.test(text[i]!) ? 1 : 0;
}

/** An apostrophe or hyphen, which joins two words into one: "don't", "e-mail". */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45;
}

/**
 * A word's syllables: vowel groups, less a final "e" ("make") or "es"/"ed" after a consonant,
 * which is usually silent; an estimate as in every Flesch implementation.
 */
function syllablesOf(length: number, groups: number, last: number, beforeLast: number): number {
  const l = last | 32;
  if (groups > 1 && ((l === 101 && !isVowel(beforeLast)) || ((l === 115 || l === 100) && (beforeLast | 32) === 101))) groups--;
  return length <= 3 ? 1 : Math.max(1, groups);
}

/**
 * Words and syllables in one pass over character codes, with no allocation per word: this runs
 * on every keystroke's analysis, and a regex per word cost more than all the checks together.
 * Words are runs of letters and digits, joined by an apostrophe or hyphen. A word is walked to
 * its end in an inner loop that only counts vowel groups, without a branch on vowels (vowels
 * and consonants alternate unpredictably: 8.8–9.0 → 7.0–7.2 µs a corpus post, measured alone
 * against the one-loop state machine it replaced); its length and last letters are read back from
 * the text at its end.
 */
export function countWordsAndSyllables(text: string): { words: number; syllables: number } {
  let words = 0;
  let syllables = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cls = classAt(text, i);
    if (cls === 0) {
      i++;
      continue;
    }
    words++;
    const start = i;
    let groups = 0;
    let previousVowel = 0;
    let joiners = 0;
    for (;;) {
      const vowel = cls >> 1;
      groups += vowel & ~previousVowel;
      previousVowel = vowel;
      if (++i >= n) break;
      cls = classAt(text, i);
      if (cls === 0) {
        if (!isJoiner(text.charCodeAt(i)) || i + 1 >= n || classAt(text, i + 1) === 0) break;
        // (a joiner neither counts in the length nor ends a vowel group: "AI-Integrated" has one at "I-I")
        joiners++;
        cls = classAt(text, ++i);
      }
    }
    const length = i - start - joiners;
    if (length <= 3) {
      syllables++;
      continue;
    }
    // The word ends at a letter; the one before it may be a joiner's neighbour ("x-ed").
    const before = classAt(text, i - 2) === 0 ? i - 3 : i - 2;
    syllables += syllablesOf(length, groups, text.charCodeAt(i - 1), text.charCodeAt(before));
  }
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
