/**
 * Which words a pattern's matches can begin with, read from the pattern's source.
 *
 * Most of the engine's time was the regex scans themselves: a scan visits every position of the
 * text, about 4 ns a character for even the simplest pattern, and a draft was scanned two dozen
 * times (once per check). Nearly every pattern starts at a word boundary with a known word
 * ("deliverables", "asap", a number…), so the words of a draft can be read once and each pattern
 * tried only where one of its first words stands, and a check none of whose first words is in
 * the draft is not scanned at all.
 *
 * A word is keyed by its first five characters, lower-cased (`exactKey`). This analysis gives, for
 * a source, every key a match can start with, or `null` when it cannot tell (a match may start
 * mid-word, at a symbol, or with any letter at all); such a pattern is scanned the plain way.
 * The keys are a superset: a draft word with one of them is only a place to try the pattern.
 */
// regjsparser is a UMD module: Node's ESM loader sees only its default export.
import regjsparser, { type AstNode as AnyAstNode, type CharacterClassBody as AnyClassBody } from 'regjsparser';

type Features = { lookbehind: true; namedGroups: true; unicodePropertyEscape: true };
export type AstNode = AnyAstNode<Features>;
type CharacterClassBody = AnyClassBody;

/** A pattern's syntax tree, as the index's analyses read it; throws on a syntax regjsparser does not know. */
export function parsePattern(source: string, flags: string): AstNode {
  return regjsparser.parse(source, flags.replace(/[gdy]/g, ''), { lookbehind: true, namedGroups: true, unicodePropertyEscape: true } as Features);
}

/**
 * A word is keyed by its first `KEY_CHARS` characters, or all of it when shorter: five tell
 * "export" from "experience", "provide" from "project" and "these" from "the", where three
 * characters made every one of them a place to try the other's patterns (each try is a regex
 * call, most of them failing). A word shorter than that, followed by spaces and another word,
 * takes the next word's first characters after a separator: "the goal" keys as "the g", "we
 * are" as "we ar", so a pattern that starts "the goal is" is not tried at every "the". The
 * codes are digits of a number in base 39, first code highest; a shorter key has zeros after
 * its last code, so "the" (then a comma) and "these" differ.
 */
export const KEY_CHARS = 5;
/** The code between a short first word and the next: one or more `\s` characters. */
export const SEPARATOR = 38;
const BASE = 39;
/** A key's base: each code is one digit of it, `KEY_WEIGHT` their place values. */
export const KEY_BASE = BASE;
/** 39 to the power 4, 3, 2, 1, 0: the weight of each code of the key. */
export const KEY_WEIGHT = Array.from({ length: KEY_CHARS }, (_, i) => BASE ** (KEY_CHARS - 1 - i));
const WORD_KEYS = BASE ** KEY_CHARS;
/** Key for a word starting with a digit: `\d` patterns start with any of them. */
export const DIGIT_KEY = KEY_CHARS * WORD_KEYS;
/** Key for a word starting with a capital A–Z: case-sensitive patterns that start with "[A-Z]". */
export const CAPITAL_KEY = DIGIT_KEY + 1;

/** 1–26 for letters (either case), 27–36 for digits, 37 for "_"; 0 for a character that is not a `\b` word character. */
const WORD_CODE = new Uint8Array(128);
for (let c = 0; c < 26; c++) {
  WORD_CODE[65 + c] = WORD_CODE[97 + c] = c + 1;
}
const FIRST_DIGIT_CODE = 27;
for (let d = 0; d < 10; d++) WORD_CODE[48 + d] = FIRST_DIGIT_CODE + d;
/** The word codes of the ten digits. */
const DIGIT_CODES = Array.from({ length: 10 }, (_, d) => FIRST_DIGIT_CODE + d);
WORD_CODE[95] = 37;
export const isDigitCode = (code: number) => code >= FIRST_DIGIT_CODE && code < FIRST_DIGIT_CODE + 10;

/** The word code of a UTF-16 unit: non-ASCII characters are not word characters to `\b` without the `u`+`i` flags. */
export function wordCode(unit: number): number {
  return unit < 128 ? WORD_CODE[unit]! : 0;
}

/** Whether a UTF-16 unit is one of the characters `\s` matches. */
export function isSpaceUnit(unit: number): boolean {
  if (unit < 128) return unit === 32 || (unit >= 9 && unit <= 13);
  return unit === 0xa0 || unit === 0x1680 || (unit >= 0x2000 && unit <= 0x200a) || unit === 0x2028 || unit === 0x2029 || unit === 0x202f || unit === 0x205f || unit === 0x3000 || unit === 0xfeff;
}

