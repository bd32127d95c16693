import { analyze } from '../src/core';
import { candidateStarts } from '../src/core/text/word-index';
import { allPosts } from './corpus';
const posts = allPosts().map((p) => ({ title: p.title ?? '', description: p.description ?? '' }));
for (const p of posts) analyze(p);
const res: number[] = [];
for (let r = 0; r < 7; r++) {
  const t = performance.now();
  for (const p of posts) { candidateStarts(p.title, 0); candidateStarts(p.description, 0); }
  res.push((performance.now() - t) * 1000 / posts.length);
}
console.log('index µs per post', res.map((x) => x.toFixed(1)).join(' '), 'min', Math.min(...res).toFixed(1));
