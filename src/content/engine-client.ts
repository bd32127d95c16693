/**
 * The content script's side of the engine port: requests go to the background over one port,
 * answers come back matched by id. The port is opened on first use and again after the
 * background was stopped (Chrome stops an idle service worker; the next request wakes it).
 */
import type { Analysis, Draft } from '../core/types';
import type { ExtensionApi, Port } from '../shared/ext';
import { ENGINE_PORT, isEngineToContent, type ContentToEngine } from '../shared/messages';

interface Pending {
  resolve(analysis: Analysis): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * How long an answer may take before the port counts as dead. The engine answers a 100 KB draft
 * in tens of milliseconds and a cold start takes well under a second; a port whose worker died
 * without telling would otherwise leave the composer waiting for ever.
 */
const ANSWER_TIMEOUT_MS = 10_000;

export interface EngineClient {
  /** The background's analysis of a draft; `fresh` after the settings changed. */
  analyze(draft: Draft, fresh: boolean): Promise<Analysis>;
  /**
   * Open the port if it is closed, without asking anything: the user has focused a composer and
   * is about to type, and a worker the browser stopped meanwhile starts and warms its engine now
   * rather than on the first keystroke.
   */
  wake(): void;
}

/** `onOptionsChanged` runs when the background says drafts should be checked again. */
export function engineClient(ext: ExtensionApi, onOptionsChanged: () => void): EngineClient {
  let port: Port | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const open = (): Port => {
    const p = ext.runtime.connect({ name: ENGINE_PORT });
    p.onMessage.addListener((message) => {
      if (!isEngineToContent(message)) return;
      if (message.type === 'options-changed') return onOptionsChanged();
      const waiting = pending.get(message.id);
      if (!waiting) return;
      pending.delete(message.id);
      clearTimeout(waiting.timer);
      if (message.type === 'analysis') waiting.resolve(message.analysis);
      else waiting.reject(new Error(message.reason));
    });
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
      failAll('The engine stopped; ask again.');
    });
    return p;
  };

  // Requests on a closed port get no answer: fail them so the composer can ask again.
  const failAll = (reason: string) => {
    for (const waiting of pending.values()) {
      clearTimeout(waiting.timer);
      waiting.reject(new Error(reason));
    }
    pending.clear();
  };

  const timedOut = () => {
    const dead = port;
    port = null;
    try {
      dead?.disconnect();
    } catch {
      // Already gone.
    }
    failAll('The engine did not answer; ask again.');
  };

  const wake = () => {
    try {
      port ??= open();
    } catch {
      // The extension was reloaded or removed under this page: the next request says so.
    }
  };

  const analyze = (draft: Draft, fresh: boolean) =>
    new Promise<Analysis>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, timer: setTimeout(timedOut, ANSWER_TIMEOUT_MS) });
      const request: ContentToEngine = { type: 'analyze', id, draft, fresh };
      try {
        port ??= open();
        port.postMessage(request);
      } catch (err) {
        // The extension was reloaded or removed under this page.
        clearTimeout(pending.get(id)?.timer);
        pending.delete(id);
        port = null;
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });

  return { analyze, wake };
}