/** The key of a word whose first `KEY_CHARS` codes (or all, when it is shorter) are `codes`. */
export function exactKey(codes: readonly number[]): number {
  let key = 0;
  for (let i = 0; i < codes.length && i < KEY_CHARS; i++) key += codes[i]! * KEY_WEIGHT[i]!;
  return key;
}

/**
 * The key of every word that starts with `codes` (1 to `KEY_CHARS` − 1 of them), whatever
 * follows: a pattern known only that far ("ui\w*", "develop" is known to five). The index gives
 * a word with exact key `k` every prefix key `prefixKeyOfExact(k, j)`.
 */
export function prefixKey(codes: readonly number[]): number {
  return codes.length * WORD_KEYS + exactKey(codes);
}
/** A word's first three codes as one number below `HEADS` (its "head"): what the index's bitset is keyed by. */
export const HEADS = BASE ** 3;
export const headOf = (exact: number) => Math.floor(exact / KEY_WEIGHT[2]!);
/** The first code of a word's exact key. */
export const firstCodeOf = (exact: number) => Math.floor(exact / KEY_WEIGHT[0]!);

/**
 * Every head a word with `key` among its keys can have, or 'capital' (any capitalised word): one
 * for a key known three codes deep, 39 or 1,521 for one known to one or two ("ui\w*"), every
 * digit's for the digit key.
 */
export function headsOfKey(key: number): number[] | 'capital' {
  if (key === CAPITAL_KEY) return 'capital';
  const every = Array.from({ length: BASE }, (_, c) => c);
  let known: number[][];
  if (key === DIGIT_KEY) known = [DIGIT_CODES];
  else {
    const prefixLength = Math.floor(key / WORD_KEYS);
    const exact = key % WORD_KEYS;
    const depth = prefixLength === 0 ? 3 : Math.min(3, prefixLength);
    known = [0, 1, 2].slice(0, depth).map((i) => [Math.floor(exact / KEY_WEIGHT[i]!) % BASE]);
  }
  const [firsts, seconds = every, thirds = every] = known;
  const heads: number[] = [];
  for (const a of firsts!) for (const b of seconds) for (const c of thirds) heads.push((a * BASE + b) * BASE + c);
  return heads;
}

export function prefixKeyOfExact(exact: number, length: number): number {
  const weight = KEY_WEIGHT[length - 1]!;
  return length * WORD_KEYS + exact - (exact % weight);
}

/** How far the walk is: still reading the key, the key known, or anything may follow. */
type Status = 'open' | 'done' | 'wild';
/**
 * Where in the key the walk is: in the first word; just past it at a word boundary (a space or
 * symbol must follow); in the spaces after it; in the second word.
 */
type Phase = 'word' | 'ended' | 'gap' | 'second';

interface State {
  /** Codes read so far (at most `KEY_CHARS`): word codes and `SEPARATOR`; DIGIT or CAPITAL alone. */
  codes: number[];
  /** Whether a word boundary was asserted before the first character. */
  anchored: boolean;
  status: Status;
  phase: Phase;
}

/** A state's only code when its match starts with any number, or any capitalised word. */
const DIGIT = 40;
const CAPITAL = 41;
/** "0" to "9": what `\d` matches after the first character, where each digit is a code like a letter. */
const DIGIT_CODE_POINTS = Array.from({ length: 10 }, (_, d) => 48 + d);
/** Past this many partial keys the pattern is too open to be worth indexing. */
const MAX_STATES = 4_000;
/** A class with more members than this ("[^…]", "\w") says nothing useful about the word. */
const MAX_CLASS = 64;

class Unknown extends Error {}

/**
 * Every key a match of `source` can start with, or null when a match may start anywhere the
 * index cannot see (not after a word boundary, or not with a word character).
 */
export function firstWordKeys(source: string, flags: string): Set<number> | null {
  // With "u" and "i" together, "ſ" matches "s" and the Kelvin sign "k": the ASCII index would miss them.
  if (flags.includes('u') && flags.includes('i')) return null;
  let ast: AstNode;
  try {
    ast = parsePattern(source, flags);
  } catch {
    return null;
  }
  try {
    const end = walk(ast, [{ codes: [], anchored: false, status: 'open', phase: 'word' }], flags.includes('i'));
    const keys = new Set<number>();
    for (const state of end) for (const key of keysOfState(state.status === 'open' ? { ...state, status: 'wild' } : state)) keys.add(key);
    return keys;
  } catch {
    // Unknown, or a syntax this walk does not know: the plain scan is always right, only slower.
    return null;
  }
}

