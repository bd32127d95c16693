import { isBroad, leavesOf, type ClientHeading, type Leaves } from './restructure-cues';
import type { SectionId } from './types';

/**
 * When a sentence satisfies several sections, the most specific wins: a sentence with a budget
 * in it belongs under Budget even if it also names a deliverable (unless the client's own
 * heading above it says which it is: see `clientHeading`).
 */
export const PRIORITY: readonly SectionId[] = ['budget', 'timeline', 'samples', 'communication', 'acceptance', 'deliverables', 'context'];

/** Where the sentences of a draft go, read in order: what the headings passed so far and the last sentence placed say. */
export class Placement {
  /** Where a sentence that satisfies nothing goes: with the last one placed (the opening ones under Context). */
  private current: SectionId = 'context';
  /** The section the client's last heading named, until the next heading. */
  private block: SectionId | undefined;
  /** Which lines leave that heading for a section they satisfy. */
  private leaves: Leaves = 'none';
  /** In a draft restructured before, the section of the good post's heading passed last: each sentence stays there. */
  private own: SectionId | undefined;
  /** The narrow section of a line that opened a list ("Please provide the following:"), while its lines go on. */
  private list: SectionId | undefined;
  /** Whether no line has started since that one. */
  private listJustOpened = false;
  /** Whether a line has been placed under the client's last heading, not counting the heading itself. */
  private blockHasLines = false;
  /** Whether the client's heading just entered is yet to be placed (one that says what follows stays). */
  private headingToPlace = false;
  /** Whether the line now read opens a paragraph after lines placed under that heading. */
  private paragraphAfterBlock = false;

  /** One of the good post's own headings, in a draft that holds them (`restructuredBefore`: several of them). */
  passOwnHeading(section: SectionId, restructuredBefore: boolean): void {
    this.current = section;
    this.block = section;
    this.blockHasLines = false;
    this.headingToPlace = false;
    this.leaves = leavesOf(section);
    this.list = undefined;
    if (restructuredBefore) this.own = section;
  }

  /** A heading of the client's, naming a section or not. */
  enterHeading(heading: ClientHeading | undefined): void {
    this.block = heading?.section;
    this.blockHasLines = false;
    this.headingToPlace = true;
    this.leaves = heading?.leaves ?? 'none';
    this.list = undefined;
  }

  /**
   * A line that opens a list, placed under `section`: the list's lines stay with it ("2. Your plan, with a rough
   * timeline" under "Please answer these in your response:" is no timeline of the client's), unless it went under
   * Context or Scope, whose lists often hold a line of another section.
   */
  openList(section: SectionId): void {
    this.list = isBroad(section) ? undefined : section;
    this.listJustOpened = true;
  }

  /** A line starts: a list ends at a paragraph that is no list item (or at the next heading). */
  startLine(listItem: boolean, afterBlankLine: boolean): void {
    if (!listItem && afterBlankLine && !this.listJustOpened) this.list = undefined;
    this.paragraphAfterBlock = afterBlankLine && this.blockHasLines;
    this.listJustOpened = false;
  }

  /**
   * A heading of the client's that names no section ("Testing & Launch", "WHAT WE NEED FROM YOU"): a part of Scope
   * ("Responsibilities" > "Backend & Data Design"), or the end of another heading's lines ("Contract & Budget" > "WHAT WE
   * NEED FROM YOU", "Why Join Us?" > "Role Overview", "About Us" > "The App": who the client is has few parts, and the
   * features listed under such a heading went under Context).
   */
  passUnnamedHeading(): void {
    if (this.leaves !== 'narrower' || this.block === 'context') this.block = undefined;
  }

  /** A heading of the client's left out: what follows goes under the section it named. */
  dropHeading(): void {
    this.current = this.block ?? this.current;
    this.headingToPlace = false;
  }

