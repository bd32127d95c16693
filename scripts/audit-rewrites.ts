/**
 * Every rewrite the checks offer over the corpus, applied and read for what it breaks in its sentence
 * (`rewrite-misfits.ts`): counts per check and kind, and with --show N the first N of each, in context.
 *   npm run audit:rewrites
 *   npm run audit:rewrites -- --show 5
 * The posts are read at run time and printed only to the terminal.
 */
import { analyze } from '../src/core';
import { arg } from './cli-args';
import { allPosts, corpusAvailable, CORPUS_DIR } from './corpus';
import { misfitsOf } from './rewrite-misfits';

if (!corpusAvailable()) {
  console.log(`Corpus not found at ${CORPUS_DIR}: nothing to audit (set CLEARBRIEF_CORPUS to its folder).`);
  process.exit(0);
}

const show = Number(arg('--show') ?? 0);
const posts = allPosts();
const found = new Map<string, string[]>();
let edits = 0;
let findings = 0;
for (const post of posts) {
  const texts = { title: post.title, description: post.description };
  for (const finding of analyze(texts).findings) {
    if (!finding.range) continue;
    findings++;
    for (const s of finding.suggestions) {
      if (s.kind !== 'edit') continue;
      edits++;
      const text = texts[s.part];
      for (const misfit of misfitsOf(text, s.range, s.text)) {
        const key = `${finding.ruleId}  ${misfit}`;
        const seen = found.get(key) ?? [];
        seen.push(`${text.slice(Math.max(0, s.range.start - 40), s.range.start)}[${text.slice(s.range.start, s.range.end)} → ${s.text}]${text.slice(s.range.end, s.range.end + 40)}`.replace(/\s+/g, ' '));
        found.set(key, seen);
      }
    }
  }
}
const misfits = [...found.values()].reduce((n, list) => n + list.length, 0);
console.log(`${edits.toLocaleString('en')} rewrites of ${findings.toLocaleString('en')} findings in ${posts.length.toLocaleString('en')} posts; ${misfits} break their sentence (${((misfits / Math.max(1, edits)) * 100).toFixed(1)}%)`);
for (const [key, list] of [...found].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${String(list.length).padStart(6)}  ${key}`);
  for (const example of list.slice(0, show)) console.log(`          ${example}`);
}
