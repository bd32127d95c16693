import type { SiteAdapter } from './types';

/**
 * Any site the user enabled, and the practice pages: no selectors, the field finder picks the
 * largest text field on screen as the description and the single-line input before it as the title.
 */
export const generic: SiteAdapter = {
  id: 'generic',
  name: 'This site',
  matches: () => true,
  title: [],
  description: [],
  testUrls: [],
};
