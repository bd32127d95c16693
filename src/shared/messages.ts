/**
 * Every message that crosses an extension boundary, as discriminated unions with typed
 * payloads: no `any` crosses from one surface to another. Names say the direction.
 */
import type { Analysis, Draft } from '../core';

/** Popup (or any extension page) → content script in a tab. */
export type PopupToContent = { type: 'review-request' };

export type ReviewResponse =
  | { type: 'review'; site: string; draft: Draft; analysis: Analysis }
  | { type: 'no-composer'; site: string };

/** Anything → background. */
export type ToBackground = { type: 'ping' };
export type BackgroundResponse = { type: 'pong'; version: string };

export function isPopupToContent(value: unknown): value is PopupToContent {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'review-request';
}

export function isToBackground(value: unknown): value is ToBackground {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'ping';
}
