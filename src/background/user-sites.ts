/**
 * Sites the user switched ClearBrief on for: the host permission is optional (asked for from the
 * popup, with the user's click), and the content script is registered for exactly those origins.
 * Registration follows the stored list, so removing a site (or its permission) undoes both.
 */
import browser from 'webextension-polyfill';

const SCRIPT_ID = 'clearbrief-user-sites';

export const originPattern = (origin: string) => `${origin}/*`;

/** The content script's files, as the build wrote them into the manifest. */
function contentScriptFiles(): string[] {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  return scripts[0]?.js ?? [];
}

export async function syncUserSiteScripts(origins: readonly string[]): Promise<void> {
  const scripting = browser.scripting;
  if (!scripting) return;
  // Only origins whose permission is still granted: the user may have revoked it in the browser.
  const granted: string[] = [];
  for (const origin of origins) {
    if (await browser.permissions.contains({ origins: [originPattern(origin)] })) granted.push(origin);
  }
  const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (!granted.length) return;
  await scripting.registerContentScripts([
    { id: SCRIPT_ID, matches: granted.map(originPattern), js: contentScriptFiles(), runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}