  /**
   * Where a sentence goes, given the sections it satisfies, the section its label names ("Compensation: …") and whether
   * it says what the job is.
   */
  sectionOf(satisfied: ReadonlySet<SectionId>, labelled: SectionId | undefined, statesTheJob = false): SectionId {
    // (under one of the good post's headings, a sentence stays: restructuring placed it there, or the client did; a
    // line labelled with a section's name goes there whatever heading it stands under)
    return this.own ?? labelled ?? this.list ?? this.underHeading(satisfied, statesTheJob) ?? this.current;
  }

  /** Where a line that satisfies nothing goes now (a heading that had no line under it). */
  here(): SectionId {
    return this.sectionOf(new Set(), undefined);
  }

  /**
   * A sentence placed: the next that satisfies nothing follows it, unless it was an item of a list that went elsewhere
   * (an item that stayed under Context's or Scope's heading leads on: the features listed under "**Customer Features**:"
   * after a Scope list went back under the Context above it, the bold heading's stars reading as a bullet).
   */
  placed(section: SectionId, listItem: boolean): void {
    if (!listItem || (section === this.block && isBroad(section))) this.current = section;
    // (a line of a narrow heading's that went elsewhere, labelled with its section, "Budget: $8,000" after the client's
    // "Milestones", ends the heading's lines: the next goes where it belongs, not back under the heading; How to apply's
    // run on, as at a paragraph)
    if (this.endsNarrowBlock(section)) this.block = undefined;
    this.blockHasLines = this.block !== undefined && !this.headingToPlace;
    this.headingToPlace = false;
    this.paragraphAfterBlock = false;
  }

  /**
   * Whether a sentence leaves Context's or Scope's heading though it satisfies that section too:
   * - the sentence that says what the job is opens Scope even under the client's "Project Overview";
   * - a request for past work does not stay for naming the work ("include examples of past CRM projects" among the
   *   features);
   * - a paragraph after a Scope heading's lines that says when the work is done ("It's done when the template scores 90+
   *   on PageSpeed" after the list of deliverables). (Other sections' paragraphs there were as often the work's: a
   *   closing presentation to the team, a cost per item to keep low.)
   */
  private leavesThoughSatisfying(block: SectionId, satisfied: ReadonlySet<SectionId>, statesTheJob: boolean): boolean {
    if (statesTheJob && block === 'context') return true;
    if (!isBroad(block)) return false;
    return satisfied.has('samples') || (this.paragraphAfterBlock && block === 'deliverables' && satisfied.has('acceptance'));
  }

  /** Whether a line that goes to `section` ends the lines of a narrow heading (not How to apply's, whose lists run on). */
  private endsNarrowBlock(section: SectionId): boolean {
    return this.leaves === 'none' && this.block !== undefined && this.block !== 'samples' && section !== this.block && !this.headingToPlace;
  }

  /**
   * Under the section the client's heading names, unless the heading lets the sentence go to a section it satisfies
   * (`Leaves`) or the sentence opens a paragraph that leaves a narrow heading; else under the most specific section it
   * satisfies; undefined when it satisfies none and no heading names its section.
   */
  private underHeading(satisfied: ReadonlySet<SectionId>, statesTheJob: boolean): SectionId | undefined {
    const block = this.block;
    if (block && satisfied.has(block) && !this.leavesThoughSatisfying(block, satisfied, statesTheJob)) return block;
    const specific = PRIORITY.find((id) => satisfied.has(id));
    if (!block || !specific) return block ?? specific;
    switch (this.leaves) {
      case 'none':
        // (a paragraph after the heading's lines that says something else leaves it, and `placed` ends the heading's
        // lines: "Timeline:", "ASAP", a blank line, then "To apply, message me with:"; but not How to apply's, whose
        // lists run on past blank lines: "Your price and timeline for the first phase" among what to send)
        return this.paragraphAfterBlock && this.endsNarrowBlock(specific) ? specific : block;
      case 'narrower':
        return PRIORITY.indexOf(specific) < PRIORITY.indexOf(block) ? specific : block;
      case 'narrow':
        return isBroad(specific) ? block : specific;
      case 'any':
        return specific;
    }
  }
}
