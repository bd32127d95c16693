/**
 * What ClearBrief knows about one marketplace's job-post composer: where it runs and which
 * elements hold the post. Selectors are lists, most specific first, one comment each saying which
 * page or variant it covers; the first one that finds a usable element wins.
 */
export interface SiteAdapter {
  id: string;
  name: string;
  /** Whether the adapter covers this page. */
  matches(url: URL): boolean;
  title: readonly string[];
  description: readonly string[];
  /** Structured form fields read as the engine's `fields`; the generic finder covers the rest. */
  budget?: readonly string[];
  timeline?: readonly string[];
  skills?: readonly string[];
  /** Pages to try by hand after a marketplace changes its markup. */
  testUrls: readonly string[];
}

export const host = (url: URL, ...hosts: string[]) => hosts.includes(url.hostname.replace(/^www\./, ''));
