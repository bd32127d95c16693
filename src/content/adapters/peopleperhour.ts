import { host, type SiteAdapter } from './types';

/** PeoplePerHour's job form: markup unknown (only old evidence of `/job/new`); selectors are best guesses. */
export const peoplePerHour: SiteAdapter = {
  id: 'peopleperhour',
  name: 'PeoplePerHour',
  matches: (url) => host(url, 'peopleperhour.com') && url.pathname.startsWith('/job/'),
  title: ['input[name="title"]', 'input[name*="title" i]'], // unverified
  description: ['textarea[name="description"]', 'textarea[name*="description" i]'], // unverified
  budget: ['input[name*="budget" i]', 'select[name*="budget" i]'], // unverified
  timeline: [],
  skills: [],
  testUrls: ['https://www.peopleperhour.com/job/new'],
};