/** The key of codes known exactly, or of every key that starts with them. */
function keyOf(codes: readonly number[], startsOnly: boolean): number {
  return startsOnly && codes.length < KEY_CHARS ? prefixKey(codes) : exactKey(codes);
}

function keysOfState({ codes, anchored, status, phase }: State): number[] {
  if (!anchored || codes.length === 0) throw new Unknown();
  if (codes[0] === DIGIT) return [DIGIT_KEY];
  if (codes[0] === CAPITAL) return [CAPITAL_KEY];
  if (status === 'done') return [exactKey(codes)];
  switch (phase) {
    case 'ended':
      // A symbol follows (the word's own key) or spaces and anything.
      return [exactKey(codes), keyOf([...codes, SEPARATOR], true)];
    case 'gap':
      // A symbol follows the spaces (the first word's own key), or another word.
      return [exactKey(codes.slice(0, -1)), keyOf(codes, true)];
    default:
      return [keyOf(codes, true)];
  }
}

/** The states after matching `node` from each of `states`; `caseless` is the "i" flag. */
function walk(node: AstNode, states: State[], caseless: boolean): State[] {
  // Once every key is known the rest of the pattern cannot change it: most of a long pattern is
  // never walked (this runs once per check when the engine first starts).
  if (!states.some((s) => s.status === 'open')) return states;
  switch (node.type) {
    case 'alternative':
      return node.body.reduce((acc, child) => walk(child, acc, caseless), states);
    case 'disjunction':
      return dedupe(node.body.flatMap((alt) => walk(alt, states, caseless)));
    case 'group':
      if (node.behavior !== 'normal' && node.behavior !== 'ignore') return states; // lookarounds only narrow matches
      return node.body.reduce((acc, child) => walk(child, acc, caseless), states);
    case 'quantifier':
      return repeat(node.body[0], node.min, node.max ?? Infinity, states, caseless);
    case 'anchor':
      return states.map((s) => anchor(s, node.kind));
    case 'value':
      return dedupe(states.flatMap((s) => append(s, [node.codePoint])));
    case 'characterClass':
      return dedupe(states.flatMap((s) => appendClass(s, node.negative ? null : node.body, caseless)));
    case 'characterClassEscape':
      return dedupe(states.flatMap((s) => appendEscape(s, node.value)));
    default:
      // dot, back-reference, Unicode property: any character.
      return states.map((s) => anyChar(s));
  }
}

function repeat(body: AstNode, min: number, max: number, states: State[], caseless: boolean): State[] {
  const out: State[] = [];
  const repeated = new Set<string>();
  let current = states;
  for (let k = 0; ; k++) {
    let open = current.some((s) => s.status === 'open');
    // A state whose key is known passes through any number of repetitions unchanged.
    if (k >= min || !open) out.push(...current);
    if (k === max || !open) break;
    if (k >= min) {
      // An open state met at an earlier repetition does what it did then ("\s+" in the spaces
      // after a word): only new ones go round again.
      current = current.filter((s) => s.status !== 'open' || (!repeated.has(signature(s)) && repeated.add(signature(s))));
      open = current.some((s) => s.status === 'open');
      if (!open) break;
    }
    if (k >= min + KEY_CHARS + 1 || k >= 10) {
      // `KEY_CHARS` more repetitions fill any key; past that, whatever is still open is unknown.
      out.push(...current.map((s) => (s.status === 'open' ? { ...s, status: 'wild' as const } : s)));
      break;
    }
    current = walk(body, current, caseless);
  }
  return dedupe(out);
}

function anchor(state: State, kind: 'boundary' | 'end' | 'not-boundary' | 'start'): State {
  if (state.status !== 'open') return state;
  if (kind === 'boundary' || kind === 'start') {
    // At the start, a boundary (or the start of a line) puts the match at a word start; after the
    // first word's characters it ends that word, and after the second it ends the key.
    if (state.codes.length === 0) return { ...state, anchored: true };
    if (state.phase === 'word') return { ...state, phase: 'ended' };
    return state.phase === 'second' ? { ...state, status: 'done' } : state;
  }
  // The end of the text, or with the "m" flag of a line, which spaces and anything may follow.
  if (kind === 'end') return anyChar(state);
  return state;
}

