/**
 * Where each indexed pattern group may match in a text: the word starts whose key is one of the
 * group's first-word keys (see `word-keys.ts`), found in one pass over the text for all groups.
 */
import { CAPITAL_KEY, DIGIT_KEY, firstCodeOf, headOf, HEADS, headsOfKey, isDigitCode, isSpaceUnit, KEY_BASE, KEY_CHARS, KEY_WEIGHT, prefixKeyOfExact, SEPARATOR, wordCode } from './word-keys';

/** Group ids by key, for every group registered so far. */
const groupsByKey = new Map<number, number[]>();
/** One id per distinct source, so recompiling the same custom rule does not grow the table. */
const idBySignature = new Map<string, number>();
let groupCount = 0;

/** Register a pattern group's first-word keys; returns its id in the index. */
export function registerGroup(signature: string, keys: ReadonlySet<number>): number {
  let id = idBySignature.get(signature);
  if (id !== undefined) return id;
  id = groupCount++;
  idBySignature.set(signature, id);
  for (const key of keys) {
    const groups = groupsByKey.get(key);
    if (groups) groups.push(id);
    else groupsByKey.set(key, [id]);
    markHeads(key);
  }
  clearWordTable();
  return id;
}

/**
 * Which first three codes some group's key can start with, one bit each (7 KB), and whether a
 * group starts at any capitalised word: a word that can start no group is skipped with one bit
 * test instead of a lookup in the word table. Over the corpus that is 18% of the words (a
 * capitalised word always passes while a group starts at capitals); 56% start some group.
 */
const headBits = new Uint8Array(Math.ceil(HEADS / 8));
let capitalGroups = false;

function markHeads(key: number): void {
  const heads = headsOfKey(key);
  if (heads === 'capital') capitalGroups = true;
  else for (const head of heads) headBits[head >> 3]! |= 1 << (head & 7);
}

/**
 * Every group a word can start, by the word's key and whether it is capitalised: the groups of
 * its exact key, of each of its prefixes, and of digits or capitals, without repeats, so the pass
 * over a text does one lookup per word. Filled as words are first met, in an open-addressing
 * table of typed arrays (384 KB): a `Map` of the corpus's 18,000 five-character word keys cost
 * more than all the lookups it saved, each hit a walk through scattered memory. With the keys
 * that read into the next word the corpus has about 30,000, under the three quarters of the
 * table at which it is emptied (a long session's vocabulary); it is emptied too when a group is
 * registered. Distinct group lists are few and shared.
 */
const TABLE_BITS = 16;
const TABLE_SIZE = 1 << TABLE_BITS;
const wordAt = new Int32Array(TABLE_SIZE).fill(-1);
const listAt = new Uint16Array(TABLE_SIZE);
let wordsHeld = 0;
const lists: Array<readonly number[]> = [];
const listBySignature = new Map<string, number>();

function clearWordTable(): void {
  wordAt.fill(-1);
  wordsHeld = 0;
  lists.length = 0;
  listBySignature.clear();
}

function groupsOfWord(exact: number, length: number, capital: boolean): readonly number[] {
  const wordKey = 2 * exact + (capital ? 1 : 0);
  let at = Math.imul(wordKey, 0x9e3779b1) >>> (32 - TABLE_BITS);
  for (let held = wordAt[at]!; held !== -1; held = wordAt[at]!) {
    if (held === wordKey) return lists[listAt[at]!]!;
    at = (at + 1) & (TABLE_SIZE - 1);
  }
  if (wordsHeld >= (TABLE_SIZE * 3) / 4) {
    clearWordTable();
    return groupsOfWord(exact, length, capital);
  }
  const keys = [exact];
  for (let j = 1; j <= length && j < KEY_CHARS; j++) keys.push(prefixKeyOfExact(exact, j));
  if (isDigitCode(firstCodeOf(exact))) keys.push(DIGIT_KEY);
  else if (capital) keys.push(CAPITAL_KEY);
  const ids = new Set<number>();
  for (const key of keys) for (const id of groupsByKey.get(key) ?? []) ids.add(id);
  const groups = [...ids].sort((a, b) => a - b);
  const signature = groups.join();
  let list = listBySignature.get(signature);
  if (list === undefined) {
    list = lists.push(groups) - 1;
    listBySignature.set(signature, list);
  }
  wordAt[at] = wordKey;
  listAt[at] = list;
  wordsHeld++;
  return lists[list]!;
}

interface TextIndex {
  text: string;
  /** Groups registered when the index was built: a group added later needs a new index. */
  groupCount: number;
  /** Candidate start offsets per group id, ascending; undefined where the text has none. */
  starts: Array<number[] | undefined>;
}

/**
 * The last two texts indexed: a draft's title and description, read by every check in turn. A
 * check runs on both parts, so a one-entry cache would rebuild at every switch.
 */
const recent: TextIndex[] = [];

/** Candidate start offsets of group `id` in `text`, or undefined when it cannot match there. */
export function candidateStarts(text: string, id: number): readonly number[] | undefined {
  return indexOf(text).starts[id];
}

function indexOf(text: string): TextIndex {
  for (const index of recent) {
    if (index.text === text && index.groupCount === groupCount) return index;
  }
  const index: TextIndex = { text, groupCount, starts: new Array<number[] | undefined>(groupCount).fill(undefined) };
  build(text, index.starts);
  if (recent.unshift(index) > 2) recent.pop();
  return index;
}

function build(text: string, starts: Array<number[] | undefined>): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const unit = text.charCodeAt(i);
    if (wordCode(unit) === 0) {
      i++;
      continue;
    }
    // The word's key from its first KEY_CHARS codes (see word-keys.ts), one digit each by Horner's
    // rule, then on to its end: only word starts are candidates.
    let code = wordCode(unit);
    let key = code;
    let length = 1;
    let end = i + 1;
    while (length < KEY_CHARS && end < n && (code = wordCode(text.charCodeAt(end))) !== 0) {
      key = key * KEY_BASE + code;
      length++;
      end++;
    }
    if (length === KEY_CHARS) {
      while (end < n && wordCode(text.charCodeAt(end)) !== 0) end++;
    } else {
      // A short word followed by spaces and another word: the separator and the next word's start.
      let next = end;
      while (next < n && isSpaceUnit(text.charCodeAt(next))) next++;
      if (next > end && next < n && wordCode(text.charCodeAt(next)) !== 0) {
        key = key * KEY_BASE + SEPARATOR;
        length++;
        while (length < KEY_CHARS && next < n && (code = wordCode(text.charCodeAt(next))) !== 0) {
          key = key * KEY_BASE + code;
          length++;
          next++;
        }
      }
      // (digits shifted to the key's first places, as a word of KEY_CHARS codes has them)
      key *= KEY_WEIGHT[length - 1]!;
    }
    const capital = unit >= 65 && unit <= 90;
    const head = headOf(key);
    if ((headBits[head >> 3]! & (1 << (head & 7))) === 0 && !(capital && capitalGroups)) {
      i = end;
      continue;
    }
    const groups = groupsOfWord(key, length, capital);
    for (let g = 0; g < groups.length; g++) {
      const id = groups[g]!;
      const list = starts[id];
      if (list === undefined) starts[id] = [i];
      else list.push(i);
    }
    i = end;
  }
}
