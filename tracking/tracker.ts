/**
 * The one interface between the player and wherever progress goes: an LMS through SCORM, an LRS
 * through xAPI/cmi5, or the browser's own storage. In lmspack's words; only an adapter knows a
 * standard's element names or verbs.
 * @packageDocumentation
 */
import type { ValidatedCourse } from '../format/validated-course.ts';
import type { HeldResult } from '../learning/held-result.ts';
import type { CourseExited, LearnerEvent } from '../learning/learner-events.ts';
import type { LearnerState } from '../learning/learner-state.ts';

/** What the player learns from connecting. */
export interface TrackerSession {
  /**
   * True when results go nowhere but this browser (no LMS found, or opened outside one):
   * the player then shows a quiet notice saying so.
   */
  standalone: boolean;
  /**
   * How the LMS launched this session: `normal` records results; `browse` and `review` record
   * nothing (SCORM 1.2 cmi.core.lesson_mode, SCORM 2004 cmi.mode, cmi5 launchMode).
   */
  mode: 'normal' | 'browse' | 'review';
  /** False when the LMS says this attempt earns no credit (SCORM cmi.credit `no-credit`). */
  credit: boolean;
  /** The score and verdict the LMS already holds, when it says: shown when nothing is recorded. */
  heldResult?: HeldResult;
  /** The learner's name, when the LMS tells it. */
  learnerName?: string;
  /**
   * The passing score (0–100) the LMS set for this launch, replacing the course's own: cmi5's
   * LMS.LaunchData masteryScore (cmi5 §10). The player then judges the quiz by it too.
   */
  passingScore?: number;
  /**
   * The learner's preferred language, when the LMS says (cmi5 §11 `languagePreference`; SCORM 1.2
   * `cmi.student_preference.language`, SCORM 2004 `cmi.learner_preference.language`): the
   * player's own words follow it when lmspack has a table for it.
   */
  learnerLanguage?: string;
}

/**
 * Where a tracker reports problems, as data the app can show; it never throws at the learner.
 * - `connect-failed`: no session could be opened (the tracker runs standalone instead);
 * - `save-failed`: the LMS refused a value or a commit; the tracker retries, keeps the data in
 *   this browser meanwhile, and calls `onProblemResolved` once it is delivered;
 * - `finish-failed`: the session ended with data undelivered; it is kept in this browser and
 *   sent on the next launch (a finished session cannot be retried);
 * - `session-expired`: the LRS no longer accepts the launch's credentials (HTTP 401, e.g. an
 *   expired cmi5 token); nothing more can be sent in this session, what waits is kept in this
 *   browser and sent on the next launch.
 */
export interface TrackerProblem {
  kind: 'connect-failed' | 'save-failed' | 'finish-failed' | 'session-expired';
  message: string;
}

/**
 * A tracker's life: `connect` once, `restoreState` once, then `record` and `saveState` as the
 * learner works, and `finish` once when the learner leaves.
 */
export interface Tracker {
  /** Opens the session with the LMS/LRS (or storage). */
  connect(): Promise<TrackerSession>;
  /** The state saved by an earlier session, as stored (the app parses it), or undefined. */
  restoreState(): Promise<unknown>;
  /** Reports one learner event; the adapter decides what to send and when to commit. */
  record(event: LearnerEvent): void;
  /** Saves the learner state for resume. May batch; `finish` flushes. */
  saveState(state: LearnerState): Promise<void>;
  /**
   * Ends the session: flushes what is pending and tells the LMS the learner left. `exit` says
   * how (the Exit button or the page going away); without it, as by the Exit button.
   */
  finish(exit?: CourseExited): Promise<void>;
  /**
   * Tries again to deliver what the LMS/LRS has not confirmed (the learner pressed Retry after
   * a `save-failed` problem). Optional: a tracker that cannot fail to save has nothing to retry.
   */
  retry?(): Promise<void>;
}

/** What every tracker factory receives. */
export interface TrackerOptions {
  course: ValidatedCourse;
  /** Called with problems the learner may need to know about (the app shows them). */
  onProblem?: (problem: TrackerProblem) => void;
  /** Called when everything a reported `save-failed` problem held back has been delivered. */
  onProblemResolved?: () => void;
}

/** The export each `tracking/<format>.ts` module provides, so the app can import it lazily. */
export type TrackerFactory = (options: TrackerOptions) => Tracker;
