import type { SectionId } from './types';

/**
 * When a sentence satisfies several sections, the most specific wins: a sentence with a budget
 * in it belongs under Budget even if it also names a deliverable (unless the client's own
 * heading above it says which it is: see `sectionOfHeading`).
 */
export const PRIORITY: readonly SectionId[] = ['budget', 'timeline', 'samples', 'communication', 'acceptance', 'deliverables', 'context'];

/**
 * The sections whose lists often hold a line of another: "Deadline: May 1" in a list of
 * deliverables, "Budget: $500" in a project overview. Under a narrower heading of the client's
 * ("Schedule", "Budget", "How to apply") every line stays: "May 4 - tickets on sale (about $20)" is
 * a date there, not a price.
 */
const BROAD: ReadonlySet<SectionId> = new Set(['deliverables', 'context']);

/** Where the sentences of a draft go, read in order: what the headings passed so far and the last sentence placed say. */
export class Placement {
  /** Where a sentence that satisfies nothing goes: with the last one placed (the opening ones under Context). */
  private current: SectionId = 'context';
  /** The section the client's last heading named, until the next heading. */
  private block: SectionId | undefined;
  /** Whether that heading named two things ("Timeline & Budget"): only what says neither stays under it. */
  private loose = false;
  /** In a draft restructured before, the section of the good post's heading passed last: each sentence stays there. */
  private own: SectionId | undefined;

  /** One of the good post's own headings, in a draft that holds them (`restructuredBefore`: several of them). */
  passOwnHeading(section: SectionId, restructuredBefore: boolean): void {
    this.current = section;
    this.block = section;
    this.loose = false;
    if (restructuredBefore) this.own = section;
  }

  /** A heading of the client's, and the section it names, if any. */
  enterHeading(section: SectionId | undefined, loose: boolean): void {
    this.block = section;
    this.loose = loose;
  }

  /** A heading of the client's left out: what follows goes under the section it named. */
  dropHeading(): void {
    this.current = this.block ?? this.current;
  }

  /** Where a sentence goes, given the sections it satisfies and the section its label names ("Compensation: …"). */
  sectionOf(satisfied: ReadonlySet<SectionId>, labelled: SectionId | undefined): SectionId {
    // (under one of the good post's headings, a sentence stays: restructuring placed it there, or the client did; a
    // line labelled with a section's name goes there whatever heading it stands under)
    return this.own ?? labelled ?? this.underHeading(satisfied) ?? this.current;
  }

  /** A sentence placed: the next that satisfies nothing follows it, unless it was an item of a list that went elsewhere. */
  placed(section: SectionId, listItem: boolean): void {
    if (!listItem) this.current = section;
  }

  /**
   * Under the section the client's heading names, unless that heading is broad (or loose) and the sentence satisfies
   * a more specific section; else under the most specific section it satisfies; undefined when it satisfies none and
   * no heading names its section.
   */
  private underHeading(satisfied: ReadonlySet<SectionId>): SectionId | undefined {
    const block = this.block;
    if (block && satisfied.has(block)) return block;
    const specific = PRIORITY.find((id) => satisfied.has(id));
    if (!block) return specific;
    if (this.loose) return specific ?? block;
    if (!BROAD.has(block)) return block;
    return specific && PRIORITY.indexOf(specific) < PRIORITY.indexOf(block) ? specific : block;
  }
}
