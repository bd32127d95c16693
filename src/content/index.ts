/**
 * Content script: finds the job-post composer on the page (and in same-origin iframes), has the
 * draft checked as it is typed, and answers the popup. The engine runs in the extension's
 * background (background/engine.ts): the draft goes there and back inside the browser, never to
 * a server, and the page parses neither the engine nor its pattern tables.
 *
 * This first chunk only finds fields. The UI (`composer.ts` and what it imports) loads from the
 * extension's own files when a composer is found.
 */
import type { DraftFields } from '../core/types';
import { ext } from '../shared/ext';
import { isPopupToContent, type ApplyResponse, type PolicyResponse, type PopupToContent, type ReviewResponse, type TabMemory, type TabMemoryResponse } from '../shared/messages';
import { emptyPolicy, loadPolicy, type ManagedPolicy } from '../shared/managed';
import { defaultSettings, loadSettings, settingsChanged, updateSettings, type Settings } from '../shared/settings';
import { adapterFor } from './adapters';
import type { Composer, ComposerHost } from './composer';
import { findFields, sameOriginFrames } from './discovery';
import { engineClient, type EngineClient } from './engine-client';
import { readStructuredFields } from './structured';
import { removeUi } from './ui/root';

const adapter = adapterFor(new URL(location.href));
const site = location.hostname;
const scope = `${location.origin}|${adapter.id}`;

let settings: Settings = defaultSettings();
let policy: ManagedPolicy = emptyPolicy();
let memory: TabMemory = { fields: {}, dismissed: [] };
let dismissedSet = new Set<string>();
const composers = new Map<Element, Composer>();
const observed = new WeakSet<Document>();
let observers: MutationObserver[] = [];
let discoverTimer = 0;

const enabled = () => !settings.disabledSites.includes(site) && !policy.disabledSites.includes(site);

/**
 * Read the form's structured fields and remember them for this tab: on Upwork the budget is
 * picked on a step that has no description field, so this runs whether or not a composer exists.
 */
function rememberStructuredFields(doc: Document, exclude: ReadonlySet<Element> = new Set()): DraftFields {
  const seen = readStructuredFields(doc, adapter, exclude);
  // What this step shows wins; what earlier steps showed fills the gaps.
  const fields = { ...memory.fields, ...seen };
  if (JSON.stringify(fields) !== JSON.stringify(memory.fields)) {
    memory = { ...memory, fields };
    saveMemory();
  }
  return fields;
}

let fieldsTimer = 0;
/**
 * Structured fields on a page with no composer yet (Upwork's budget step comes before the
 * description). Once a document has a composer, the composer reads them itself when the form
 * changes, so this stands down there rather than read the page twice.
 */
function watchStructuredFields(doc: Document): void {
  const hasComposer = () => [...composers.keys()].some((el) => el.ownerDocument === doc);
  const read = () => {
    if (enabled() && !hasComposer()) rememberStructuredFields(doc);
  };
  // A change (a radio picked, an amount left) is read at once: the next step may replace the form
  // before any timer fires. Typing is read after a pause.
  doc.addEventListener('change', () => {
    window.clearTimeout(fieldsTimer);
    read();
  }, true);
  doc.addEventListener('input', () => {
    window.clearTimeout(fieldsTimer);
    fieldsTimer = window.setTimeout(read, 100);
  }, true);
}

function saveMemory(): void {
  void ext?.runtime.sendMessage({ type: 'tab-memory-set', scope, memory }).catch(() => undefined);
}

/** The engine in the background. */
const engine: EngineClient = ext
  ? engineClient(ext, () => composers.forEach((c) => c.refresh()))
  : { analyze: () => Promise.reject(new Error('ClearBrief is not running as an extension here.')), wake: () => undefined };

const host: ComposerHost = {
  adapter,
  analyze: engine.analyze,
  wake: engine.wake,
  dismissed: () => dismissedSet,
  setDismissed(keys) {
    memory = { ...memory, dismissed: [...new Set(keys)] };
    dismissedSet = new Set(memory.dismissed);
    saveMemory();
    for (const c of composers.values()) c.refresh();
  },
  structuredFields: (doc, exclude) => rememberStructuredFields(doc, exclude),
  turnOffRule(ruleId) {
    if (!ext) return;
    void updateSettings(ext.storage.sync, ext.storage.local, undefined, (s) => {
      s.rules[ruleId] = { ...s.rules[ruleId], enabled: false };
    });
  },
  turnOffSite() {
    if (!ext) return;
    void updateSettings(ext.storage.sync, ext.storage.local, undefined, (s) => {
      if (!s.disabledSites.includes(site)) s.disabledSites.push(site);
    });
  },
};

async function discover(): Promise<void> {
  discoverTimer = 0;
  for (const [el, composer] of composers) {
    if (!composer.connected) {
      composer.destroy();
      composers.delete(el);
    }
  }
  if (!enabled()) return;
  for (const doc of [document, ...sameOriginFrames(document)]) {
    observe(doc);
    const fields = findFields(doc, adapter);
    if (!fields || composers.has(fields.description)) continue;
    // One composer per document: a re-rendered field replaces the old one.
    for (const [el, c] of composers) {
      if (el.ownerDocument === doc) {
        c.destroy();
        composers.delete(el);
      }
    }
    const { Composer } = await loadComposer();
    if (composers.has(fields.description) || !fields.description.isConnected) continue;
    composers.set(fields.description, new Composer(fields.description, fields.title, host));
  }
}

