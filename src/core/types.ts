/**
 * The engine's public data shapes. Everything here is plain JSON so a result can cross a
 * message boundary (content script ⇄ popup ⇄ background) or be printed by the CLI unchanged.
 * Ranges are UTF-16 code-unit offsets, end-exclusive: the unit of `selectionStart` and of
 * JavaScript regex indices, so a surface can apply them to a field without conversion.
 */

export type Level = 'error' | 'warning' | 'suggestion';
export const LEVELS: readonly Level[] = ['error', 'warning', 'suggestion'];

export type Part = 'title' | 'description';

/** The structured fields a composer form holds next to the text. */
export interface DraftFields {
  budget?: string;
  timeline?: string;
  skills?: string[];
  experience?: string;
}

export interface Draft {
  title?: string;
  description: string;
  fields?: DraftFields;
}

/** `[start, end)` in UTF-16 code units of one part of the draft. */
export interface Range {
  start: number;
  end: number;
}

/** Replace `range` of `part` with `text`. */
export interface EditSuggestion {
  kind: 'edit';
  label: string;
  part: Part;
  range: Range;
  text: string;
}

/** Add a missing section: inserted at the caret by a surface that has one, else at the end. */
export interface InsertSuggestion {
  kind: 'insert';
  label: string;
  part: 'description';
  text: string;
}

export type Suggestion = EditSuggestion | InsertSuggestion;

export interface Finding {
  ruleId: string;
  level: Level;
  /** Absent for document checks that point at no text (a missing section). */
  part?: Part;
  range?: Range;
  /** The flagged text, so a surface can check the range still holds it before editing. */
  actual?: string;
  message: string;
  why: string;
  suggestions: Suggestion[];
  /** True for rules the user (or a team policy) wrote rather than built-in checks. */
  custom?: boolean;
}

export type SectionId =
  | 'context'
  | 'deliverables'
  | 'acceptance'
  | 'timeline'
  | 'budget'
  | 'samples'
  | 'communication';

/**
 * Why a checklist item counts as met: text in the draft, or a form field. `judged` marks a sentence
 * a learned judgement chose (`model/linear.ts`) where no phrase matched: the post's wording as a
 * whole met the item, and this sentence leans that way most.
 */
export type Evidence =
  | { part: Part; range: Range; text: string; judged?: true }
  | { field: keyof DraftFields; text: string };

export interface ChecklistItem {
  section: SectionId;
  label: string;
  ruleId: string;
  status: 'met' | 'missing';
  evidence: Evidence[];
  /** Points this item is worth in the score. */
  points: number;
}

export interface ScoreLine {
  /** A section id for checklist lines, a rule id for finding lines. */
  id: string;
  label: string;
  /** For a finding line, how many findings of its rule the draft has. */
  count?: number;
  /** Signed contribution to the score: positive for a met item, negative for findings. */
  points: number;
  /** What fixing this line would add to the final score (0 for what is already earned). */
  gain: number;
  /**
   * What fixing it adds before the score is held to 0–100: the section's points, or the findings'
   * penalty. On a draft far below 0 one fix alone gains nothing, yet each is worth this much.
   */
  worth: number;
}

export interface Score {
  value: number;
  max: number;
  lines: ScoreLine[];
}

export interface Stats {
  characters: number;
  words: number;
  sentences: number;
  /** Flesch reading ease of the description (higher is easier; 60–70 is plain English). */
  readingEase: number;
}

export interface Analysis {
  findings: Finding[];
  checklist: ChecklistItem[];
  score: Score;
  stats: Stats;
  /** Set when the input was too long to check whole: what was checked and what was not. */
  truncated?: { checkedCharacters: number; totalCharacters: number; note: string };
  /** Checks that found more than a draft can usefully show (a paste of one phrase over and over): how many hits were left out. */
  omitted?: Array<{ ruleId: string; count: number; note: string }>;
  /** Bracketed blanks still in the draft ("[N]", "[date]"): an inserted template not yet filled in. */
  unfilled?: { count: number; examples: string[]; note: string };
  /** Set when the post looks written in another language than English, which the checks read. */
  notEnglish?: { note: string };
}
