/**
 * When a tracker commits: the one commit policy every adapter shares. Adapters say *that*
 * something changed; the scheduler decides *when* the data goes to the LMS/LRS:
 *
 * - while progress changes: debounced, not on every click. Moodle commits with a synchronous
 *   request that freezes the page (mod/scorm/request.js), so a burst of activity becomes one commit, at
 *   most `debounceMs` after the last change and never later than `maxWaitMs` after the first;
 * - right after a quiz is submitted (`commitSoon`: the next task, once the state is saved);
 * - when the page is hidden (`visibilitychange` → `hidden`): the learner may not come back.
 *
 * Ending the session is not the scheduler's: the player announces the exit (its Exit button and
 * `pagehide`, never `unload`, which Chrome deprecates and cross-origin LMS iframes may forbid)
 * and the app calls the tracker's `finish` (app/start-player.ts), which stops the scheduler.
 *
 * A failed commit is retried `maxRetries` times, `retryDelayMs` apart; then the scheduler stops
 * and reports it (`onGiveUp`) until a new change or an explicit {@link CommitScheduler.retryNow}.
 * @packageDocumentation
 */

/** The scheduler's timing. */
export interface CommitTiming {
  /** Quiet time after the last change before a commit, in ms. @default 10000 */
  debounceMs: number;
  /** Longest a change waits while changes keep coming, in ms. @default 60000 */
  maxWaitMs: number;
  /** Delay between retries of a failed commit, in ms (spoor: 2 s). @default 2000 */
  retryDelayMs: number;
  /** Retries after a failed commit before giving up until the next change (spoor: 5). @default 5 */
  maxRetries: number;
}

/** The defaults, defined here and nowhere else. */
export const COMMIT_DEFAULTS: Readonly<CommitTiming> = Object.freeze({
  debounceMs: 10_000,
  maxWaitMs: 60_000,
  retryDelayMs: 2_000,
  maxRetries: 5,
});

/** Timers the scheduler uses; tests pass fakes. */
export interface SchedulerClock {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Where the page-visibility events come from (`document` by default). */
export interface PageLifecycle {
  document: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
}

/** What the scheduler drives. */
export interface CommitSchedulerOptions {
  /** Sends what is pending and commits it; resolves to whether the LMS accepted it. */
  commit: () => boolean | Promise<boolean>;
  /** Called when the retries after a failure are used up. */
  onGiveUp?: () => void;
  /** Overrides of {@link COMMIT_DEFAULTS}. */
  timing?: Partial<CommitTiming>;
  clock?: SchedulerClock;
  /** Page-life events to listen to; `null` listens to none (unit tests). */
  lifecycle?: PageLifecycle | null;
}

/** The browser's timers. */
export const defaultClock: SchedulerClock = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function defaultLifecycle(): PageLifecycle | null {
  return typeof document !== 'undefined' ? { document } : null;
}

/** Schedules commits for one tracker session. */
export class CommitScheduler {
  readonly timing: Readonly<CommitTiming>;
  private readonly clock: SchedulerClock;
  private readonly lifecycle: PageLifecycle | null;
  private timer: unknown;
  /** Why the armed timer runs: a debounce may be pushed back, a sooner commit or a retry is not. */
  private timerKind: 'debounce' | 'soon' | 'retry' | undefined;
  /** When the oldest change not yet committed happened (for `maxWaitMs`). */
  private firstChangeAt: number | undefined;
  private retries = 0;
  private running: Promise<boolean> | undefined;
  /** A commit was asked for while one was running: run again when it ends. */
  private again = false;
  private stopped = false;

  constructor(private readonly options: CommitSchedulerOptions) {
    this.timing = { ...COMMIT_DEFAULTS, ...options.timing };
    this.clock = options.clock ?? defaultClock;
    this.lifecycle = options.lifecycle === undefined ? defaultLifecycle() : options.lifecycle;
  }

  /** Starts listening to `visibilitychange`. */
  attach(): void {
    this.lifecycle?.document.addEventListener('visibilitychange', this.handleVisibility);
  }

  /** Progress changed: commit once things are quiet for `debounceMs` (at most `maxWaitMs` late). */
  progressChanged(now = Date.now()): void {
    if (this.stopped) return;
    // A commit already due soon (after a submit) or a retry will carry this change too.
    if (this.timer !== undefined && this.timerKind !== 'debounce') return;
    this.firstChangeAt ??= now;
    const wait = Math.max(0, Math.min(this.timing.debounceMs, this.firstChangeAt + this.timing.maxWaitMs - now));
    this.arm(wait, 'debounce');
  }

  /** Commit in the next task (after a quiz submit: the state-change microtask runs first). */
  commitSoon(): void {
    if (this.stopped) return;
    this.arm(0, 'soon');
  }

  /** Commit now (page hidden, Retry button); resets the retry count. */
  commitNow(): Promise<boolean> {
    if (this.stopped) return Promise.resolve(false);
    this.retries = 0;
    this.disarm();
    return this.run();
  }

  /** The learner pressed Retry: same as {@link commitNow}. */
  retryNow(): Promise<boolean> {
    return this.commitNow();
  }

  /** Stops all timers and listeners (the session is finishing). Idempotent. */
  stop(): void {
    this.stopped = true;
    this.disarm();
    this.lifecycle?.document.removeEventListener('visibilitychange', this.handleVisibility);
  }

  /** Whether a commit is waiting for its timer (debounce or retry). */
  get pending(): boolean {
    return this.timer !== undefined;
  }

  private arm(ms: number, kind: 'debounce' | 'soon' | 'retry'): void {
    this.disarm();
    this.timerKind = kind;
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.timerKind = undefined;
      void this.run();
    }, ms);
  }

  private disarm(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.timerKind = undefined;
  }

  private run(): Promise<boolean> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.firstChangeAt = undefined;
    this.running = (async () => {
      let ok: boolean;
      try {
        ok = await this.options.commit();
      } catch {
        ok = false;
      }
      return ok;
    })().then((ok) => {
      this.running = undefined;
      if (this.stopped) return ok;
      if (ok) {
        this.retries = 0;
        if (this.again) {
          this.again = false;
          this.arm(0, 'soon');
        }
      } else if (this.retries < this.timing.maxRetries) {
        this.retries += 1;
        this.again = false;
        this.arm(this.timing.retryDelayMs, 'retry');
      } else {
        this.again = false;
        this.options.onGiveUp?.();
      }
      return ok;
    });
    return this.running;
  }

  private readonly handleVisibility = (): void => {
    if (this.lifecycle?.document.visibilityState === 'hidden') void this.commitNow();
  };
}
