/**
 * Whether a post is written in another language than English: the checks read English, so a post
 * in French or Turkish comes out with every section "missing", and the client should be told why.
 *
 * Read from the commonest short words, the cheapest sign of a language there is: English prose
 * has "the", "and", "we" among every few words, French "de", "nous", "pour", Spanish "de", "y",
 * "para". A post is taken to be in another language when another language's short words are at
 * least 8% of its words and twice as common as English ones (a post in English and Spanish stays
 * English: its English part is read), or when most of its letters are not Latin. Asked of the
 * corpus's posts that lack five sections or more (`analyze`), it marks 15, each in French, Spanish,
 * German, Turkish, Romanian, Ukrainian or Russian, and no post in English; a post under 20 words
 * ("RAM driver on an FPGA Board") says too little to tell, and one with no accented letter in
 * its first 400 characters is not read at all (see `looksNotEnglish`).
 */
import type { Analysis, ChecklistItem } from '../types';
import type { Doc } from './doc';

/** English's commonest short words. */
const ENGLISH = new Set('the and to of for is we you our with need that this are have your be it my i an or as'.split(' '));
/** Short words of the languages marketplace posts come in, none of them an English word or a piece of one ("I've" → "ve"). */
const OTHER = new Set(
  'de la le les des et un une pour nous vous est el los las y en con por para que es una del der das und ist wir mit für ein eine zu von di che sono não uma bir için ile на и в не что мы с для по ми та що як до'.split(' '),
);
/** What is read: enough words to tell, few enough to cost nothing on a long paste. */
const SAMPLE_CHARACTERS = 3000;
const MIN_WORDS = 20;
const WORD = /\p{L}+/gu;
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/** Characters read for the quick answer, and the letters beyond ASCII among them that make it worth reading the words. */
const QUICK_CHARACTERS = 400;
const QUICK_FOREIGN_LETTERS = 2;

/** How many sections a post must lack before its language is asked: one in English that meets three is English enough. */
const MISSING_BEFORE_ASKING = 5;

/** The note for a post the checks cannot read, if this is one. */
export function notEnglishNote(doc: Doc, checklist: readonly ChecklistItem[]): Analysis['notEnglish'] {
  let missing = 0;
  for (const item of checklist) if (item.status === 'missing') missing++;
  // (the title is read with the description: a short post's title can hold the accents its body lacks, "Diseño de logo…")
  if (missing < MISSING_BEFORE_ASKING || !looksNotEnglish(doc.title ? `${doc.title}\n${doc.description}` : doc.description)) return undefined;
  return { note: 'This post does not look like English: the checks read English, so the checklist and findings may miss what it says.' };
}

/** Whether `text` looks written in another language than English (see the top of this file). */
export function looksNotEnglish(text: string): boolean {
  // The quick answer, for nearly every post: English has no é, ñ, ü, ş or Cyrillic letter in its
  // first lines, the other languages posts come in have several (Spanish typed without accents is
  // missed). Splitting every post into words instead cost 18% of the engine's instructions.
  if (!hasLettersBeyondAscii(text, QUICK_CHARACTERS, QUICK_FOREIGN_LETTERS)) return false;
  const sample = text.slice(0, SAMPLE_CHARACTERS);
  let words = 0;
  let english = 0;
  let other = 0;
  for (const [word] of sample.matchAll(WORD)) {
    words++;
    const lower = word.toLowerCase();
    if (ENGLISH.has(lower)) english++;
    else if (OTHER.has(lower)) other++;
  }
  if (words < MIN_WORDS) return false;
  if (other >= 0.08 * words && other >= 2 * english) return true;
  // English short words among them: Latin script, English (the letters are read only for the rest).
  if (english >= 0.05 * words) return false;
  let letters = 0;
  let latin = 0;
  for (const c of sample) {
    if (!LETTER.test(c)) continue;
    letters++;
    if (LATIN.test(c)) latin++;
  }
  return latin < letters / 2;
}

/** A letter past ASCII: accented Latin, Greek, Cyrillic, Arabic, CJK, Hangul… (not ’, –, •, × or emoji). */
const BEYOND_ASCII = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0370-\u1FFF\u3040-\u9FFF\uAC00-\uD7A3]/g;

/** Whether the first `limit` characters hold `enough` letters past ASCII (a regex scan: a loop of charCodeAt cost about twice as much). */
function hasLettersBeyondAscii(text: string, limit: number, enough: number): boolean {
  const sample = text.length > limit ? text.slice(0, limit) : text;
  BEYOND_ASCII.lastIndex = 0;
  let found = 0;
  while (BEYOND_ASCII.test(sample)) if (++found >= enough) return true;
  return false;
}
