import { host, type SiteAdapter } from './types';

/** Freelancer.com's "post a project": an Angular app; the description has a 4,000-character limit. */
export const freelancer: SiteAdapter = {
  id: 'freelancer',
  name: 'Freelancer.com',
  matches: (url) => host(url, 'freelancer.com') && url.pathname.startsWith('/post-project'),
  title: [
    'input#PjpTitleFieldWithDefaultPlaceholder', // project name, inside <app-title>
    'app-title input', // same field if the id changes
  ],
  description: [
    'app-description fl-textarea textarea', // description textarea (no id)
    'app-description textarea',
  ],
  budget: [
    'app-budget select', // budget range select (unverified)
    'app-budget input', // custom budget (unverified)
  ],
  timeline: [],
  skills: ['app-skills fl-tag, app-skills .Tag'], // chosen skills (unverified)
  testUrls: ['https://www.freelancer.com/post-project'],
};
