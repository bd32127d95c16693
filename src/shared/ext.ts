/**
 * The few extension APIs the content script uses, typed, without webextension-polyfill: Chrome's
 * MV3 `chrome.*` and Firefox's `browser.*` both return promises for these calls, and the polyfill
 * would add 10 KB to a script that runs on every composer page. Extension pages use the polyfill.
 */

export interface StorageChange {
  newValue?: unknown;
  oldValue?: unknown;
}

export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface Port {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface ExtensionApi {
  runtime: {
    id: string;
    sendMessage(message: unknown): Promise<unknown>;
    connect(info: { name: string }): Port;
    onMessage: {
      addListener(listener: (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | void): void;
    };
  };
  storage: {
    sync: StorageArea;
    local: StorageArea;
    managed?: { get(keys: null): Promise<Record<string, unknown>> };
    onChanged: { addListener(listener: (changes: Record<string, StorageChange>, area: string) => void): void };
  };
}

const globals = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };

/** `browser` in Firefox, `chrome` in Chromium; undefined outside an extension (unit tests). */
export const ext: ExtensionApi | undefined = globals.browser?.runtime?.id ? globals.browser : globals.chrome?.runtime?.id ? globals.chrome : undefined;
