/**
 * Wires a player to a tracker: restored state goes down as a property, learner events and
 * state changes go up to the tracker. Separate from main.ts so tests can start a player with
 * any tracker.
 * @packageDocumentation
 */
import type { LmsCoursePlayer } from '../components/course-player/course-player.ts';
import '../components/course-player/course-player.ts';
import { LEARNER_EVENT_NAMES } from '../components/events/learner-event-names.ts';
import type { CarriedTables } from '../format/i18n/carried-tables.ts';
import type { ValidatedCourse } from '../format/validated-course.ts';
import { parseLearnerState } from '../learning/learner-state.ts';
import { migrateLearnerState } from '../learning/learner-state-migration.ts';
import { withPassingScore } from '../learning/with-passing-score.ts';
import type { Tracker } from '../tracking/tracker.ts';
import { ProblemRelay } from './problem-relay.ts';

/**
 * Connects the tracker, restores state and mounts a player of `course`, speaking through
 * `tables`, into `container`. `problems` is the relay whose callbacks the tracker was created
 * with; its banner then shows in the player.
 */
export async function startPlayer(
  course: ValidatedCourse,
  tables: CarriedTables,
  tracker: Tracker,
  container: HTMLElement,
  problems: ProblemRelay = new ProblemRelay(),
): Promise<LmsCoursePlayer> {
  const session = await tracker.connect();
  // The saved state may come from an earlier build of this course (or another course): keep
  // what still applies to this one.
  const initialState = migrateLearnerState(parseLearnerState(await tracker.restoreState()), course);
  const player = document.createElement('lms-course-player');
  // An LMS may judge this launch by its own passing score (cmi5 masteryScore): so does the player.
  player.course = session.passingScore === undefined ? course : withPassingScore(course, session.passingScore);
  player.termTables = tables;
  player.initialState = initialState;
  player.standalone = session.standalone;
  if (session.learnerLanguage) player.learnerLanguage = session.learnerLanguage;
  // In review, browse or no-credit sessions nothing reaches the tracker (no answers, no saved
  // state), so a practice retake can neither reach the LMS nor replace the saved result.
  const recording = session.mode === 'normal' && session.credit;
  if (!recording) {
    player.notRecorded = { reason: session.mode === 'normal' ? 'no-credit' : session.mode, ...(session.heldResult ? { held: session.heldResult } : {}) };
  } else {
    for (const name of LEARNER_EVENT_NAMES) {
      player.addEventListener(name, (event) => tracker.record(event.learnerEvent));
    }
    player.addEventListener('lms-state-change', (event) => void tracker.saveState(event.state));
  }
  player.addEventListener('lms-exit', (event) => void tracker.finish(event.learnerEvent));
  player.addEventListener('lms-retry-save', () => {
    problems.clear();
    // A tracker without retry (standalone) retries by saving the state again.
    void (tracker.retry ? tracker.retry() : tracker.saveState(player.learnerState));
  });
  problems.attach(player);
  container.replaceChildren(player);
  return player;
}
