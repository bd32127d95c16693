/**
 * Background: answers pings from the extension's own pages. The engine never runs here: the
 * content script and the popup analyse locally, so no draft passes through the worker.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { isToBackground, type BackgroundResponse } from '../shared/messages';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): Promise<BackgroundResponse> | undefined => {
  // Only the extension's own pages and scripts may talk to the background.
  if (sender.id !== browser.runtime.id || !isToBackground(message)) return undefined;
  return Promise.resolve({ type: 'pong', version: browser.runtime.getManifest().version });
});
