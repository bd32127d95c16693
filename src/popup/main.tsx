/**
 * Toolbar popup: reviews the draft in the current tab's composer (asked from the content script,
 * so popup and page agree), restructures it, switches ClearBrief off or on for the site, and,
 * where there is no composer, checks pasted text right here. Opened as a page, `?tab=ID` says
 * which tab to review.
 */
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { analyze, applySuggestion, restructure, type Draft } from '../core';
import { engineOptions } from '../shared/custom-rules';
import { changeSettings, onSettingsChange, readSettings, type ExtensionSettings } from '../shared/extension-settings';
import type { ReviewResponse } from '../shared/messages';
import { Review } from '../ui/Review';
import { useWarmEngine } from '../ui/use-warm-engine';
import { applyInPage, replaceInPage, requestReview, revealInPage, targetTab } from './page';
import '../ui/base.css';

function PasteBox({ settings }: { settings: ExtensionSettings | null }) {
  useWarmEngine();
  const [draft, setDraft] = useState<Draft>({ title: '', description: '' });
  const options = useMemo(() => (settings ? engineOptions(settings.settings, settings.policy, settings.managedRules) : {}), [settings]);
  const analysis = useMemo(() => (draft.description.trim() ? analyze(draft, options) : null), [draft, options]);
  return (
    <section aria-label="Check any text" data-testid="paste-box">
      <p>No job-post composer on this page. Paste a post to check it here; nothing leaves your browser.</p>
      <label>
        Title
        <input value={draft.title} onInput={(e) => setDraft({ ...draft, title: e.currentTarget.value })} />
      </label>
      <label>
        Description
        <textarea rows={8} value={draft.description} onInput={(e) => setDraft({ ...draft, description: e.currentTarget.value })} />
      </label>
      {analysis ? <Review analysis={analysis} actions={{ apply: (f, s) => setDraft(applySuggestion(draft, s, { expected: f.actual }) ?? draft) }} /> : null}
    </section>
  );
}

function Restructure({ draft, tabId, onDone }: { draft: Draft; tabId: number; onDone(): void }) {
  const result = useMemo(() => restructure(draft), [draft]);
  const [status, setStatus] = useState('');
  return (
    <section aria-label="Restructured draft" data-testid="restructure">
      <div class="side-by-side">
        <div>
          <h2>Your draft</h2>
          <pre>{draft.description}</pre>
        </div>
        <div>
          <h2>Restructured</h2>
          <pre data-testid="restructured">{result.description}</pre>
          {result.truncated && (
            <p class="restructure-note" data-testid="restructure-truncated">
              {result.truncated.note}
            </p>
          )}
          {result.replacedHeadings.length > 0 && (
            <p class="restructure-note" data-testid="replaced-headings">
              Left out, as the new headings replace them: {result.replacedHeadings.map((h) => `“${h}”`).join(', ')}.
            </p>
          )}
        </div>
      </div>
      <div class="toolbar">
        <button type="button" onClick={() => void navigator.clipboard.writeText(result.description).then(() => setStatus('Copied.'), () => setStatus('The clipboard is not available here.'))}>
          Copy
        </button>
        <button
          type="button"
          data-testid="replace-draft"
          onClick={() =>
            void replaceInPage(tabId, result.description).then((r) => {
              setStatus(r?.ok ? 'Replaced in the page (Ctrl+Z there undoes it).' : (r?.reason ?? 'The page did not answer.'));
              onDone();
            })
          }
        >
          Replace the draft in the page
        </button>
        <span role="status">{status}</span>
      </div>
    </section>
  );
}

function SiteSwitch({ host, origin, settings, review, tabId }: { host: string; origin?: string; settings: ExtensionSettings; review: ReviewResponse | null; tabId: number }) {
  const off = settings.settings.disabledSites.includes(host);
  const runsHere = review !== null || off;
  const userAdded = origin ? settings.settings.userSites.includes(origin) : false;
  const toggle = () =>
    changeSettings((s) => {
      s.disabledSites = off ? s.disabledSites.filter((h) => h !== host) : [...new Set([...s.disabledSites, host])];
    });
  const enableHere = async () => {
    if (!origin) return;
    // Asked with the user's click: the permission prompt names exactly this site.
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
    if (!granted) return;
    await changeSettings((s) => {
      if (!s.userSites.includes(origin)) s.userSites.push(origin);
    });
    const files = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
    await browser.scripting.executeScript({ target: { tabId }, files }).catch(() => undefined);
  };
  const disableHere = async () => {
    if (!origin) return;
    await changeSettings((s) => {
      s.userSites = s.userSites.filter((o) => o !== origin);
    });
    await browser.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
  };
  return (
    <div class="toolbar" aria-label="This site">
      {runsHere && (
        <label class="switch">
          <input type="checkbox" role="switch" data-testid="site-switch" checked={!off} onChange={() => void toggle()} /> ClearBrief on {host}
        </label>
      )}
      {!runsHere && origin && /^https?:/.test(origin) && (
        <button type="button" data-testid="enable-site" onClick={() => void enableHere()}>
          Check job posts on this site
        </button>
      )}
      {userAdded && (
        <button type="button" onClick={() => void disableHere()}>
          Stop checking this site
        </button>
      )}
    </div>
  );
}

function Popup() {
  const [tab, setTab] = useState<{ id: number; url?: string } | null | undefined>(undefined);
  const [review, setReview] = useState<ReviewResponse | null | undefined>(undefined);
  const [settings, setSettings] = useState<ExtensionSettings | null>(null);
  const [restructuring, setRestructuring] = useState(false);
  const [status, setStatus] = useState('');

  const refresh = async (t = tab) => {
    if (!t) return;
    setReview(await requestReview(t.id));
  };
  useEffect(() => {
    void targetTab().then((t) => {
      setTab(t);
      if (t) void refresh(t);
      else setReview(null);
    });
    void readSettings().then(setSettings);
    onSettingsChange(() => {
      void readSettings().then(setSettings);
      void targetTab().then((t) => t && refresh(t));
    });
  }, []);

  const host = review?.site ?? (tab?.url ? new URL(tab.url).hostname : '');
  const origin = tab?.url && /^https?:/.test(tab.url) ? new URL(tab.url).origin : undefined;

  return (
    <main>
      <h1>ClearBrief</h1>
      {tab && settings && host ? <SiteSwitch host={host} origin={origin} settings={settings} review={review?.type === 'review' ? review : null} tabId={tab.id} /> : null}
      {review === undefined ? (
        <p role="status">Reading the draft…</p>
      ) : review?.type === 'review' && tab ? (
        <>
          <div class="toolbar">
            <button type="button" aria-pressed={restructuring} data-testid="restructure-toggle" onClick={() => setRestructuring(!restructuring)}>
              {restructuring ? 'Back to the review' : 'Restructure draft'}
            </button>
            <span role="status">{status}</span>
          </div>
          {restructuring ? (
            <Restructure draft={review.draft} tabId={tab.id} onDone={() => void refresh()} />
          ) : (
            <Review
              analysis={review.analysis}
              actions={{
                apply: (f, s) =>
                  void applyInPage(tab.id, s, f.actual).then((r) => {
                    setStatus(r?.ok ? 'Applied in the page (Ctrl+Z there undoes it).' : (r?.reason ?? 'The page did not answer.'));
                    void refresh();
                  }),
                reveal: (t) => void revealInPage(tab.id, t.part, t.start, t.end),
              }}
            />
          )}
        </>
      ) : (
        <PasteBox settings={settings} />
      )}
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
