import { fiverr } from './fiverr';
import { freelancer } from './freelancer';
import { generic } from './generic';
import { guru } from './guru';
import { peoplePerHour } from './peopleperhour';
import type { SiteAdapter } from './types';
import { upwork } from './upwork';

export type { SiteAdapter } from './types';

/** The marketplaces, then the generic adapter for every other page the script runs on. */
export const ADAPTERS: readonly SiteAdapter[] = [upwork, freelancer, guru, peoplePerHour, fiverr];

/**
 * The adapter for a page. Practice pages (`/clearbrief-practice/` on localhost, used by the demo
 * and the browser tests) name the adapter whose saved markup they reproduce: `?adapter=upwork`.
 */
export function adapterFor(url: URL): SiteAdapter {
  if (isPracticePage(url)) {
    const chosen = url.searchParams.get('adapter');
    return ADAPTERS.find((a) => a.id === chosen) ?? generic;
  }
  return ADAPTERS.find((a) => a.matches(url)) ?? generic;
}

export function isPracticePage(url: URL): boolean {
  return (url.hostname === 'localhost' || url.hostname === '127.0.0.1') && url.pathname.startsWith('/clearbrief-practice/');
}
