/**
 * Background: migrates settings on install and update, keeps the content script registered for
 * the sites the user added, keeps per-tab memory for the content script, and runs the engine for
 * the content scripts (engine.ts). Nothing here talks to the network.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { isContentToBackground, type PolicyResponse, type TabMemoryResponse } from '../shared/messages';
import { loadSettings, migrate, SETTINGS_KEY, settingsChanged } from '../shared/settings';
import { forgetEngineOptions, serveEngine } from './engine';
import { forgetTab, getTabMemory, setTabMemory } from './tab-memory';
import { syncUserSiteScripts } from './user-sites';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): Promise<TabMemoryResponse | PolicyResponse | void> | undefined => {
  // Only this extension's own content scripts and pages, and only about the tab they run in.
  if (sender.id !== browser.runtime.id || !isContentToBackground(message)) return undefined;
  // Content scripts read the team policy through here: storage.managed is not exposed to them everywhere.
  if (message.type === 'policy-get') {
    return browser.storage.managed.get(null).then(
      (policy) => ({ type: 'policy', policy }) as PolicyResponse,
      () => ({ type: 'policy', policy: {} }) as PolicyResponse,
    );
  }
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  if (message.type === 'tab-memory-get') {
    return getTabMemory(tabId, message.scope).then((memory) => ({ type: 'tab-memory', memory }));
  }
  return setTabMemory(tabId, message.scope, message.memory);
});

serveEngine();

browser.tabs.onRemoved.addListener((tabId: number) => {
  void forgetTab(tabId);
});

async function syncSites(): Promise<void> {
  const { settings } = await loadSettings(browser.storage.sync, browser.storage.local);
  await syncUserSiteScripts(settings.userSites);
}

browser.runtime.onInstalled.addListener(async () => {
  // Ordered migrations run once per install or update, before any surface reads the settings.
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  if (stored[SETTINGS_KEY] !== undefined) {
    const { data, changed } = migrate(stored[SETTINGS_KEY]);
    if (changed) await browser.storage.sync.set({ [SETTINGS_KEY]: data });
  }
  await syncSites();
});

browser.storage.onChanged.addListener((changes, area) => {
  if (!settingsChanged(changes, area)) return;
  forgetEngineOptions(area === 'managed');
  void syncSites();
});
browser.permissions.onRemoved.addListener(() => void syncSites());
