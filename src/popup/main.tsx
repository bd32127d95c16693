/**
 * Toolbar popup: reviews the draft in the current tab's composer (asked from the content script,
 * so popup and page agree) or, where there is none, checks pasted text right here.
 * Opened as a page, `?tab=ID` says which tab to review.
 */
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { analyze } from '../core';
import type { PopupToContent, ReviewResponse } from '../shared/messages';
import { Review } from '../ui/Review';
import '../ui/base.css';

async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function requestReview(): Promise<ReviewResponse | null> {
  const tabId = await targetTabId();
  if (tabId === undefined) return null;
  const request: PopupToContent = { type: 'review-request' };
  try {
    return (await browser.tabs.sendMessage(tabId, request)) as ReviewResponse;
  } catch {
    // No content script in that tab: not a composer page ClearBrief runs on.
    return null;
  }
}

function PasteBox() {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const analysis = useMemo(() => (description.trim() ? analyze({ title, description }) : null), [title, description]);
  return (
    <section aria-label="Check any text">
      <p>No job-post composer on this page. Paste a post to check it here.</p>
      <label>
        Title
        <input value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
      </label>
      <label>
        Description
        <textarea rows={8} value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
      </label>
      {analysis ? <Review analysis={analysis} /> : null}
    </section>
  );
}

function Popup() {
  const [response, setResponse] = useState<ReviewResponse | null | undefined>(undefined);
  useEffect(() => {
    void requestReview().then(setResponse);
  }, []);
  return (
    <main>
      <h1>ClearBrief</h1>
      {response === undefined ? <p role="status">Reading the draft…</p> : response?.type === 'review' ? <Review analysis={response.analysis} /> : <PasteBox />}
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
