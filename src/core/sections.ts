import type { SectionId } from './types';

/**
 * The checklist of a good post, in the order a post should read. Points add up to 100: a post
 * with every section and no problems scores 100, and each line of the score says what it is worth.
 */
export interface SectionInfo {
  id: SectionId;
  label: string;
  /** Heading used by `restructure` and by `skeleton`. */
  heading: string;
  points: number;
  /** The bracketed prompt placed under the heading when the draft has nothing for it. */
  prompt: string;
}

export const SECTIONS: readonly SectionInfo[] = [
  { id: 'context', label: 'Context', heading: 'Context', points: 15, prompt: '[Who you are, what this is for, who will use it, and what exists already.]' },
  { id: 'deliverables', label: 'Deliverables', heading: 'Scope and deliverables', points: 20, prompt: '[What exactly will be handed over, and how much of it.]' },
  { id: 'acceptance', label: 'Acceptance criteria', heading: 'Acceptance criteria', points: 10, prompt: '[How you will judge it done: measurable targets, "matches the design", "passes our tests".]' },
  { id: 'timeline', label: 'Timeline', heading: 'Timeline', points: 15, prompt: '[Start date, deadline or duration, and hours per week.]' },
  { id: 'budget', label: 'Budget', heading: 'Budget and payment', points: 15, prompt: '[Fixed price or hourly range, and how payment is released (milestones).]' },
  { id: 'samples', label: 'Samples', heading: 'How to apply', points: 15, prompt: '[Ask for links to 2–3 similar projects, and one question about their approach.]' },
  { id: 'communication', label: 'Communication', heading: 'Communication', points: 10, prompt: '[Channel, update cadence, your time zone, and a kickoff call.]' },
];

export const SECTION_BY_ID: Readonly<Record<SectionId, SectionInfo>> = Object.fromEntries(
  SECTIONS.map((s) => [s.id, s]),
) as Record<SectionId, SectionInfo>;

/** Each section by its heading, lower-cased ("budget and payment"): how `restructure` and its templates write it. */
export const SECTION_BY_HEADING: ReadonlyMap<string, SectionId> = new Map(SECTIONS.map((s) => [s.heading.toLowerCase(), s.id]));

/** The headings of some sections with their prompts, in the order a post should read: what `too-short` offers to insert. */
export function skeleton(sections: readonly SectionId[]): string {
  return SECTIONS.filter((s) => sections.includes(s.id))
    .map((s) => `${s.heading}:\n${s.prompt}`)
    .join('\n\n');
}
