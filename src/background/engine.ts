/**
 * The engine for the content scripts. A content script sends the draft it sees and gets the
 * analysis back; the engine, its pattern tables and the custom-rule compiler load once here
 * instead of in every composer page, and a long draft is analysed off the page's main thread.
 * The draft goes from one part of the extension to another inside the browser, and nowhere else.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { analyze, type Analysis, type AnalyzeOptions, type Draft } from '../core';
import { checkPattern } from '../core/custom/pattern-safety';
import type { PatternCheck } from '../core/custom';
import { compileAll, customRulesValidator } from '../shared/custom-rules';
import { emptyPolicy, loadPolicy, mergeRuleSettings, type ManagedPolicy } from '../shared/managed';
import { ENGINE_PORT, isContentToEngine, type EngineToContent } from '../shared/messages';
import { loadSettings } from '../shared/settings';

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

/** The managed area, which Firefox without a policy file answers with an error. */
const managedArea = {
  get: (keys: null) => browser.storage.managed.get(keys).catch(() => ({})),
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
  policyRequest ??= loadPolicy(managedArea).then((loaded) => {
    const changed = JSON.stringify(loaded) !== JSON.stringify(policy ?? emptyPolicy());
    policy = loaded;
    if (!changed) return;
    options = null;
    tellContentScripts({ type: 'options-changed' });
  });
  return policy ?? emptyPolicy();
}

/** The check settings under the team policy, and the custom rules (the team's first) compiled. */
export async function loadEngineOptions(): Promise<AnalyzeOptions> {
  const { settings, customRulesRaw } = await loadSettings(browser.storage.sync, browser.storage.local);
  const policy = currentPolicy();
  const problems: string[] = [];
  const validate = customRulesValidator(cachedCheckPattern);
  const managed = validate(policy.customRules, problems);
  const managedIds = new Set(managed.map((r) => r.id));
  const own = validate(customRulesRaw, problems).filter((r) => !managedIds.has(r.id));
  if (problems.length) console.warn('ClearBrief:', ...problems);
  return { rules: mergeRuleSettings(settings.rules, policy), extraRules: compileAll([...managed, ...own]) };
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
export async function analyzeDraft(draft: Draft, fresh = false): Promise<Analysis> {
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

/** A draft as a content script sends it, checked field by field: nothing else reaches the engine. */
export function isDraft(value: unknown): value is Draft {
  if (!value || typeof value !== 'object') return false;
  const d = value as Record<string, unknown>;
  if (typeof d.description !== 'string' || (d.title !== undefined && typeof d.title !== 'string')) return false;
  if (d.fields === undefined) return true;
  if (!d.fields || typeof d.fields !== 'object') return false;
  const f = d.fields as Record<string, unknown>;
  const optionalText = (v: unknown) => v === undefined || typeof v === 'string';
  return optionalText(f.budget) && optionalText(f.timeline) && optionalText(f.experience) && (f.skills === undefined || (Array.isArray(f.skills) && f.skills.every((s) => typeof s === 'string')));
}

/** Answer analysis requests on the engine port from this extension's own content scripts. */
export function serveEngine(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== ENGINE_PORT || port.sender?.id !== browser.runtime.id) return;
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
      if (!isDraft(message.draft)) return reply({ type: 'analysis-failed', id, reason: 'The draft was not in the expected shape.' });
      analyzeDraft(message.draft, message.fresh === true).then(
        (analysis) => reply({ type: 'analysis', id, analysis }),
        (err: unknown) => reply({ type: 'analysis-failed', id, reason: String(err) }),
      );
    });
  });
}
