/**
 * What `restructure` does to the corpus's posts: the sections each post meets against those its restructured draft
 * meets (a restructured draft should meet what the post met, no more and no less: it adds only headings and blanks),
 * how many sentences go under each heading, how many drafts restructured a second time come out changed, and how much
 * of what met each section is placed under its heading (or under a more specific one, where a sentence says more).
 *   npm run audit:restructure
 *   npm run audit:restructure -- --show 5      (the ids of the first 5 posts of each kind)
 * The posts are read at run time; only counts and ids are printed.
 */
import { analyze, restructure, type SectionId } from '../src/core';
import { PRIORITY } from '../src/core/restructure-placement';
import { arg } from './cli-args';
import { allPosts, corpusAvailable, CORPUS_DIR } from './corpus';

if (!corpusAvailable()) {
  console.log(`Corpus not found at ${CORPUS_DIR}: nothing to audit (set CLEARBRIEF_CORPUS to its folder).`);
  process.exit(0);
}

const show = Number(arg('--show') ?? 0);
const met = (title: string, description: string) => new Set(analyze({ title, description }).checklist.filter((c) => c.status === 'met').map((c) => c.section));
const lost = new Map<SectionId, string[]>();
const gained = new Map<SectionId, string[]>();
const sentences = new Map<SectionId, number>();
const changedAgain: string[] = [];
/** Per section: pieces of the post's evidence, and how many of them are placed under that section or a more specific one. */
const placed = new Map<SectionId, { pieces: number; right: number }>();
const posts = allPosts();
for (const post of posts) {
  const once = restructure({ title: post.title, description: post.description });
  const sectionAt = placedSections(post.description, once.sections);
  for (const item of analyze({ title: post.title, description: post.description }).checklist) {
    if (item.status !== 'met') continue;
    for (const e of item.evidence) {
      if (!('range' in e) || e.part !== 'description') continue;
      const at = sectionAt(e.range.start, e.range.end);
      const tally = placed.get(item.section) ?? { pieces: 0, right: 0 };
      tally.pieces++;
      if (at !== undefined && PRIORITY.indexOf(at) <= PRIORITY.indexOf(item.section)) tally.right++;
      placed.set(item.section, tally);
    }
  }
  const before = met(post.title, post.description);
  const after = met(post.title, once.description);
  for (const s of before) if (!after.has(s)) lost.set(s, [...(lost.get(s) ?? []), post.id]);
  for (const s of after) if (!before.has(s)) gained.set(s, [...(gained.get(s) ?? []), post.id]);
  for (const section of once.sections) sentences.set(section.id, (sentences.get(section.id) ?? 0) + section.sentences.length);
  if (restructure({ description: once.description }).description !== once.description) changedAgain.push(post.id);
}

const count = (by: Map<SectionId, string[]>) => [...by.values()].reduce((n, ids) => n + ids.length, 0);
const line = (label: string, by: Map<SectionId, string[]>) => {
  console.log(`${label}: ${count(by)} (${[...by].map(([s, ids]) => `${s} ${ids.length}`).join(', ') || 'none'})`);
  if (show) for (const [s, ids] of by) console.log(`  ${s}: ${ids.slice(0, show).join(' ')}`);
};
console.log(`${posts.length.toLocaleString('en')} posts restructured`);
line('sections met by the post and not by its restructured draft', lost);
line('sections met by the restructured draft and not by the post', gained);
const total = [...sentences.values()].reduce((a, b) => a + b, 0);
console.log(`sentences under each heading (${total.toLocaleString('en')}): ${[...sentences].map(([s, n]) => `${s} ${n.toLocaleString('en')}`).join(', ')}`);
console.log(`restructured again and changed: ${changedAgain.length}${show ? ` ${changedAgain.slice(0, show).join(' ')}` : ''}`);
const share = (t: { pieces: number; right: number }) => `${((t.right / Math.max(1, t.pieces)) * 100).toFixed(1)}%`;
const all = [...placed.values()].reduce((a, t) => ({ pieces: a.pieces + t.pieces, right: a.right + t.right }), { pieces: 0, right: 0 });
console.log(`the post's evidence placed under its section or a more specific one: ${share(all)} of ${all.pieces.toLocaleString('en')} (${[...placed].map(([s, t]) => `${s} ${share(t)}`).join(', ')})`);

/**
 * Which section the first sentence of a stretch of the description was placed under, found in the text in order ("Budget:
 * $500" was a heading left out and the line under it).
 */
function placedSections(text: string, sections: ReadonlyArray<{ id: SectionId; sentences: string[] }>): (start: number, end: number) => SectionId | undefined {
  const spans: Array<{ start: number; end: number; id: SectionId }> = [];
  for (const { id, sentences } of sections) {
    let from = 0;
    for (const sentence of sentences) {
      const start = text.indexOf(sentence, from);
      if (start === -1) continue;
      spans.push({ start, end: start + sentence.length, id });
      from = start + sentence.length;
    }
  }
  spans.sort((a, b) => a.start - b.start);
  return (start, end) => spans.find((s) => s.start < end && start < s.end)?.id;
}
