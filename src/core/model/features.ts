/**
 * The words a learned judgement reads: every word and every pair of neighbouring words of a text,
 * each hashed to one of 2^20 buckets (the hashing trick). Hashing keeps the model free of any
 * vocabulary, so the weights file holds numbers and no text from the posts it was trained on, and
 * the same function serves training (`scripts/model-training.ts`) and the engine.
 *
 * A word is a run of ASCII letters, digits, "$" and "%", read case-blind; anything else separates
 * words. That is cruder than the checks' word segmentation, on purpose: it is one pass over the
 * character codes with no allocation, and a word the model never saw simply weighs nothing.
 */
export const BUCKET_BITS = 20;
const BUCKET_MASK = (1 << BUCKET_BITS) - 1;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** What `visitBuckets` returns when the text ended with no word: the next text starts no pair. */
export const NO_WORD = -1;

/** Murmur3's finaliser: spreads FNV's weak low bits over the bucket index. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & BUCKET_MASK;
}

/**
 * Calls `visit` with the bucket of each word of `text[start, end)` and of each pair of neighbouring
 * words (a bucket may come more than once). `previous` is the last word's hash of a text read just
 * before, so that a pair spans the two (the title's last word and the description's first); the
 * return value is this text's, for the next. A `salt` (below 2^BUCKET_BITS) moves every bucket to
 * one of its own, as for the title's words read a second time.
 */
export function visitBuckets(text: string, start: number, end: number, visit: (bucket: number) => void, previous = NO_WORD, salt = 0): number {
  let i = start;
  while (i < end) {
    let code = wordCodeAt(text, i++);
    if (code === 0) continue;
    // A word, walked to its end in a loop of its own (measured: fewer instructions than one loop
    // that tracks whether it is inside a word).
    let hash = FNV_OFFSET;
    do hash = Math.imul(hash ^ code, FNV_PRIME);
    while (i < end && (code = wordCodeAt(text, i++)) !== 0);
    previous = endWord(hash, previous, visit, salt);
  }
  return previous;
}

function wordCodeAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? WORD_CODE[c]! : 0;
}

/** Visits a word's bucket and its pair's with the word before (each XORed with `salt`); returns the word's hash, the next word's `previous`. */
function endWord(hash: number, previous: number, visit: (bucket: number) => void, salt: number): number {
  // (a word's hash is never NO_WORD's -1 in practice; if one were, it would only lose a pair)
  visit(mix(hash) ^ salt);
  if (previous !== NO_WORD) visit(mix(Math.imul(previous ^ 0x9e3779b9, FNV_PRIME) ^ hash) ^ salt);
  return hash;
}

/** Each ASCII code's lower-case form if it is part of a word, else 0. */
const WORD_CODE = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const lower = c >= 65 && c <= 90 ? c + 32 : c;
  if ((lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) || lower === 36 || lower === 37) WORD_CODE[c] = lower;
}
