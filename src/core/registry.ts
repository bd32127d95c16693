/**
 * The built-in checks, sorted by id. One import per check: adding a check is one file in
 * `rules/` plus one line here, and the catalogue test fails until both exist.
 */
import type { Rule } from './rule';
import { asapDeadline } from './rules/asap-deadline';
import { buzzwordTitle } from './rules/buzzword-title';
import { effortMinimizing } from './rules/effort-minimizing';
import { hostileTone } from './rules/hostile-tone';
import { missingAcceptanceCriteria } from './rules/missing-acceptance-criteria';
import { missingBudget } from './rules/missing-budget';
import { missingCommunication } from './rules/missing-communication';
import { missingContext } from './rules/missing-context';
import { missingDeliverables } from './rules/missing-deliverables';
import { missingSamplesRequest } from './rules/missing-samples-request';
import { missingTimeline } from './rules/missing-timeline';
import { noMilestones } from './rules/no-milestones';
import { offPlatformContact } from './rules/off-platform-contact';
import { oneStopShop } from './rules/one-stop-shop';
import { openEndedScope } from './rules/open-ended-scope';
import { priceOnlyCriteria } from './rules/price-only-criteria';
import { tooShort } from './rules/too-short';
import { unpaidTest } from './rules/unpaid-test';
import { vagueLanguage } from './rules/vague-language';
import { vagueScope } from './rules/vague-scope';

export const BUILT_IN_RULES: readonly Rule[] = [
  asapDeadline,
  buzzwordTitle,
  effortMinimizing,
  hostileTone,
  missingAcceptanceCriteria,
  missingBudget,
  missingCommunication,
  missingContext,
  missingDeliverables,
  missingSamplesRequest,
  missingTimeline,
  noMilestones,
  offPlatformContact,
  oneStopShop,
  openEndedScope,
  priceOnlyCriteria,
  tooShort,
  unpaidTest,
  vagueLanguage,
  vagueScope,
];

export const BUILT_IN_RULE_IDS: readonly string[] = BUILT_IN_RULES.map((r) => r.meta.id);
