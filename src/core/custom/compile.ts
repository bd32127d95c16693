/**
 * Compiles a validated custom rule definition once into a rule the engine runs like a built-in
 * one. Phrases become one pattern with word boundaries, longest first; a user's pattern runs
 * sentence by sentence (each at most a few thousand characters), so even a pattern that slipped
 * past the safety check only ever sees short inputs, and at most MAX_HITS matches are reported.
 */
import type { FindingRule, RuleHit } from '../rule';
import type { Doc } from '../text/doc';
import { allMatches } from '../text/match';
import { countWordsAndSyllables } from '../text/stats';
import type { Part } from '../types';
import type { CustomRuleDef, RuleScope } from './types';

const MAX_HITS = 50;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern for a list of phrases: whole words only, longest phrase first, white space flexible. */
export function phrasePattern(phrases: readonly string[], caseSensitive: boolean): RegExp | null {
  const parts = [...phrases].filter(Boolean).sort((a, b) => b.length - a.length).map((p) => escape(p).replace(/\s+/g, '\\s+'));
  if (!parts.length) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${parts.join('|')})(?![\\p{L}\\p{N}_])`, caseSensitive ? 'gu' : 'giu');
}

function partsOf(scope: RuleScope): Part[] {
  return scope === 'both' ? ['title', 'description'] : [scope];
}

interface Match {
  part: Part;
  start: number;
  end: number;
  text: string;
}

/** Matches of a pattern in the rule's scope, minus those inside an exception phrase. */
function matches(doc: Doc, re: RegExp | null, scope: RuleScope, exceptions: RegExp | null, bySentence = false): Match[] {
  if (!re) return [];
  const out: Match[] = [];
  for (const part of partsOf(scope)) {
    const text = doc.text(part);
    if (!text) continue;
    const excluded: Array<[number, number]> = [];
    if (exceptions) for (const m of allMatches(exceptions, text)) excluded.push([m.index, m.index + m[0].length]);
    const chunks = bySentence ? doc.sentences(part).map((s) => ({ offset: s.start, text: s.text })) : [{ offset: 0, text }];
    for (const chunk of chunks) {
      re.lastIndex = 0;
      for (let m = re.exec(chunk.text); m; m = re.exec(chunk.text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const start = chunk.offset + m.index;
        const end = start + m[0].length;
        if (excluded.some(([a, b]) => start >= a && end <= b)) continue;
        out.push({ part, start, end, text: m[0] });
        if (out.length >= MAX_HITS) return out;
      }
    }
  }
  return out;
}

function hit(m: Match, data: Record<string, string>, replacements: string[] = []): RuleHit {
  return { part: m.part, range: { start: m.start, end: m.end }, data: { phrase: m.text, ...data }, replacements: replacements.map((text) => ({ text, label: text ? `Replace with "${text}"` : 'Remove' })) };
}

export function compileRule(def: CustomRuleDef): FindingRule {
  const cs = def.caseSensitive;
  const exceptions = phrasePattern(def.exceptions, cs);
  let check: (doc: Doc) => RuleHit[];
  switch (def.kind) {
    case 'avoid': {
      const re = def.pattern ? new RegExp(def.pattern, cs ? 'g' : 'gi') : phrasePattern(def.phrases, cs);
      check = (doc) => matches(doc, re, def.scope, exceptions, Boolean(def.pattern)).map((m) => hit(m, {}, def.replacements));
      break;
    }
    case 'replace': {
      const compiled = def.swap.map((s) => ({ re: phrasePattern([s.from], cs), to: s.to }));
      check = (doc) => compiled.flatMap(({ re, to }) => matches(doc, re, def.scope, exceptions).map((m) => hit(m, { expected: to.join('", "') }, to)));
      break;
    }
    case 'require': {
      const re = phrasePattern(def.anyOf, cs);
      check = (doc) => (matches(doc, re, def.scope, exceptions).length ? [] : [{ data: { expected: def.anyOf.join('", "') }, insert: { label: `Mention ${def.anyOf[0]}`, text: `${def.anyOf[0]}: [details]` } }]);
      break;
    }
    case 'if-then': {
      const ifRe = phrasePattern(def.if, cs);
      const thenRe = phrasePattern(def.then, cs);
      check = (doc) => {
        const trigger = matches(doc, ifRe, def.scope, exceptions)[0];
        if (!trigger || matches(doc, thenRe, def.scope, null).length) return [];
        return [{ ...hit(trigger, { expected: def.then.join('", "') }), insert: { label: `Mention ${def.then[0]}`, text: `${def.then[0]}: [details]` } }];
      };
      break;
    }
    case 'limit': {
      const re = def.measure === 'occurrences' && def.phrase ? phrasePattern([def.phrase], cs) : null;
      check = (doc) => {
        let count = 0;
        let found: Match[] = [];
        if (def.measure === 'occurrences') {
          found = matches(doc, re, def.scope, exceptions);
          count = found.length;
        } else {
          for (const part of partsOf(def.scope)) {
            // The description's words are already counted for the stats: count only the title.
            if (def.measure === 'words') count += part === 'description' ? doc.wordCount : countWordsAndSyllables(doc.text(part)).words;
            else count += doc.sentences(part).length;
          }
        }
        const data = { count: String(count), min: String(def.min ?? ''), max: String(def.max ?? ''), phrase: def.phrase ?? '' };
        const tooFew = def.min !== undefined && count < def.min;
        const tooMany = def.max !== undefined && count > def.max;
        if (!tooFew && !tooMany) return [];
        // Too many occurrences: point at the ones past the limit.
        if (tooMany && found.length) return found.slice(def.max).map((m) => hit(m, data));
        return [{ data }];
      };
      break;
    }
  }
  return {
    type: 'finding',
    custom: true,
    meta: {
      id: def.id,
      name: def.id,
      level: def.level,
      description: def.description ?? def.message,
      why: def.description ?? 'A rule you or your team added.',
      seeds: 'custom rule',
      messages: { default: def.message },
    },
    check: ({ doc }) => check(doc),
  };
}
