/** Talking to the content script in the tab under review. Typed messages both ways. */
import browser from 'webextension-polyfill';
import type { Suggestion } from '../core';
import type { ApplyResponse, PopupToContent, ReviewResponse } from '../shared/messages';

/** The tab to review: `?tab=ID` when the popup is opened as a page, else the active tab. */
export async function targetTab(): Promise<{ id: number; url?: string } | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery).catch(() => null);
    return { id: fromQuery, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

async function send<T>(tabId: number, message: PopupToContent): Promise<T | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, message)) as T) ?? null;
  } catch {
    // No content script in that tab: not a page ClearBrief runs on.
    return null;
  }
}

export const requestReview = (tabId: number) => send<ReviewResponse>(tabId, { type: 'review-request' });
export const applyInPage = (tabId: number, suggestion: Suggestion, expected?: string) => send<ApplyResponse>(tabId, { type: 'apply-suggestion', suggestion, expected });
export const replaceInPage = (tabId: number, text: string) => send<ApplyResponse>(tabId, { type: 'replace-description', text });
export const revealInPage = (tabId: number, part: 'title' | 'description', start: number, end: number) => send<ApplyResponse>(tabId, { type: 'reveal', part, start, end });
