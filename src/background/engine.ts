/**
 * The engine for the content scripts. A content script sends the draft it sees and gets the
 * analysis back; the engine, its pattern tables and the custom-rule compiler load once here
 * instead of in every composer page, and a long draft is analysed off the page's main thread.
 * The draft goes from one part of the extension to another inside the browser, and nowhere else.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { analyze, warmUpTasks, type Analysis, type AnalyzeOptions, type Draft } from '../core';
import { checkPattern } from '../core/custom/pattern-safety';
import type { PatternCheck } from '../core/custom';
import { customRulesValidator, engineOptions } from '../shared/custom-rules';
import { emptyPolicy, loadPolicy, type ManagedPolicy } from '../shared/managed';
import { ENGINE_PORT, isContentToEngine, type EngineToContent } from '../shared/messages';
import { loadSettings } from '../shared/settings';
import { warmUpSchedule } from '../shared/warm-up-schedule';

/** Verdicts are pure functions of the pattern; the analyser can take a while, so keep them. */
const verdicts = new Map<string, ReturnType<PatternCheck>>();
const cachedCheckPattern: PatternCheck = (source, caseSensitive) => {
  const key = `${caseSensitive}\u0001${source}`;
  let verdict = verdicts.get(key);
  if (!verdict) {
    verdict = checkPattern(source, caseSensitive);
    verdicts.set(key, verdict);
  }
  return verdict;
};

/** The content scripts connected now, told when the options change under them. */
const ports = new Set<Runtime.Port>();

function tellContentScripts(message: EngineToContent): void {
  for (const port of ports) {
    try {
      port.postMessage(message);
    } catch {
      ports.delete(port);
    }
  }
}

/**
 * The team policy. Chrome answers `storage.managed` only once its policy service is up, which
 * can take seconds after the browser starts: drafts are checked with what is known meanwhile,
 * and the content scripts re-check when the policy lands and turns out to change anything.
 */
let policy: ManagedPolicy | null = null;
let policyRequest: Promise<void> | null = null;

function currentPolicy(): ManagedPolicy {
  // loadPolicy answers an empty policy where the area fails (Firefox without a policy file).
  policyRequest ??= loadPolicy(browser.storage.managed).then((loaded) => {
    const changed = JSON.stringify(loaded) !== JSON.stringify(policy ?? emptyPolicy());
    policy = loaded;
    if (!changed) return;
    options = null;
    tellContentScripts({ type: 'options-changed' });
  });
  return policy ?? emptyPolicy();
}

/** The engine's options from the stored settings and the team policy known now. */
async function loadEngineOptions(): Promise<AnalyzeOptions> {
  const validate = customRulesValidator(cachedCheckPattern);
  const policy = currentPolicy();
  const { settings, problems } = await loadSettings(browser.storage.sync, browser.storage.local, validate);
  const managedRules = validate(policy.customRules, problems);
  if (problems.length) console.warn('ClearBrief:', ...problems);
  return engineOptions(settings, policy, managedRules);
}

let options: Promise<AnalyzeOptions> | null = null;

/**
 * Drop the options built from settings that have since changed; the next analysis reloads them.
 * `policyToo` when the managed area changed: it is read again, and the pages re-check if it differs.
 */
export function forgetEngineOptions(policyToo = false): void {
  options = null;
  if (policyToo) policyRequest = null;
}

/**
 * Analyse a draft with the current settings. `fresh` reloads them first: a content script that
 * has just seen the settings change asks for it, so its re-check cannot be answered with the
 * settings this worker had before its own change event arrived.
 */
async function analyzeDraft(draft: Draft, fresh = false): Promise<Analysis> {
  warmUp.requestStarted();
  try {
    return await analyzeWithSettings(draft, fresh);
  } finally {
    warmUp.requestEnded();
  }
}

async function analyzeWithSettings(draft: Draft, fresh: boolean): Promise<Analysis> {
  if (fresh) forgetEngineOptions();
  const pending = (options ??= loadEngineOptions());
  let current: AnalyzeOptions;
  try {
    current = await pending;
  } catch (err) {
    // Storage unreadable: check with the defaults rather than not at all, and try again next time.
    if (options === pending) options = null;
    console.warn('ClearBrief: settings could not be read; checking with the defaults.', err);
    current = {};
  }
  return analyze(draft, current);
}

/** Whether this worker has warmed the engine: read by the browser tests, and handy in the worker's console. */
const state = globalThis as { clearbriefEngineWarm?: boolean };

/**
 * Warm the engine once per worker, after the event that woke it: a content script connects when
 * it finds a composer or when the user focuses one (engine-client.ts), usually a while before
 * the first keystroke, and the first draft is then checked in milliseconds instead of a
 * hundred or more (see core/warm-up.ts). The warm-up runs a step at a time (one check on one
 * draft, at most 27–54 ms in Chromium 156), and each step waits for the requests that arrive
 * meanwhile (shared/warm-up-schedule.ts).
 */
const warmUp = warmUpSchedule(warmUpTasks(), () => void (state.clearbriefEngineWarm = true));

function warmUpSoon(): void {
  state.clearbriefEngineWarm ??= false;
  warmUp.start();
}

/** Answer analysis requests on the engine port from this extension's own content scripts. */
export function serveEngine(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== ENGINE_PORT || port.sender?.id !== browser.runtime.id) return;
    warmUpSoon();
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
    port.onMessage.addListener((message: unknown) => {
      if (!isContentToEngine(message)) return;
      const { id } = message;
      const reply = (answer: EngineToContent) => {
        try {
          port.postMessage(answer);
        } catch {
          // The page went away while the engine worked.
        }
      };
      // The draft is not checked field by field here: analyze() accepts any shape and reads only
      // well-formed text and form fields (it never throws, property-tested).
      analyzeDraft(message.draft, message.fresh === true).then(
        (analysis) => reply({ type: 'analysis', id, analysis }),
        (err: unknown) => reply({ type: 'analysis-failed', id, reason: String(err) }),
      );
    });
  });
}
