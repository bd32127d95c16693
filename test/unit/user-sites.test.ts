/**
 * The content script follows the user's own sites: registered for exactly the origins whose
 * permission is still granted, re-registered when the list changes, and unregistered when empty.
 * (The permission prompt itself is browser UI a headless test cannot click.)
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const registered: Array<{ id: string; matches: string[]; js: string[] }> = [];
const granted = new Set<string>();

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { getManifest: () => ({ content_scripts: [{ js: ['assets/loader.js'], matches: [] }] }) },
    permissions: { contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)) },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => registered.filter((r) => ids.includes(r.id)),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        for (let i = registered.length - 1; i >= 0; i--) if (ids.includes(registered[i]!.id)) registered.splice(i, 1);
      },
      registerContentScripts: async (scripts: Array<{ id: string; matches: string[]; js: string[] }>) => {
        registered.push(...scripts);
      },
    },
  },
}));

const { syncUserSiteScripts } = await import('../../src/background/user-sites');

describe('user-added sites', () => {
  beforeEach(() => {
    registered.length = 0;
    granted.clear();
  });

  it('registers the content script for granted origins only', async () => {
    granted.add('https://jobs.example.com/*');
    await syncUserSiteScripts(['https://jobs.example.com', 'https://revoked.example.org']);
    expect(registered).toEqual([expect.objectContaining({ id: 'clearbrief-user-sites', matches: ['https://jobs.example.com/*'], js: ['assets/loader.js'] })]);
  });

  it('replaces the registration when the list changes, and removes it when empty', async () => {
    granted.add('https://a.example/*');
    granted.add('https://b.example/*');
    await syncUserSiteScripts(['https://a.example']);
    await syncUserSiteScripts(['https://a.example', 'https://b.example']);
    expect(registered).toHaveLength(1);
    expect(registered[0]!.matches).toEqual(['https://a.example/*', 'https://b.example/*']);
    await syncUserSiteScripts([]);
    expect(registered).toEqual([]);
  });
});
