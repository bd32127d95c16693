/**
 * Content script: answers the popup's review request with the engine's analysis of the
 * composer's draft on this page. Runs the engine locally; nothing leaves the page.
 */
import browser from 'webextension-polyfill';
import { analyze, type Draft } from '../core';
import { isPopupToContent, type ReviewResponse } from '../shared/messages';
import { loadSettings } from '../shared/settings';
import { fieldText, findDescriptionField, findTitleField } from './fields';

function readDraft(): Draft | null {
  const description = findDescriptionField(document);
  if (!description) return null;
  const title = findTitleField(document, description);
  return { title: title?.value ?? '', description: fieldText(description) };
}

browser.runtime.onMessage.addListener((message: unknown): Promise<ReviewResponse> | undefined => {
  // Only the top frame answers, so a page with iframes gives one reply.
  if (!isPopupToContent(message) || window !== window.top) return undefined;
  const site = location.hostname;
  const draft = readDraft();
  if (!draft) return Promise.resolve({ type: 'no-composer', site });
  return loadSettings().then((settings) => ({ type: 'review', site, draft, analysis: analyze(draft, { rules: settings.rules }) }));
});
