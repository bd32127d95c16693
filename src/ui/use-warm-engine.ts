import { useEffect } from 'preact/hooks';
import { analyze, warmUpSteps } from '../core';

/**
 * Warm the engine while the page is idle, for a surface that analyses in its own context (the
 * popup's paste box): the first text checked there is then answered in milliseconds rather than
 * after the engine's cold start (see core/warm-up.ts). One step per idle period, so a paste
 * meanwhile waits for one step at most. The options page needs none: its rule preview checks a
 * sample as soon as the form opens.
 */
export function useWarmEngine(): void {
  useEffect(() => {
    const steps = warmUpSteps();
    let id = 0;
    const next = (i: number) => {
      if (i === steps.length) return;
      id = requestIdleCallback(() => {
        analyze(steps[i]!.draft, steps[i]!.options);
        next(i + 1);
      }, { timeout: 2_000 });
    };
    next(0);
    return () => cancelIdleCallback(id);
  }, []);
}