/** A symbol or the end of the text where the key can be: it ends at the last word read. */
function endOfWords(state: State): State {
  if (state.codes.length === 0) throw new Unknown();
  // Spaces then a symbol: the text's key is the first word's alone.
  const codes = state.phase === 'gap' ? state.codes.slice(0, -1) : state.codes;
  return { ...state, codes, status: 'done' };
}

/** Spaces where the key can be: a separator after a short first word, else the key's end. */
function space(state: State): State {
  if (state.codes.length === 0) throw new Unknown(); // the match may start at a space
  if (state.phase === 'gap') return state;
  if (state.phase === 'second') return { ...state, status: 'done' };
  // Still open when the separator fills the key: spaces then a symbol would key as the word alone.
  return { ...state, codes: [...state.codes, SEPARATOR], phase: 'gap' };
}

function append(state: State, codePoints: number[]): State[] {
  if (state.status !== 'open') return [state];
  const out: State[] = [];
  for (const cp of codePoints) {
    const code = cp < 128 ? WORD_CODE[cp]! : 0;
    if (code === 0) {
      out.push(cp <= 0xffff && isSpaceUnit(cp) ? space(state) : endOfWords(state));
      continue;
    }
    if (!state.anchored) throw new Unknown(); // the match may start inside a word
    // A word character right after a word boundary cannot match; after a separator that filled
    // the key, the key is known.
    if (state.phase === 'ended' || state.codes.length === KEY_CHARS) {
      out.push({ ...state, status: 'done' });
      continue;
    }
    const codes = [...state.codes, code];
    out.push({ ...state, codes, phase: state.phase === 'gap' ? 'second' : state.phase, status: codes.length === KEY_CHARS ? 'done' : 'open' });
  }
  return out;
}

function appendClass(state: State, body: CharacterClassBody[] | null, caseless: boolean): State[] {
  if (state.status !== 'open') return [state];
  if (!body) return [anyChar(state)];
  const codePoints: number[] = [];
  const out: State[] = [];
  for (const member of body) {
    if (member.type === 'value') codePoints.push(member.codePoint);
    else if (member.type === 'characterClassRange') {
      if (member.max.codePoint - member.min.codePoint > MAX_CLASS) return [anyChar(state)];
      for (let cp = member.min.codePoint; cp <= member.max.codePoint; cp++) codePoints.push(cp);
    } else if (member.type === 'characterClassEscape') out.push(...appendEscape(state, member.value));
    else return [anyChar(state)];
  }
  // A case-sensitive "[A-Z]" at the start: any capitalised word, one key rather than 26 that
  // would also put every lower-case word in the index.
  if (!caseless && state.codes.length === 0 && state.anchored && out.length === 0 && codePoints.length > 1 && codePoints.every((cp) => cp >= 65 && cp <= 90)) {
    return [{ ...state, codes: [CAPITAL], status: 'done' }];
  }
  if (codePoints.length > MAX_CLASS) return [anyChar(state)];
  return [...out, ...append(state, codePoints)];
}

function appendEscape(state: State, escape: 'd' | 'D' | 'w' | 'W' | 's' | 'S'): State[] {
  if (state.status !== 'open') return [state];
  switch (escape) {
    case 's':
      return [space(state)];
    case 'W':
      // Never a word character: a space or a symbol.
      return [space(state), endOfWords(state)];
    case 'd':
      if (!state.anchored) throw new Unknown();
      // Any number at the start has one key; later, a digit is a word character like any other.
      return state.codes.length === 0 ? [{ ...state, codes: [DIGIT], status: 'done' }] : append(state, DIGIT_CODE_POINTS);
    default:
      return [anyChar(state)];
  }
}

function anyChar(state: State): State {
  if (state.status !== 'open') return state;
  if (state.codes.length === 0) throw new Unknown();
  return { ...state, status: 'wild' };
}

const signature = (s: State) => `${s.codes.join(',')}|${s.anchored ? 1 : 0}|${s.status}|${s.phase}`;

function dedupe(states: State[]): State[] {
  const seen = new Map<string, State>();
  for (const s of states) seen.set(signature(s), s);
  if (seen.size > MAX_STATES) throw new Unknown();
  return [...seen.values()];
}
