/**
 * Draws a blind set to label: posts picked at random from both corpus files, none labelled before (dev or team), with
 * a seeded generator so that the draw can be repeated and checked.
 *   npm run draw-set -- --seed 20261147 [--count 80]
 *   npm run draw-set -- --seed 20261147 --redraw AO   the draw of a set already labelled, as it was made (for checking:
 *                                                     sets AO on; M–AN were drawn by a script that was not kept)
 * Prints each post (number, id, title, text) for labelling by `../shared/corpus/LABELS.md`. The text stays out of the
 * repository: only the ids and labels go into scripts/labels-team.jsonl, committed before the engine is run on them
 * (`npm run first-runs` then judges the set with the engine of the commit before).
 */
import { resolve } from 'node:path';
import { arg } from './cli-args';
import { allPosts, corpusAvailable, CORPUS_DIR, orExit, readJsonl } from './corpus';

/** mulberry32: a small seeded generator, uniform in [0, 1). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seed = Number(arg('--seed'));
const count = Number(arg('--count') ?? 80);
if (!Number.isInteger(seed) || !Number.isInteger(count) || count < 1) {
  console.error('Usage: npm run draw-set -- --seed N [--count 80] (whole numbers; a new seed for each set)');
  process.exit(2);
}
if (!corpusAvailable()) {
  console.error(`Corpus not found at ${CORPUS_DIR} (set CLEARBRIEF_CORPUS to its folder).`);
  process.exit(2);
}
const team = orExit(() => readJsonl<{ id: string; set: string }>(resolve(import.meta.dirname, 'labels-team.jsonl')));
// A set drawn again is drawn from the posts unlabelled then: the team rows before its first one.
const redraw = arg('--redraw');
const upTo = redraw === undefined ? team.length : team.findIndex((row) => row.set === redraw);
if (upTo === -1) {
  console.error(`No set ${redraw} in scripts/labels-team.jsonl.`);
  process.exit(2);
}
const labelled = new Set([...orExit(() => readJsonl<{ id: string }>('labels-dev.jsonl')), ...team.slice(0, upTo)].map((row) => row.id));
const pool = allPosts().filter((post) => !labelled.has(post.id));
if (pool.length < count) {
  console.error(`Only ${pool.length} unlabelled posts are left: ask for fewer.`);
  process.exit(2);
}
const random = seeded(seed);
const picked = new Map<string, (typeof pool)[number]>();
while (picked.size < count) {
  const post = pool[Math.floor(random() * pool.length)]!;
  picked.set(post.id, post);
}
console.log(`${pool.length} unlabelled posts; ${count} drawn with seed ${seed}`);
[...picked.values()].forEach((post, i) => console.log(`\n===== ${i + 1} ${post.id}\nTITLE: ${post.title ?? ''}\n${post.description ?? ''}`));
