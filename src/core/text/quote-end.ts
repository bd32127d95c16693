/**
 * Where a quote a user is shown should end, and where one that starts at a noun should start. A pattern stops where its
 * meaning is settled, which is often on a word that leads on ("build an MVP for a", "I'm working on a", "provide examples
 * of your"): 770 corpus quotes ended so. Such a quote is carried on to the words it leads to, on the same line ("build an
 * MVP for a fitness startup"), or, where none follow, cut back to before the words that lead nowhere ("5pm    The" →
 * "5pm") (`quoteEnd`). A pattern that starts at a noun to be fast ("agency seeking…") is quoted from the start of the
 * noun's phrase ("Digital marketing agency seeking…", `nounPhraseStart`).
 */

/** Words that lead on to a noun: articles, possessives and quantifiers. */
const DETERMINERS = new Set(['a', 'an', 'the', 'my', 'our', 'your', 'their', 'its', 'his', 'her', 'this', 'these', 'those', 'some', 'any', 'every', 'each', 'both', 'all']);
/** Of those, the ones that also end a phrase ("$15 each", "we need both"): carried on when a word follows, never cut. */
const STANDING_ALONE = new Set(['each', 'both', 'all', 'some', 'any', 'this', 'these', 'those']);
/** Words that join on what comes next, which a quote may end on only when nothing follows: prepositions, relatives, auxiliaries. */
const LINKING_WORDS = new Set(
  (
    'of for to in on with at by from into onto about as than that which who whose when while where ' +
    'is are was were be been being am will would can could should must may might shall has have had do does did ' +
    'such like via per through over under between within without across after before during until since around toward towards ' +
    'upon against behind beyond near among throughout if because although though whether using including according regarding ' +
    'focusing based able related selling offering include includes'
  ).split(' '),
);
/** Words that join a quote to a clause of its own: dropped from a quote's end ("…implementation and" → "…implementation"). */
const CONJUNCTIONS = new Set(['and', 'or', 'nor', 'but', 'so', 'plus']);

/** A verb's particle: "projects you've worked on" ends there, and what follows ("in the past", "when applying") is not its object. */
const PARTICLES = new Set(['on', 'in', 'at', 'with', 'for', 'to', 'up', 'out', 'about', 'before', 'over', 'after']);
const DONE_VERB = /(?:ed|done|built|made|shot|written|drawn|run|ran|did|had|taken|grown|seen|been|led|held|got|gotten|brought|taught)$/i;

/** At most this many words are added to a quote, and only from its own line. */
const MAX_ADDED_WORDS = 4;

const LONGEST_LEADING_WORD = Math.max(...[...DETERMINERS, ...LINKING_WORDS, ...CONJUNCTIONS].map((w) => w.length));

/** Whether a word leads on; a possessive does so only at a quote's end (inside the words taken in, it is one of them). */
const leadsOn = (word: string, atEnd = false) => {
  const lower = word.toLowerCase();
  return DETERMINERS.has(lower) || LINKING_WORDS.has(lower) || CONJUNCTIONS.has(lower) || (atEnd && POSSESSIVE.test(lower) && !ACRONYM_PLURAL.test(word));
};
const endsInPossessive = (text: string, end: number) => (text.charCodeAt(end - 1) | 32) === 115 && (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 0x2019);

/** A possessive leads on to what is owned: "today's | streak", "the client's | website" (not "it's", "that's"). */
const POSSESSIVE = /^(?!(?:it|that|what|there|here|he|she|who|let)['’]s$)[a-z]+['’]s$/;
/** "PDF's", "API's": a plural written with an apostrophe, not a possessive. */
const ACRONYM_PLURAL = /^[A-Z0-9]+['’]s$/;

/** A letter or a digit: what a word starts with (accented letters and other scripts too, not “quotes” or dashes). */
function isWordStart(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || (code > 0xbf && (code < 0x2000 || code > 0x206f));
}

/** Letters, digits and the marks inside a word or name ("don't", "C++", "e-commerce"; a dot is read by `nextWord`). */
function isWordUnit(code: number): boolean {
  return (
    isWordStart(code) ||
    code === 39 || // '
    code === 0x2019 || // ’
    code === 45 || // -
    code === 43 || // +
    code === 35 || // #
    code === 95 // _
  );
}

/** The word of `text` that ends at `end` (its start), or -1 when `end` does not close a word. */
function wordStartBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && isWordUnit(text.charCodeAt(start - 1))) start--;
  return start === end ? -1 : start;
}

/** The word that starts at `start` after one space or tab, as [start, end), or null. A wider gap, a line break or a mark stops it. */
function nextWord(text: string, from: number): [number, number] | null {
  const space = text.charCodeAt(from);
  if (space !== 32 && space !== 9) return null;
  const start = from + 1;
  // (not " - ")
  if (!isWordStart(text.charCodeAt(start))) return null;
  let end = start;
  while (end < text.length && (isWordUnit(text.charCodeAt(end)) || (text.charCodeAt(end) === 46 && isWordUnit(text.charCodeAt(end + 1))))) end++;
  // (not the start of a link or an address: "to https://…", "at jo@…")
  if (end === start || text.startsWith('://', end) || text.charCodeAt(end) === 64) return null;
  return [start, end];
}