let composerModule: Promise<typeof import('./composer')> | null = null;
const loadComposer = () => (composerModule ??= import('./composer'));

/** The team policy, asked of the background (see background/index.ts). */
const policyArea = {
  get: async () => ((await ext!.runtime.sendMessage({ type: 'policy-get', scope })) as PolicyResponse | undefined)?.policy ?? {},
};

async function reloadSettings(): Promise<void> {
  if (!ext) return;
  const [loaded, managed] = await Promise.all([loadSettings(ext.storage.sync, ext.storage.local), loadPolicy(policyArea)]);
  settings = loaded.settings;
  policy = managed;
}

/**
 * Apply reloaded settings to what is on the page: stop, start, or re-check. `onlyIfChanged` at
 * start, when the policy and settings arrive after the first check: re-checking with the same
 * settings would only ask the engine the same question again (and wake its worker to do it).
 */
async function applySettings(wasEnabled: boolean, onlyIfChanged = false): Promise<void> {
  const before = JSON.stringify([settings, policy]);
  await reloadSettings();
  if (onlyIfChanged && JSON.stringify([settings, policy]) === before) return;
  if (!enabled()) stopAll();
  else if (!wasEnabled) await discover();
  else for (const c of composers.values()) c.refresh(true);
}

function scheduleDiscover(): void {
  if (!discoverTimer) discoverTimer = window.setTimeout(() => void discover(), 150);
}

/** Fields appear later: wizard steps, client-side routes, iframes that load after the page. */
function observe(doc: Document): void {
  if (observed.has(doc)) return;
  observed.add(doc);
  watchStructuredFields(doc);
  const observer = new MutationObserver((records) => {
    // Our own UI changing is not the page changing.
    if (records.every((r) => (r.target as Element).tagName === 'CLEARBRIEF-ROOT' || [...r.addedNodes, ...r.removedNodes].every((n) => (n as Element).tagName === 'CLEARBRIEF-ROOT'))) return;
    scheduleDiscover();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  observers.push(observer);
  doc.defaultView?.addEventListener('load', scheduleDiscover, true);
}

function stopAll(): void {
  for (const c of composers.values()) c.destroy();
  composers.clear();
  for (const doc of [document, ...sameOriginFrames(document)]) removeUi(doc);
}

function composer(): Composer | undefined {
  for (const c of composers.values()) if (c.connected) return c;
  return undefined;
}

async function handle(message: PopupToContent): Promise<ReviewResponse | ApplyResponse> {
  const c = enabled() ? composer() : undefined;
  if (message.type === 'review-request') {
    return c ? { type: 'review', site, draft: c.draft(), analysis: await c.review() } : { type: 'no-composer', site };
  }
  if (!c) return { type: 'applied', ok: false, reason: 'No composer on this page.' };
  if (message.type === 'reveal') {
    c.reveal({ part: message.part, range: { start: message.start, end: message.end } });
    return { type: 'applied', ok: true };
  }
  const result =
    message.type === 'replace-description'
      ? c.replaceDescription(message.text)
      : message.suggestion.kind === 'edit'
        ? c.applyEdit(message.suggestion, message.expected)
        : c.insertSection(message.suggestion);
  return { type: 'applied', ok: result.ok, reason: result.ok ? undefined : result.reason === 'changed' ? 'The text changed since the review; review again.' : 'The page refused the edit.' };
}

async function start(): Promise<void> {
  if (ext) {
    ext.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      if (!isPopupToContent(message)) return;
      // Answered asynchronously (the review waits for the engine): keep the channel open.
      void handle(message).then(sendResponse, (err: unknown) => sendResponse({ type: 'applied', ok: false, reason: String(err) }));
      return true;
    });
    ext.storage.onChanged.addListener((changes, area) => {
      if (!settingsChanged(changes, area)) return;
      void applySettings(enabled());
    });
    try {
      settings = (await loadSettings(ext.storage.sync, ext.storage.local)).settings;
    } catch {
      // Storage unavailable: check with defaults rather than not at all.
    }
    // The team policy (Chrome answers storage.managed only once its policy service is up, which
    // can take seconds after start) and this tab's memory arrive in the background; checking
    // starts at once and follows them when they land.
    void applySettings(enabled(), true).catch(() => undefined);
    void ext.runtime
      .sendMessage({ type: 'tab-memory-get', scope })
      .then((reply) => {
        const recalled = (reply as TabMemoryResponse | undefined)?.memory;
        if (!recalled) return;
        memory = { fields: { ...recalled.fields, ...memory.fields }, dismissed: [...new Set([...recalled.dismissed, ...memory.dismissed])] };
        dismissedSet = new Set(memory.dismissed);
        for (const c of composers.values()) c.refresh();
      })
      .catch(() => undefined);
  }
  await discover();
}

void start();
