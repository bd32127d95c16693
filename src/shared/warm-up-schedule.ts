/**
 * When a surface warms its engine: step by step (core/warm-up.ts `warmUpSteps`), each step a task
 * of its own, and never ahead of a request. In the service worker a paste that woke it arrives a
 * few milliseconds after the connection that starts the warm-up; it waits at most for the step
 * already running, and the other steps wait until it is answered. Chromium 156 answered such a
 * paste in 280 ms (median) when it waited for the whole warm-up of both drafts, and in 183–298 ms
 * (medians 209–248 ms over runs) going first. The popup runs the same steps in idle callbacks.
 */

/** Runs a task after the worker's other pending work. */
export type Defer = (task: () => void) => void;

/**
 * A background-priority task where the browser has `scheduler.postTask`: Chromium runs a timer's
 * task ahead of a port message that arrived meanwhile, and the page's request waited behind a
 * warm-up step. A timer elsewhere (Firefox before 142).
 */
export const deferToIdle: Defer = (task) => {
  const { scheduler } = globalThis as { scheduler?: { postTask(task: () => void, options: { priority: 'background' }): Promise<unknown> } };
  if (scheduler) void scheduler.postTask(task, { priority: 'background' });
  else setTimeout(task, 0);
};

export interface WarmUpSchedule {
  /** Start warming (once; later calls do nothing). */
  start(): void;
  /** A request arrived: steps not yet begun wait until every such request has `ended`. */
  requestStarted(): void;
  requestEnded(): void;
}

export function warmUpSchedule(steps: ReadonlyArray<() => void>, onWarm: () => void, defer: Defer = deferToIdle): WarmUpSchedule {
  let started = false;
  let requests = 0;
  let waiting: (() => void) | null = null;
  const step = (next: number): void => {
    if (next === steps.length) return onWarm();
    if (requests > 0) {
      waiting = () => defer(() => step(next));
      return;
    }
    steps[next]!();
    defer(() => step(next + 1));
  };
  return {
    start() {
      if (started) return;
      started = true;
      defer(() => step(0));
    },
    requestStarted() {
      requests++;
    },
    requestEnded() {
      requests--;
      if (requests > 0 || !waiting) return;
      const resume = waiting;
      waiting = null;
      resume();
    },
  };
}
