/**
 * The "not saved yet" banner: a tracker's save problem reaches the learner as a plain message
 * with Retry, in an alert region, and goes away once the data is delivered.
 */
import { expect, test } from 'vitest';
import { ProblemRelay } from '../../app/problem-relay.ts';
import { startPlayer } from '../../app/start-player.ts';
import type { LearnerState } from '../../learning/learner-state.ts';
import type { Tracker, TrackerOptions, TrackerSession } from '../../tracking/tracker.ts';
import { axeViolations, course, deepQuery, deepQueryAll, settle, tables } from './player-harness.ts';

/** A tracker connected to an "LMS" whose commits fail until told otherwise. */
class RefusingTracker implements Tracker {
  retries = 0;
  finished = 0;
  accept = false;
  constructor(private readonly options: TrackerOptions) {}
  connect(): Promise<TrackerSession> {
    return Promise.resolve({ standalone: false, mode: 'normal', credit: true });
  }
  restoreState(): Promise<unknown> {
    return Promise.resolve(undefined);
  }
  record(): void {}
  saveState(_state: LearnerState): Promise<void> {
    if (!this.accept) this.options.onProblem?.({ kind: 'save-failed', message: 'Commit failed: 101 General exception' });
    return Promise.resolve();
  }
  retry(): Promise<void> {
    this.retries += 1;
    if (this.accept) this.options.onProblemResolved?.();
    else this.options.onProblem?.({ kind: 'save-failed', message: 'Commit failed: 101 General exception' });
    return Promise.resolve();
  }
  finish(): Promise<void> {
    this.finished += 1;
    return Promise.resolve();
  }
}

async function mount(): Promise<{ tracker: RefusingTracker; player: HTMLElement }> {
  history.replaceState(null, '', '#/');
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  const problems = new ProblemRelay(() => {});
  const tracker = new RefusingTracker({ course, onProblem: problems.onProblem, onProblemResolved: problems.onProblemResolved });
  const player = await startPlayer(course, tables, tracker, container, problems);
  await settle(player);
  await new Promise((resolve) => setTimeout(resolve, 20));
  await settle(player);
  return { tracker, player };
}

test('a failed save shows the plain message with Retry in an alert region, and passes axe', async () => {
  const { tracker, player } = await mount();
  const region = deepQuery('[role="alert"]');
  expect(region?.textContent).toContain('Your result has not been saved yet — keep this window open');
  const retry = deepQueryAll<HTMLButtonElement>('button').find((button) => button.textContent?.trim() === 'Retry');
  expect(retry).toBeDefined();
  expect(await axeViolations()).toEqual([]);

  // Retry that fails again keeps the message; one that succeeds removes it.
  retry!.click();
  await settle(player);
  expect(tracker.retries).toBe(1);
  expect(deepQuery('[role="alert"]')?.textContent).toContain('not been saved yet');
  tracker.accept = true;
  deepQueryAll<HTMLButtonElement>('button').find((button) => button.textContent?.trim() === 'Retry')!.click();
  await settle(player);
  expect(tracker.retries).toBe(2);
  expect(deepQuery('[role="alert"]')?.textContent?.trim()).toBe('');
});

test('the Exit button finishes the session once and says the window can be closed', async () => {
  const { tracker, player } = await mount();
  const exit = deepQueryAll<HTMLButtonElement>('button.exit')[0]!;
  expect(exit.textContent?.trim()).toBe('Exit');
  exit.click();
  exit.click();
  await settle(player);
  expect(tracker.finished).toBe(1);
  expect(deepQuery('footer')?.textContent).toContain('You can close this window');
  expect(await axeViolations()).toEqual([]);
});

test('a session that ended undelivered says the result is kept in this browser, without Retry', async () => {
  const { player } = await mount();
  const problems = new ProblemRelay(() => {});
  problems.attach(player as never);
  problems.onProblem({ kind: 'finish-failed', message: 'Terminate failed' });
  await settle(player);
  expect(deepQuery('[role="alert"]')?.textContent).toContain('kept in this browser');
  expect(deepQueryAll<HTMLButtonElement>('button').some((button) => button.textContent?.trim() === 'Retry')).toBe(false);
});