/**
 * The end a quote of `text[start, end)` should have: `end` unless the quote's last word leads on. A conjunction (with an
 * article after it, "…and the") is dropped; else the quote takes in the words after it, up to and through the first run
 * of words that do not lead on (at most four words, on its line); if none follow, a trailing article is dropped
 * ("…targeting a" → "…targeting") and a preposition is kept ("projects you've worked on").
 */
export function quoteEnd(text: string, start: number, end: number): number {
  // (most quotes end on a word longer than any that leads on, or on a mark: no word is cut out of the text for them)
  const from = wordStartBefore(text, end);
  if (from < start || (end - from > LONGEST_LEADING_WORD && !endsInPossessive(text, end))) return end;
  const last = { word: text.slice(from, end), start: from };
  if (!leadsOn(last.word, true)) return end;
  const before = lastWord(text, start, last.start);
  const lower = last.word.toLowerCase();
  // (a time's "am" is no verb: "IST 6.00 am to 8.00 am", not "…8.00 am will provide 20000")
  if (lower === 'am' && before && isDigit(before.word.charCodeAt(before.word.length - 1))) return end;
  if (CONJUNCTIONS.has(lower) || (before && DETERMINERS.has(lower) && CONJUNCTIONS.has(before.word.toLowerCase()))) {
    return cutBefore(text, start, CONJUNCTIONS.has(lower) ? last.start : before!.start, end);
  }
  if (PARTICLES.has(lower) && before && DONE_VERB.test(before.word)) return end;
  // (a determiner after a wide gap starts the next sentence of a line the pattern read on into: "5pm    The")
  if (DETERMINERS.has(lower) && last.start - start >= 2 && isBlank(text.charCodeAt(last.start - 1)) && isBlank(text.charCodeAt(last.start - 2))) return cutBefore(text, start, last.start, end);
  let at = end;
  let sawContent = false;
  for (let added = 0; added < MAX_ADDED_WORDS; added++) {
    const word = nextWord(text, at);
    if (!word) break;
    const next = text.slice(word[0], word[1]);
    // (a conjunction right after the quote starts a clause of its own: "the script we have | and how we…")
    if (added === 0 && CONJUNCTIONS.has(next.toLowerCase())) break;
    const joins = leadsOn(next);
    if (sawContent && joins) break;
    if (!joins) sawContent = true;
    at = word[1];
  }
  // (the walk stops before a word that leads on once it has passed one that does not, so it ends on the latter)
  if (sawContent) return at;
  return DETERMINERS.has(lower) && !STANDING_ALONE.has(lower) ? cutBefore(text, start, last.start, end) : end;
}

const isBlank = (code: number) => code === 32 || code === 9;

const isDigit = (code: number) => code >= 48 && code <= 57;

const isCapital = (code: number) => code >= 65 && code <= 90;

/** Words that start a clause before a noun, not its phrase: "we | agency", "I | author". */
const PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'us', 'me', 'them']);

/**
 * Where a quote that starts at a noun should start: before the words of its phrase on its line, one space apart ("a San
 * Diego-based consulting | firm", "Real estate | team"), at most four, back to and through a determiner. A word that joins
 * (a preposition, a conjunction, a verb of being) or a pronoun ends the walk before it, a line's start or a mark after it,
 * and nothing is taken from before `floor` (the end of the quote before it). A quote that starts with a capital takes a
 * word in lower case before it only when it is a determiner: otherwise the capital starts a sentence.
 */
export function nounPhraseStart(text: string, start: number, floor = 0): number {
  let at = start;
  for (let added = 0; added < MAX_ADDED_WORDS; added++) {
    if (at - 2 < floor || text.charCodeAt(at - 1) !== 32) break;
    const from = wordStartBefore(text, at - 1);
    // (a letter or a digit of a script with capitals: not an emoji)
    const first = text.charCodeAt(from);
    if (from < floor || !isWordStart(first) || first >= 0x2000) break;
    const word = text.slice(from, at - 1).toLowerCase();
    if (PRONOUNS.has(word) || LINKING_WORDS.has(word) || CONJUNCTIONS.has(word)) break;
    // (a capital after a word in lower case starts a sentence whose stop was lost: "50% in-office | Company is located")
    if (at === start && isCapital(text.charCodeAt(start)) && !isCapital(first) && !DETERMINERS.has(word)) break;
    at = from;
    if (DETERMINERS.has(word) || from === 0 || !isBlank(text.charCodeAt(from - 1))) break;
  }
  return at;
}

/** The last word of `text[start, end)` (before any spaces that end it) and where it starts, or null when a mark ends it: the word before a quote's last. */
function lastWord(text: string, start: number, end: number): { word: string; start: number } | null {
  let to = end;
  while (to > start && isBlank(text.charCodeAt(to - 1))) to--;
  const from = wordStartBefore(text, to);
  return from === -1 || from < start ? null : { word: text.slice(from, to), start: from };
}

/** The quote's end before `cut` and the spaces before it, or `end` when nothing of it would be left. */
function cutBefore(text: string, start: number, cut: number, end: number): number {
  let at = cut;
  while (at > start && isBlank(text.charCodeAt(at - 1))) at--;
  return at > start ? at : end;
}
