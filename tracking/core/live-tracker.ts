/**
 * What every tracker that reports somewhere (an LMS through SCORM, an LRS through xAPI or cmi5)
 * shares, whatever the standard: falling back to standalone when no session opens, one commit
 * policy (`commit-scheduler.ts`), finishing once, and telling the learner about a problem once
 * and that it is resolved once. An adapter supplies the standard's part: how to open the
 * session, read back the saved state, record an event, deliver what is pending and end.
 * @packageDocumentation
 */
import type { CourseExited, LearnerEvent } from '../../learning/learner-events.ts';
import type { LearnerState } from '../../learning/learner-state.ts';
import { CommitScheduler, type CommitTiming, type PageLifecycle, type SchedulerClock } from './commit-scheduler.ts';
import { StandaloneTracker } from '../standalone.ts';
import type { Tracker, TrackerOptions, TrackerProblem, TrackerSession } from '../tracker.ts';

/** Things a test (or an unusual host page) can replace. */
export interface LiveTrackerDeps {
  /** Storage for the save mirror and the standalone fallback. @default localStorage */
  storage?: Storage;
  clock?: SchedulerClock;
  /** Page-visibility events; `null` for none. @default document */
  lifecycle?: PageLifecycle | null;
  timing?: Partial<CommitTiming>;
  /** Where diagnostics go. @default console.warn */
  log?: (message: string) => void;
  now?: () => number;
}

/** The standard-neutral half of a reporting tracker; see the module comment. */
export abstract class LiveTracker implements Tracker {
  protected readonly scheduler: CommitScheduler;
  protected readonly log: (message: string) => void;
  protected readonly now: () => number;
  /** The latest learner state the player saved, delivered by the next commit. */
  protected state: LearnerState | undefined;
  private fallback: Tracker | undefined;
  private connected = false;
  private finished = false;
  private problemShown = false;

  constructor(
    protected readonly options: TrackerOptions,
    protected readonly deps: LiveTrackerDeps = {},
  ) {
    this.log = deps.log ?? ((message) => console.warn(`lmspack: ${message}`));
    this.now = deps.now ?? Date.now;
    this.scheduler = new CommitScheduler({
      commit: () => (this.finished ? false : this.commit()),
      onGiveUp: () => this.log(`giving up retrying after ${this.scheduler.timing.maxRetries} retries; the Retry button tries again`),
      ...(deps.timing ? { timing: deps.timing } : {}),
      ...(deps.clock ? { clock: deps.clock } : {}),
      ...(deps.lifecycle !== undefined ? { lifecycle: deps.lifecycle } : {}),
    });
  }

  /** Opens the standard's session; undefined means none could be opened (run standalone). */
  protected abstract open(): Promise<TrackerSession | undefined>;
  /** The saved state, as stored, once the session is open. */
  protected abstract restore(): Promise<unknown>;
  /** Maps one learner event to the standard and tells the scheduler when it should commit. */
  protected abstract recordEvent(event: LearnerEvent): void;
  /** Delivers what is pending; resolves whether everything so far is now stored. */
  protected abstract commit(): boolean | Promise<boolean>;
  /** Delivers what is pending and ends the session with the LMS/LRS (called once). */
  protected abstract end(exit: CourseExited | undefined): Promise<void>;

  async connect(): Promise<TrackerSession> {
    const session = await this.open();
    if (!session) {
      this.fallback = new StandaloneTracker(this.options, this.deps.storage);
      return this.fallback.connect();
    }
    this.connected = true;
    this.scheduler.attach();
    return session;
  }

  async restoreState(): Promise<unknown> {
    if (this.fallback) return this.fallback.restoreState();
    return this.connected ? this.restore() : undefined;
  }

  record(event: LearnerEvent): void {
    if (this.fallback) return this.fallback.record(event);
    if (this.finished || !this.connected) return;
    this.recordEvent(event);
  }

  saveState(state: LearnerState): Promise<void> {
    if (this.fallback) return this.fallback.saveState(state);
    if (this.finished || !this.connected) return Promise.resolve();
    this.state = state;
    this.scheduler.progressChanged(this.now());
    return Promise.resolve();
  }

  /** Delivers again now (the learner pressed Retry). */
  async retry(): Promise<void> {
    if (this.fallback || this.finished || !this.connected) return;
    await this.scheduler.retryNow();
  }

  /** Ends the session once; the app calls it on the player's exit (Exit button or `pagehide`). */
  async finish(exit?: CourseExited): Promise<void> {
    if (this.fallback) return this.fallback.finish();
    if (this.finished || !this.connected) return;
    this.finished = true;
    this.scheduler.stop();
    await this.end(exit);
  }

  /** Whether `finish` has run: nothing more may be sent in this session. */
  protected get isFinished(): boolean {
    return this.finished;
  }

  /** A session could not be opened: said once, then the tracker runs standalone. */
  protected reportConnectFailure(message: string): void {
    this.log(message);
    this.report({ kind: 'connect-failed', message });
  }

  /** A delivery failed: logged every time, shown to the learner once until resolved. */
  protected reportSaveFailure(message: string): void {
    this.log(message);
    if (this.problemShown) return;
    this.problemShown = true;
    this.report({ kind: 'save-failed', message });
  }

  /** The session ended with data undelivered, kept in this browser for the next launch. */
  protected reportFinishFailure(message: string): void {
    this.report({ kind: 'finish-failed', message });
  }

  /** The credentials stopped working: what waits is kept in this browser for the next launch. */
  protected reportSessionExpired(message: string): void {
    this.log(message);
    this.report({ kind: 'session-expired', message });
  }

  /** Everything a shown `save-failed` problem held back has been delivered. */
  protected resolveProblem(): void {
    if (!this.problemShown) return;
    this.problemShown = false;
    this.options.onProblemResolved?.();
  }

  private report(problem: TrackerProblem): void {
    this.options.onProblem?.(problem);
  }
}
