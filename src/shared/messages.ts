/**
 * Every message that crosses an extension boundary, as discriminated unions with typed
 * payloads: no `any` crosses from one surface to another. Names say the direction.
 */
import type { Analysis, Draft, DraftFields, Suggestion } from '../core';

/** Popup (or any extension page) → content script in a tab. */
export type PopupToContent =
  | { type: 'review-request' }
  | { type: 'apply-suggestion'; suggestion: Suggestion; expected?: string }
  | { type: 'replace-description'; text: string }
  | { type: 'reveal'; part: 'title' | 'description'; start: number; end: number };

export type ReviewResponse =
  | { type: 'review'; site: string; draft: Draft; analysis: Analysis }
  | { type: 'no-composer'; site: string };

export type ApplyResponse = { type: 'applied'; ok: boolean; reason?: string };

/** What a tab remembers about the draft being written in it, across wizard steps and page loads. */
export interface TabMemory {
  fields: DraftFields;
  /** Context keys of findings the user dismissed for this draft. */
  dismissed: string[];
}

/** Content script → background. */
export type ContentToBackground =
  | { type: 'tab-memory-get'; scope: string }
  | { type: 'tab-memory-set'; scope: string; memory: TabMemory }
  | { type: 'policy-get'; scope: string };

export type TabMemoryResponse = { type: 'tab-memory'; memory: TabMemory | null };

/**
 * The engine's port (`runtime.connect({ name: ENGINE_PORT })`): content script → background.
 * A port, not one `sendMessage` per request: it is opened once, and each request costs one
 * message each way. `fresh`: the sender has just seen the settings change; reload them first.
 */
export const ENGINE_PORT = 'clearbrief-engine';
export type ContentToEngine = { type: 'analyze'; id: number; draft: Draft; fresh?: boolean };
export type EngineToContent =
  | { type: 'analysis'; id: number; analysis: Analysis }
  | { type: 'analysis-failed'; id: number; reason: string }
  /** The options changed without a storage event the page sees (the team policy arrived late): check again. */
  | { type: 'options-changed' };

/** The managed-storage policy as stored; validated by the receiver (managed.ts). */
export type PolicyResponse = { type: 'policy'; policy: Record<string, unknown> };

const POPUP_TYPES = new Set(['review-request', 'apply-suggestion', 'replace-description', 'reveal']);
const CONTENT_TYPES = new Set(['tab-memory-get', 'tab-memory-set', 'policy-get']);

function typeOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
}

export function isPopupToContent(value: unknown): value is PopupToContent {
  return POPUP_TYPES.has(typeOf(value) as string);
}

export function isContentToBackground(value: unknown): value is ContentToBackground {
  const v = value as { scope?: unknown };
  return CONTENT_TYPES.has(typeOf(value) as string) && typeof v.scope === 'string';
}

export function isContentToEngine(value: unknown): value is ContentToEngine {
  const v = value as { id?: unknown; draft?: unknown } | null;
  return typeOf(value) === 'analyze' && typeof v?.id === 'number' && typeof v.draft === 'object';
}

export function isEngineToContent(value: unknown): value is EngineToContent {
  const t = typeOf(value);
  return t === 'options-changed' || ((t === 'analysis' || t === 'analysis-failed') && typeof (value as { id?: unknown }).id === 'number');
}
