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
type AstNode = AnyAstNode<Features>;
type CharacterClassBody = AnyClassBody;

/**
 * A word is keyed by its first `KEY_CHARS` characters, or all of it when shorter: five tell
 * "export" from "experience", "provide" from "project" and "the" from "these", where three
 * characters made every one of them a place to try the other's patterns (each try is a regex
 * call, most of them failing). The codes are digits of a number in base 38, first code highest;
 * a shorter word has zeros after its last code, so "the" and "these" differ.
 */
export const KEY_CHARS = 5;
const BASE = 38;
/** 38 to the power 4, 3, 2, 1, 0: the weight of each code of the key. */
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
for (let d = 0; d < 10; d++) WORD_CODE[48 + d] = 27 + d;
WORD_CODE[95] = 37;

/** The word code of a UTF-16 unit: non-ASCII characters are not word characters to `\b` without the `u`+`i` flags. */
export function wordCode(unit: number): number {
  return unit < 128 ? WORD_CODE[unit]! : 0;
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
export function prefixKeyOfExact(exact: number, length: number): number {
  const weight = KEY_WEIGHT[length - 1]!;
  return length * WORD_KEYS + exact - (exact % weight);
}

/** How far the walk is: still reading the first word, the first word known, or anything may follow. */
type Status = 'open' | 'done' | 'wild';

interface State {
  /** Word codes read so far (at most `KEY_CHARS`); DIGIT as 38. */
  codes: number[];
  /** Whether a word boundary was asserted before the first character. */
  anchored: boolean;
  status: Status;
}

const DIGIT = 38;
const CAPITAL = 39;
/** Past this many partial words the pattern is too open to be worth indexing. */
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
    ast = regjsparser.parse(source, flags.replace(/[gdy]/g, ''), { lookbehind: true, namedGroups: true, unicodePropertyEscape: true } as Features);
  } catch {
    return null;
  }
  try {
    const end = walk(ast, [{ codes: [], anchored: false, status: 'open' }], flags.includes('i'));
    const keys = new Set<number>();
    for (const state of end) keys.add(keyOfState(state.status === 'open' ? { ...state, status: 'wild' } : state));
    return keys;
  } catch {
    // Unknown, or a syntax this walk does not know: the plain scan is always right, only slower.
    return null;
  }
}

function keyOfState({ codes, anchored, status }: State): number {
  if (!anchored || codes.length === 0) throw new Unknown();
  if (codes[0] === DIGIT) return DIGIT_KEY;
  if (codes[0] === CAPITAL) return CAPITAL_KEY;
  return status === 'done' ? exactKey(codes) : prefixKey(codes);
}

/** The states after matching `node` from each of `states`; `caseless` is the "i" flag. */
function walk(node: AstNode, states: State[], caseless: boolean): State[] {
  // Once every first word is known the rest of the pattern cannot change it: most of a long
  // pattern is never walked (this runs once per check when the engine first starts).
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
  let current = states;
  for (let k = 0; ; k++) {
    const open = current.some((s) => s.status === 'open');
    // A state whose first word is known passes through any number of repetitions unchanged.
    if (k >= min || !open) out.push(...current);
    if (k === max || !open) break;
    if (k >= min + KEY_CHARS || k >= 10) {
      // `KEY_CHARS` more repetitions fill any first word; past that, whatever is still open is unknown.
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
    // At the start, a boundary (or the start of a line) puts the match at a word start; after a
    // word character, it ends the word.
    return state.codes.length === 0 ? { ...state, anchored: true } : { ...state, status: 'done' };
  }
  if (kind === 'end') {
    if (state.codes.length === 0) throw new Unknown();
    return { ...state, status: 'done' };
  }
  return state;
}

function append(state: State, codePoints: number[]): State[] {
  if (state.status !== 'open') return [state];
  const out: State[] = [];
  for (const cp of codePoints) {
    const code = cp < 128 ? WORD_CODE[cp]! : 0;
    if (code === 0) {
      // Not a word character: the first word ends here (or the match starts at a symbol: unknown).
      if (state.codes.length === 0) throw new Unknown();
      out.push({ ...state, status: 'done' });
      continue;
    }
    if (!state.anchored) throw new Unknown(); // the match may start inside a word
    const codes = [...state.codes, code];
    out.push({ ...state, codes, status: codes.length === KEY_CHARS ? 'done' : 'open' });
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
    case 'W':
      // Never a word character: the first word ends here.
      if (state.codes.length === 0) throw new Unknown();
      return [{ ...state, status: 'done' }];
    case 'd':
      if (!state.anchored) throw new Unknown();
      return state.codes.length === 0 ? [{ ...state, codes: [DIGIT], status: 'done' }] : [{ ...state, status: 'wild' }];
    default:
      return [anyChar(state)];
  }
}

function anyChar(state: State): State {
  if (state.status !== 'open') return state;
  if (state.codes.length === 0) throw new Unknown();
  return { ...state, status: 'wild' };
}

function dedupe(states: State[]): State[] {
  const seen = new Map<string, State>();
  for (const s of states) seen.set(`${s.codes.join(',')}|${s.anchored ? 1 : 0}|${s.status}`, s);
  if (seen.size > MAX_STATES) throw new Unknown();
  return [...seen.values()];
}
