/**
 * Which check judges which label of `../shared/corpus/LABELS.md`, and whether the check FIRES when the label is 1 or 0:
 * what `npm run eval` and `npm run first-runs` compare.
 */
export const MAPPING: ReadonlyArray<[checkId: string, label: string, firesWhen: 0 | 1]> = [
  ['missing-context', 'context', 0],
  ['missing-deliverables', 'deliverables', 0],
  ['missing-acceptance-criteria', 'acceptance', 0],
  ['missing-timeline', 'timeline', 0],
  ['missing-budget', 'budget', 0],
  ['missing-samples-request', 'samples', 0],
  ['missing-communication', 'communication', 0],
  ['vague-scope', 'vague_scope', 1],
  ['one-stop-shop', 'one_stop_shop', 1],
  ['price-only-criteria', 'price_only', 1],
  ['unpaid-test', 'unpaid_test', 1],
  ['off-platform-contact', 'off_platform', 1],
];

/** A labelled post: its id, the set it belongs to (team labels), and a 0 or 1 per label it judges. */
export type Labels = Record<string, number | string> & { id: string; set?: string };
