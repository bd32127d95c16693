import type { Draft, DraftFields, Part, Range } from '../types';
import { linkRanges } from './links';
import { blankedOut, ownHeadingsIn, ownPromptsIn, type OwnHeading } from './own-headings';
import { sentences, type Segment } from './segments';
import { countWordsAndSyllables } from './stats';

/**
 * The draft as the checks see it: both parts, the form fields, and segmentations computed once
 * on first use and shared by every check.
 */
export class Doc {
  readonly title: string;
  readonly description: string;
  /** The description as the client wrote it: `description` with `restructure`'s headings and prompts left in. */
  readonly clientDescription: string;
  /** The lines of the description that are only one of `restructure`'s headings, blank in `description`. */
  readonly ownHeadings: readonly OwnHeading[];
  readonly fields: DraftFields;
  private readonly sentenceCache = new Map<Part, Segment[]>();
  private wordStatsCache: { words: number; syllables: number } | undefined;
  private readonly memos = new Map<string, unknown>();

  constructor(draft: Draft) {
    this.title = typeof draft.title === 'string' ? draft.title : '';
    this.clientDescription = typeof draft.description === 'string' ? draft.description : '';
    // (`restructure`'s own headings and prompts are not the client's words: see `own-headings.ts`)
    this.ownHeadings = ownHeadingsIn(this.clientDescription);
    this.description = blankedOut(this.clientDescription, [...this.ownHeadings, ...ownPromptsIn(this.clientDescription)]);
    this.fields = sanitizeFields(draft.fields);
  }

  text(part: Part): string {
    return part === 'title' ? this.title : this.description;
  }

  /** What a range of a part shows the client: their own text, headings and all (a quote may run past a heading line). */
  quote(part: Part, start: number, end: number): string {
    return (part === 'title' ? this.title : this.clientDescription).slice(start, end);
  }

  sentences(part: Part): Segment[] {
    let s = this.sentenceCache.get(part);
    if (!s) {
      s = sentences(this.text(part));
      this.sentenceCache.set(part, s);
    }
    return s;
  }

  /** The links and web addresses in a part (`links.ts`), found once, when a scan first asks. */
  links(part: Part): readonly Range[] {
    return this.memo(part === 'title' ? 'links-title' : 'links-description', () => linkRanges(this.text(part)));
  }

  /** Compute once per draft what several checks read (one check's evidence is another's exception). */
  memo<T>(key: string, compute: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute();
    this.memos.set(key, value);
    return value;
  }

  /** Words and syllables in the description (the title is not body text), counted once. */
  get wordStats(): { words: number; syllables: number } {
    this.wordStatsCache ??= countWordsAndSyllables(this.description);
    return this.wordStatsCache;
  }

  get wordCount(): number {
    return this.wordStats.words;
  }
}

/** Form fields come from page scraping or JSON files: keep only well-formed values. */
function sanitizeFields(fields: unknown): DraftFields {
  if (!fields || typeof fields !== 'object') return {};
  const f = fields as Record<string, unknown>;
  const out: DraftFields = {};
  for (const key of ['budget', 'timeline', 'experience'] as const) {
    const v = f[key];
    if (typeof v === 'string' && v.trim()) out[key] = v.trim();
  }
  if (Array.isArray(f.skills)) {
    const skills = f.skills.filter((s): s is string => typeof s === 'string' && s.trim() !== '');
    if (skills.length) out.skills = skills;
  }
  return out;
}
