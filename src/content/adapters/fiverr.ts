import { host, type SiteAdapter } from './types';

/** Fiverr's buyer brief ("Post a Request"): server-rendered React; markup unknown, selectors are best guesses. */
export const fiverr: SiteAdapter = {
  id: 'fiverr',
  name: 'Fiverr',
  matches: (url) => host(url, 'fiverr.com') && /^\/(?:briefs|post-a-request)/.test(url.pathname),
  title: ['input[name="title"]'], // unverified
  description: ['textarea[name="description"]', 'textarea'], // unverified; the brief has one large textarea
  budget: ['input[name*="budget" i]'], // unverified
  timeline: [],
  skills: [],
  testUrls: ['https://www.fiverr.com/briefs/new'],
};
