import { useEffect } from 'preact/hooks';
import { warmUp } from '../core';

/**
 * Warm the engine while the page is idle, for a surface that analyses in its own context (the
 * popup's paste box, the options page's rule preview): the first text checked there is then
 * answered in milliseconds rather than after the engine's cold start (see core/warm-up.ts).
 */
export function useWarmEngine(): void {
  useEffect(() => {
    const id = requestIdleCallback(() => warmUp(), { timeout: 2_000 });
    return () => cancelIdleCallback(id);
  }, []);
}
