/**
 * Where each indexed pattern group may match in a text: the word starts whose key is one of the
 * group's first-word keys (see `word-keys.ts`), found in one pass over the text for all groups.
 */
import { CAPITAL_KEY, DIGIT_KEY, exactKey, KEY_SPACE, prefix1Key, prefix2Key, wordCode } from './word-keys';

/**
 * Group ids by key, for every group registered so far: a slot number per key in a typed array
 * (keys are small integers), so the pass over a text does array reads, not hash lookups.
 */
const slotByKey = new Uint16Array(KEY_SPACE);
const groupsBySlot: number[][] = [[]];
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
    let slot = slotByKey[key]!;
    if (slot === 0) {
      slot = groupsBySlot.push([]) - 1;
      slotByKey[key] = slot;
    }
    groupsBySlot[slot]!.push(id);
  }
  return id;
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
    const c1 = wordCode(unit);
    if (c1 === 0) {
      i++;
      continue;
    }
    const c2 = i + 1 < n ? wordCode(text.charCodeAt(i + 1)) : 0;
    const c3 = c2 && i + 2 < n ? wordCode(text.charCodeAt(i + 2)) : 0;
    add(starts, exactKey(c1, c2, c3), i);
    add(starts, prefix1Key(c1), i);
    if (c2) add(starts, prefix2Key(c1, c2), i);
    if (c1 >= 27 && c1 <= 36) add(starts, DIGIT_KEY, i);
    else if (unit >= 65 && unit <= 90) add(starts, CAPITAL_KEY, i);
    // Skip to the end of the word: only word starts are candidates.
    i += c3 ? 3 : c2 ? 2 : 1;
    while (i < n && wordCode(text.charCodeAt(i)) !== 0) i++;
  }
}

function add(starts: Array<number[] | undefined>, key: number, offset: number): void {
  const slot = slotByKey[key]!;
  if (slot === 0) return;
  const groups = groupsBySlot[slot]!;
  for (let g = 0; g < groups.length; g++) {
    const id = groups[g]!;
    const list = starts[id];
    if (list === undefined) starts[id] = [offset];
    else if (list[list.length - 1] !== offset) list.push(offset);
  }
}
