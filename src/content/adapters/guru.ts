import { host, type SiteAdapter } from './types';

/** Guru's "Post a Job": ASP.NET WebForms with full page loads between steps. */
export const guru: SiteAdapter = {
  id: 'guru',
  name: 'Guru',
  matches: (url) => host(url, 'guru.com') && url.pathname.startsWith('/emp/'),
  title: ['input#ctl00_guB_ucPostProject_txtPT_txtPT_TextBox'], // job title
  description: ['textarea#ctl00_guB_ucPostProject_txtPD_txtPD_TextBox'], // job description
  budget: ['select#ctl00_guB_ucPostProject_ddlBudget_ddlBudget_Select'], // budget range
  timeline: [
    'select[id*="ddlDuration"]', // duration select
    'input#ctl00_guB_txtCloseDate_txtCloseDate_TextBox', // deadline date
  ],
  skills: [],
  testUrls: ['https://www.guru.com/emp/'],
};
