import { host, type SiteAdapter } from './types';

/** Upwork's job-post wizard: a Vue/Nuxt single-page app whose steps mount and unmount without page loads. */
export const upwork: SiteAdapter = {
  id: 'upwork',
  name: 'Upwork',
  matches: (url) => host(url, 'upwork.com') && /^\/(?:nx\/job-post|ab\/post-job)\//.test(url.pathname),
  title: [
    'textarea#job-post-title', // title step, 2024–2026 wizard
    'input[data-test="job-title-input"]', // older single-page form (unverified)
  ],
  description: [
    '#jp-description-1', // description step, likely a plain textarea
    'textarea[data-test="job-description"]', // older single-page form (unverified)
  ],
  // The budget step comes before the description; the tab memory keeps what was chosen there.
  budget: [
    '[data-test="budget-input"] input', // fixed-price amount (unverified)
    'input[data-test="hourly-rate-min"], input[data-test="hourly-rate-max"]', // hourly range (unverified)
    '[data-test="budget-type"] input:checked', // hourly or fixed radio (unverified)
  ],
  timeline: [
    '[data-test="duration"] input:checked', // "1 to 3 months" radios (unverified)
  ],
  skills: [
    '[data-test="skills-list"] .air3-token', // chosen skill tokens (unverified)
  ],
  testUrls: ['https://www.upwork.com/nx/job-post/'],
};
