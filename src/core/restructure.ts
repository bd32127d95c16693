import { BUILT_IN_RULES } from './registry';
import type { SectionRule } from './rule';
import { SECTIONS } from './sections';
import { Doc } from './text/doc';
import type { Draft, SectionId } from './types';

export interface RestructuredSection {
  id: SectionId;
  heading: string;
  /** The user's sentences placed here, in their original order. */
  sentences: string[];
  /** The bracketed prompt, when none of the user's sentences belongs here. */
  prompt?: string;
}

export interface Restructured {
  title: string;
  description: string;
  sections: RestructuredSection[];
  /** The draft's own heading lines ("Requirements:"), left out because the new headings replace them. */
  replacedHeadings: string[];
}

const SECTION_RULES = BUILT_IN_RULES.filter((r): r is SectionRule => r.type === 'section');

/**
 * When a sentence satisfies several sections, the most specific wins: a sentence with a budget
 * in it belongs under Budget even if it also names a deliverable.
 */
const PRIORITY: readonly SectionId[] = ['budget', 'timeline', 'samples', 'communication', 'acceptance', 'deliverables', 'context'];

/**
 * A sentence about applying that asks for no past work ("To be considered, answer…", "Don't apply
 * if…", "Start your proposal with…") still belongs under How to apply, not with whatever came before;
 * "users apply for jobs" in the app to build does not.
 */
const ABOUT_APPLYING =
  /\b(?:to apply|apply (?:now|here|today|with|by|if|only)|(?:don['’]?t|do not|please|only) apply|when applying|applicants? (?:should|must|who|will)|(?:your|in the) (?:proposal|application|cover letter|bid|reply)|proposals? (?:that|which|without|with)|to be considered)\b/i;

/** Which section one sentence satisfies, if any: the section checks run on the sentence alone. */
function classify(sentence: string): SectionId | undefined {
  const doc = new Doc({ description: sentence });
  const satisfied = new Set<SectionId>();
  for (const rule of SECTION_RULES) {
    if (rule.evidence({ doc, options: {} }).length > 0) satisfied.add(rule.section);
  }
  // About applying outranks what a sentence names on the way ("answer two questions" is no deliverable).
  if (ABOUT_APPLYING.test(sentence)) satisfied.add('samples');
  return PRIORITY.find((id) => satisfied.has(id));
}

const BULLET = /^(?:[-*•●▪◦✓✔]|\d+[.)])\s/;
/**
 * A line that is only a heading ("Requirements:", "Key Responsibilities:", "Scope & Deliverables:")
 * is dropped: the new headings replace it. Up to four words with no verb or pronoun in them: "The
 * functionality is as follows:" or "We need:" says something, and is kept like any sentence.
 */
const HEADING_ONLY = /^(?![^:]*\b(?:is|are|was|were|be|as|follows?|following|we|i|you|they|need|needs|want|wants|must|will|should|can)\b)\p{L}[\p{L}&/-]*(?:[ ]+[\p{L}&/-]+){0,3}:$/iu;

/**
 * Lay the draft out under the headings of a good post. Every sentence the user wrote is kept and
 * moved under the heading it satisfies, except the draft's own heading lines (`replacedHeadings`);
 * a sentence about applying goes under How to apply; one that satisfies none stays with the one
 * before it (the opening ones go under Context); empty headings get a bracketed prompt.
 */
export function restructure(draft: Draft): Restructured {
  const doc = new Doc(draft);
  const placed = new Map<SectionId, string[]>(SECTIONS.map((s) => [s.id, []]));
  let current: SectionId = 'context';
  const replacedHeadings: string[] = [];
  const text = doc.description;
  for (const s of doc.sentences('description')) {
    const section = classify(s.text);
    // A heading that is itself evidence ("Deliverables:", "Key Features:") stays: it says what follows.
    if (!section && HEADING_ONLY.test(s.text) && startsLine(text, s.start)) {
      replacedHeadings.push(s.text);
      continue;
    }
    current = section ?? current;
    placed.get(current)!.push(s.text);
  }
  const sections: RestructuredSection[] = SECTIONS.map((info) => {
    const sentences = placed.get(info.id)!;
    return sentences.length ? { id: info.id, heading: info.heading, sentences } : { id: info.id, heading: info.heading, sentences, prompt: info.prompt };
  });
  const description = sections
    .map((s) => `${s.heading}\n${s.prompt ?? joinSentences(s.sentences)}`)
    .join('\n\n');
  return { title: doc.title, description, sections, replacedHeadings };
}

/** Whether only spaces stand between the line's start and `offset`: "1. Identify the sites:" is a list item, not a heading. */
function startsLine(text: string, offset: number): boolean {
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset).trim() === '';
}

/** A sentence that ends as prose does; one that does not ended at a line break ("NO TEAMS", "Duration: 12 days"). */
const ENDS_PROSE = /[.!?…。！？]["'”’)\]]*$/;

/**
 * Prose runs on in one paragraph; list items and lines that ended without a full stop keep a line
 * each, so that a pattern never reads across two of the user's lines that were never one sentence
 * ("12 days" and "Must report daily" are no count of reports).
 */
function joinSentences(sentences: string[]): string {
  let out = sentences[0] ?? '';
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    out += BULLET.test(s) || !ENDS_PROSE.test(sentences[i - 1]!) ? `\n${s}` : ` ${s}`;
  }
  return out;
}
