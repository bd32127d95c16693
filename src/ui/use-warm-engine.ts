import { useEffect } from 'preact/hooks';
import { warmUp } from '../core';

/**
 * Warm the engine while the page is idle, for a surface that analyses in its own context (the
 * popup's paste box): the first text checked there is then answered in milliseconds rather than
 * after the engine's cold start (see core/warm-up.ts). The options page needs none: its rule
 * preview checks a sample as soon as the form opens.
 */
export function useWarmEngine(): void {
  useEffect(() => {
    const id = requestIdleCallback(() => warmUp(), { timeout: 2_000 });
    return () => cancelIdleCallback(id);
  }, []);
}
