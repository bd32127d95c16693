/**
 * The worker's warm-up never stands in front of a request: each warm-up draft is a task of its
 * own, and one not yet begun waits until the requests that arrived meanwhile are answered.
 */
import { describe, expect, it } from 'vitest';
import { warmUpSchedule, type Defer } from '../../src/shared/warm-up-schedule';

/** A task queue the test runs by hand, and a log of what ran. */
function harness(stepCount: number) {
  const queue: Array<() => void> = [];
  const log: string[] = [];
  const defer: Defer = (task) => void queue.push(task);
  const steps = Array.from({ length: stepCount }, (_, i) => () => void log.push(`step ${i}`));
  const schedule = warmUpSchedule(steps, () => void log.push('warm'), defer);
  const runTask = () => queue.shift()?.();
  const runAll = () => {
    while (queue.length) runTask();
  };
  return { schedule, log, queue, runTask, runAll };
}

describe('warm-up schedule', () => {
  it('runs one step per task, then says the engine is warm; starting again does nothing', () => {
    const { schedule, log, runTask, runAll } = harness(2);
    schedule.start();
    schedule.start();
    expect(log).toEqual([]);
    runTask();
    expect(log).toEqual(['step 0']);
    runAll();
    expect(log).toEqual(['step 0', 'step 1', 'warm']);
  });

  it('holds the steps not yet begun until every request that arrived is answered', () => {
    const { schedule, log, queue, runTask, runAll } = harness(2);
    schedule.start();
    schedule.requestStarted(); // the paste that woke the worker, waiting for its settings
    schedule.requestStarted();
    runAll();
    expect(log).toEqual([]);
    expect(queue).toHaveLength(0);
    schedule.requestEnded();
    expect(queue).toHaveLength(0);
    schedule.requestEnded();
    runTask();
    expect(log).toEqual(['step 0']);
    schedule.requestStarted(); // typing goes on between two steps
    runAll();
    expect(log).toEqual(['step 0']);
    schedule.requestEnded();
    runAll();
    expect(log).toEqual(['step 0', 'step 1', 'warm']);
  });

  it('lets a request pass without waiting when the warm-up has not started or has finished', () => {
    const { schedule, log, runAll } = harness(1);
    schedule.requestStarted();
    schedule.requestEnded();
    schedule.start();
    runAll();
    schedule.requestStarted();
    schedule.requestEnded();
    runAll();
    expect(log).toEqual(['step 0', 'warm']);
  });
});
