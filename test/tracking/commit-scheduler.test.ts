import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { COMMIT_DEFAULTS, CommitScheduler, type PageLifecycle } from '../../tracking/core/commit-scheduler.ts';

function lifecycle(): PageLifecycle & {
  fire(target: 'window' | 'document', type: string): void;
  listening(target: 'window' | 'document'): string[];
  visibility: DocumentVisibilityState;
} {
  const listeners = { window: new Map<string, () => void>(), document: new Map<string, () => void>() };
  const page = {
    visibility: 'visible' as DocumentVisibilityState,
    window: {
      addEventListener: (type: string, listener: () => void) => listeners.window.set(type, listener),
      removeEventListener: (type: string) => listeners.window.delete(type),
    },
    document: {
      addEventListener: (type: string, listener: () => void) => listeners.document.set(type, listener),
      removeEventListener: (type: string) => listeners.document.delete(type),
      get visibilityState() {
        return page.visibility;
      },
    },
    fire(target: 'window' | 'document', type: string) {
      listeners[target].get(type)?.();
    },
    listening(target: 'window' | 'document') {
      return [...listeners[target].keys()];
    },
  };
  return page as never;
}

describe('CommitScheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('turns a burst of progress into one commit after the quiet time', async () => {
    const commit = vi.fn(() => true);
    const scheduler = new CommitScheduler({ commit, lifecycle: null });
    for (let i = 0; i < 20; i++) {
      scheduler.progressChanged();
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(commit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(COMMIT_DEFAULTS.debounceMs);
    expect(commit).toHaveBeenCalledTimes(1);
  });

  test('commits at most maxWaitMs after the first change while changes keep coming', async () => {
    const commit = vi.fn(() => true);
    const scheduler = new CommitScheduler({ commit, lifecycle: null, timing: { debounceMs: 1000, maxWaitMs: 3000 } });
    for (let i = 0; i < 10; i++) {
      scheduler.progressChanged(Date.now());
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(commit.mock.calls.length).toBeGreaterThanOrEqual(1);
  });

  test('commitSoon commits in the next task, after pending microtasks', async () => {
    const order: string[] = [];
    const scheduler = new CommitScheduler({ commit: () => (order.push('commit'), true), lifecycle: null });
    scheduler.commitSoon();
    queueMicrotask(() => order.push('state saved'));
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['state saved', 'commit']);
  });

  test('progress right after a submit does not push the submit commit back', async () => {
    const commit = vi.fn(() => true);
    const scheduler = new CommitScheduler({ commit, lifecycle: null });
    scheduler.commitSoon();
    scheduler.progressChanged();
    await vi.advanceTimersByTimeAsync(0);
    expect(commit).toHaveBeenCalledTimes(1);
  });

  test('retries a failed commit with a delay, then gives up until asked again', async () => {
    const commit = vi.fn(() => false);
    const onGiveUp = vi.fn();
    const scheduler = new CommitScheduler({ commit, onGiveUp, lifecycle: null, timing: { retryDelayMs: 1000, maxRetries: 2 } });
    await scheduler.commitNow();
    expect(commit).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(commit).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(commit).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(commit).toHaveBeenCalledTimes(3);
    expect(onGiveUp).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(commit).toHaveBeenCalledTimes(3);
    commit.mockReturnValue(true);
    expect(await scheduler.retryNow()).toBe(true);
  });

  test('commits when the page is hidden, never on unload, and leaves pagehide to the app', async () => {
    const page = lifecycle();
    const commit = vi.fn(() => true);
    const scheduler = new CommitScheduler({ commit, lifecycle: page });
    scheduler.attach();
    page.fire('window', 'unload');
    expect(commit).not.toHaveBeenCalled();
    page.visibility = 'hidden';
    page.fire('document', 'visibilitychange');
    await vi.advanceTimersByTimeAsync(0);
    expect(commit).toHaveBeenCalledTimes(1);
    expect(page.listening('window')).toEqual([]);
    scheduler.progressChanged();
    scheduler.stop();
    // Stopped (the tracker is finishing): the debounced commit armed before never runs.
    await vi.advanceTimersByTimeAsync(COMMIT_DEFAULTS.maxWaitMs);
    expect(commit).toHaveBeenCalledTimes(1);
  });

  test('a commit asked for while one runs is run again afterwards', async () => {
    let release: (ok: boolean) => void = () => {};
    const commit = vi.fn(() => new Promise<boolean>((resolve) => (release = resolve)));
    const scheduler = new CommitScheduler({ commit, lifecycle: null });
    const first = scheduler.commitNow();
    void scheduler.commitNow();
    release(true);
    await first;
    await vi.advanceTimersByTimeAsync(0);
    expect(commit).toHaveBeenCalledTimes(2);
  });
});
