/**
 * The blind sets' first runs: each set of `scripts/labels-team.jsonl` judged by the engine as it stood just before the
 * set's labels were committed, so that no rule written for a set's misses counts in the set's own figures.
 *   npm run first-runs                    every set labelled for all twelve labels (M onward), each and pooled
 *   npm run first-runs -- --sets AJ,AK    those sets only
 *   npm run first-runs -- --markdown      the same as a Markdown table (the README's)
 * It needs the repository's git history (a clone, not an export): each engine is `src/core` at the commit before the one
 * that added the set's first row, bundled once into a cache folder in the system's temporary directory.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { analyze as Analyze } from '../src/core';
import { agreement, confusion, type Confusion } from './agreement';
import { arg } from './cli-args';
import { allPosts, corpusAvailable, CORPUS_DIR, orExit, readJsonl } from './corpus';
import { type Labels, MAPPING } from './label-mapping';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LABELS_FILE = 'scripts/labels-team.jsonl';
const CACHE = join(tmpdir(), 'clearbrief-first-runs');
/** The checks a set's row shows (the three rarely-positive labels are pooled only). */
const SHOWN = ['timeline', 'budget', 'samples', 'communication', 'acceptance', 'off_platform', 'context', 'deliverables', 'vague_scope'];

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
}

/** The engine that first judged a set: the parent of the commit that added the set's first row. */
function firstRunEngine(firstId: string): string {
  // (in a shallow clone the oldest commit present would seem to add every row)
  if (git('rev-parse', '--is-shallow-repository') === 'true') throw new Error('This clone is shallow: is this a clone with its history? (git fetch --unshallow)');
  const added = git('log', '--format=%H', '--reverse', '-S', `"${firstId}"`, '--', LABELS_FILE).split('\n')[0];
  if (!added) throw new Error(`No commit adds "${firstId}" to ${LABELS_FILE}: is this a clone with its history?`);
  return git('rev-parse', `${added}^`);
}

/** `src/core` at a commit, bundled as the extension bundles it, and cached by commit. */
async function engineAt(commit: string): Promise<typeof Analyze> {
  const out = join(CACHE, `${commit}.mjs`);
  try {
    if (!existsSync(out)) {
      const src = join(CACHE, commit);
      mkdirSync(src, { recursive: true });
      execFileSync('sh', ['-c', `git archive ${commit} src/core | tar -x -C "${src}"`], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
      await build({ entryPoints: [join(src, 'src/core/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile: out, nodePaths: [join(ROOT, 'node_modules')], logLevel: 'silent' });
    }
    return ((await import(pathToFileURL(out).href)) as { analyze: typeof Analyze }).analyze;
  } catch (error) {
    // (an engine from before a dependency this checkout lacks, or a half-written cache: say which, not a stack trace)
    console.error(`Could not build the engine at ${commit.slice(0, 7)}: ${(error as Error).message.split('\n')[0]} (cache: ${CACHE})`);
    process.exit(2);
  }
}

if (!corpusAvailable()) {
  console.log(`Corpus not found at ${CORPUS_DIR}: nothing to evaluate (set CLEARBRIEF_CORPUS to its folder).`);
  process.exit(0);
}
const rows = orExit(() => readJsonl<Labels>(resolve(ROOT, LABELS_FILE)));
const bySet = new Map<string, Labels[]>();
for (const row of rows) {
  const set = String(row.set);
  if (!bySet.has(set)) bySet.set(set, []);
  bySet.get(set)!.push(row);
}
const asked = arg('--sets')?.split(',').map((s) => s.trim());
const unknown = asked?.filter((s) => !bySet.has(s)) ?? [];
if (unknown.length > 0) {
  console.error(`No set ${unknown.join(', ')} in ${LABELS_FILE}.`);
  process.exit(2);
}
// By default, the sets labelled for every check (the earlier ones judge three).
const sets = asked ?? [...bySet.keys()].filter((s) => bySet.get(s)!.every((row) => row.timeline !== undefined));
const posts = new Map(allPosts().map((p) => [p.id, p]));

const empty = (): Confusion => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const addInto = (sum: Confusion, c: Confusion) => {
  sum.tp += c.tp;
  sum.fp += c.fp;
  sum.fn += c.fn;
  sum.tn += c.tn;
};
const pooled = new Map(MAPPING.map(([, label]) => [label, empty()]));
const lines: Array<{ set: string; engine: string; count: number; cells: Map<string, Confusion> }> = [];
for (const set of sets) {
  const labelled = bySet.get(set)!;
  const engine = orExit(() => firstRunEngine(labelled[0]!.id));
  const analyze = await engineAt(engine);
  // Per label, the label and what the check said, in the label's terms: `confusion` counts them as eval does.
  const pairs = new Map(MAPPING.map(([, label]) => [label, { truth: [] as number[], said: [] as number[] }]));
  let count = 0;
  for (const row of labelled) {
    const post = posts.get(row.id);
    if (!post) continue;
    count++;
    const fired = new Set(analyze({ title: post.title, description: post.description }).findings.map((f) => f.ruleId));
    for (const [checkId, label, firesWhen] of MAPPING) {
      if (row[label] === undefined) continue;
      pairs.get(label)!.truth.push(Number(row[label]));
      pairs.get(label)!.said.push(fired.has(checkId) ? firesWhen : 1 - firesWhen);
    }
  }
  const cells = new Map(MAPPING.map(([, label, firesWhen]) => [label, confusion(pairs.get(label)!.truth, pairs.get(label)!.said, firesWhen)]));
  for (const [label, c] of cells) addInto(pooled.get(label)!, c);
  lines.push({ set, engine: engine.slice(0, 7), count, cells });
}

/** Posts that have the item (or the problem): what LABELS.md's "10 on each side" counts. */
const withItem = (label: string, c: Confusion) => (MAPPING.find(([, l]) => l === label)![2] === 0 ? c.fp + c.tn : c.tp + c.fn);
const kappaOf = (c: Confusion) => (c.tp + c.fp + c.fn + c.tn === 0 ? '' : agreement(c).kappa.toFixed(3).replace('NaN', 'n/a'));
const markdown = process.argv.includes('--markdown');
const cell = (label: string, c: Confusion) => `${kappaOf(c)} (${withItem(label, c)})`;
if (markdown) {
  console.log(`| set | engine | posts | ${SHOWN.join(' | ')} |`);
  console.log(`|---|---|---|${SHOWN.map(() => '---').join('|')}|`);
  for (const l of lines) console.log(`| ${l.set} | \`${l.engine}\` | ${l.count} | ${SHOWN.map((label) => cell(label, l.cells.get(label)!)).join(' | ')} |`);
} else {
  console.log(`first runs: kappa (posts with the item), each set judged by the engine before its labels landed\n`);
  console.log(`set  engine   posts  ${SHOWN.map((s) => s.slice(0, 12).padEnd(12)).join(' ')}`);
  for (const l of lines) console.log(`${l.set.padEnd(4)} ${l.engine}  ${String(l.count).padStart(5)}  ${SHOWN.map((label) => cell(label, l.cells.get(label)!).padEnd(12)).join(' ')}`);
}
const total = lines.reduce((n, l) => n + l.count, 0);
console.log(`\npooled over ${lines.length} sets (${total} posts):`);
for (const [label, c] of pooled) {
  if (c.tp + c.fp + c.fn + c.tn === 0) continue;
  const { f1 } = agreement(c);
  console.log(`  ${label.padEnd(14)} kappa ${kappaOf(c)}  F1 ${f1.toFixed(3).replace('NaN', 'n/a')}  with the item ${withItem(label, c)}`);
}
