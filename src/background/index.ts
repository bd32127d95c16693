/**
 * Background: keeps per-tab memory for the content script. The engine never runs here: the
 * content script and the popup analyse locally, so no draft passes through the worker.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { isContentToBackground, type TabMemoryResponse } from '../shared/messages';
import { forgetTab, getTabMemory, setTabMemory } from './tab-memory';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): Promise<TabMemoryResponse | void> | undefined => {
  // Only this extension's own content scripts and pages, and only about the tab they run in.
  if (sender.id !== browser.runtime.id || !isContentToBackground(message)) return undefined;
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  if (message.type === 'tab-memory-get') {
    return getTabMemory(tabId, message.scope).then((memory) => ({ type: 'tab-memory', memory }));
  }
  return setTabMemory(tabId, message.scope, message.memory);
});

browser.tabs.onRemoved.addListener((tabId: number) => {
  void forgetTab(tabId);
});
