/**
 * Each built-in check's table of examples, by id. Kept out of `registry.ts` so the examples
 * (test data) are not bundled into the content script; tests and docs import this file.
 */
import type { RuleExamples } from './rule';
import { examples as asapDeadline } from './rules/asap-deadline';
import { examples as buzzwordTitle } from './rules/buzzword-title';
import { examples as effortMinimizing } from './rules/effort-minimizing';
import { examples as hostileTone } from './rules/hostile-tone';
import { examples as missingAcceptanceCriteria } from './rules/missing-acceptance-criteria';
import { examples as missingBudget } from './rules/missing-budget';
import { examples as missingCommunication } from './rules/missing-communication';
import { examples as missingContext } from './rules/missing-context';
import { examples as missingDeliverables } from './rules/missing-deliverables';
import { examples as missingSamplesRequest } from './rules/missing-samples-request';
import { examples as missingTimeline } from './rules/missing-timeline';
import { examples as noMilestones } from './rules/no-milestones';
import { examples as offPlatformContact } from './rules/off-platform-contact';
import { examples as oneStopShop } from './rules/one-stop-shop';
import { examples as openEndedScope } from './rules/open-ended-scope';
import { examples as priceOnlyCriteria } from './rules/price-only-criteria';
import { examples as tooShort } from './rules/too-short';
import { examples as unpaidTest } from './rules/unpaid-test';
import { examples as vagueLanguage } from './rules/vague-language';
import { examples as vagueScope } from './rules/vague-scope';

export const EXAMPLES: Readonly<Record<string, RuleExamples>> = {
  'asap-deadline': asapDeadline,
  'buzzword-title': buzzwordTitle,
  'effort-minimizing': effortMinimizing,
  'hostile-tone': hostileTone,
  'missing-acceptance-criteria': missingAcceptanceCriteria,
  'missing-budget': missingBudget,
  'missing-communication': missingCommunication,
  'missing-context': missingContext,
  'missing-deliverables': missingDeliverables,
  'missing-samples-request': missingSamplesRequest,
  'missing-timeline': missingTimeline,
  'no-milestones': noMilestones,
  'off-platform-contact': offPlatformContact,
  'one-stop-shop': oneStopShop,
  'open-ended-scope': openEndedScope,
  'price-only-criteria': priceOnlyCriteria,
  'too-short': tooShort,
  'unpaid-test': unpaidTest,
  'vague-language': vagueLanguage,
  'vague-scope': vagueScope,
};
