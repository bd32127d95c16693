import { useEffect } from 'preact/hooks';
import { warmUpTasks } from '../core';
import { warmUpSchedule } from '../shared/warm-up-schedule';

/**
 * Warm the engine while the page is idle, for a surface that analyses in its own context (the
 * popup's paste box): the first text checked there is then answered in milliseconds rather than
 * after the engine's cold start (see core/warm-up.ts). One step per idle period, so a paste
 * meanwhile waits for one step at most. The options page needs none: its rule preview checks a
 * sample as soon as the form opens.
 */
export function useWarmEngine(): void {
  useEffect(() => {
    let id = 0;
    const whenIdle = (task: () => void) => void (id = requestIdleCallback(task, { timeout: 2_000 }));
    warmUpSchedule(warmUpTasks(), () => {}, whenIdle).start();
    return () => cancelIdleCallback(id);
  }, []);
}
