/**
 * The tracker used outside an LMS: progress stays in this browser's `localStorage`, under a key
 * per course, and nothing is sent anywhere.
 * @packageDocumentation
 */
import type { LearnerEvent } from '../learning/learner-events.ts';
import type { LearnerState } from '../learning/learner-state.ts';
import { defaultStorage } from './core/browser-storage.ts';
import type { Tracker, TrackerFactory, TrackerOptions, TrackerSession } from './tracker.ts';

/** The storage key for a course's state; the version lets a later course edit start afresh. */
export function standaloneStorageKey(courseId: string): string {
  return `lmspack:${courseId}:state`;
}

/** Keeps the learner state in `localStorage` (or any Storage, for tests). */
export class StandaloneTracker implements Tracker {
  private readonly key: string;
  private readonly storage: Storage | undefined;

  constructor(
    private readonly options: TrackerOptions,
    storage?: Storage,
  ) {
    this.key = standaloneStorageKey(options.course.settings.id);
    this.storage = storage ?? defaultStorage();
  }

  connect(): Promise<TrackerSession> {
    return Promise.resolve({ standalone: true, mode: 'normal', credit: true });
  }

  restoreState(): Promise<unknown> {
    try {
      const text = this.storage?.getItem(this.key);
      return Promise.resolve(text ? (JSON.parse(text) as unknown) : undefined);
    } catch {
      // A corrupt entry must not stop the course from opening; the learner starts afresh.
      return Promise.resolve(undefined);
    }
  }

  record(_event: LearnerEvent): void {
    // Nothing to report outside an LMS: the state saved next carries everything needed to resume.
  }

  saveState(state: LearnerState): Promise<void> {
    try {
      this.storage?.setItem(this.key, JSON.stringify(state));
    } catch (error) {
      this.options.onProblem?.({ kind: 'save-failed', message: error instanceof Error ? error.message : String(error) });
    }
    return Promise.resolve();
  }

  finish(): Promise<void> {
    return Promise.resolve();
  }
}

export const createTracker: TrackerFactory = (options) => new StandaloneTracker(options);
