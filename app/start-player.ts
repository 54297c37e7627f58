/**
 * Wires a player to a tracker: restored state goes down as a property, learner events and
 * state changes go up to the tracker. Separate from main.ts so tests can start a player with
 * any tracker.
 * @packageDocumentation
 */
import type { LmsCoursePlayer } from '../components/course-player/course-player.ts';
import '../components/course-player/course-player.ts';
import { LEARNER_EVENT_NAMES } from '../components/events/learner-event-names.ts';
import type { ValidatedCourse } from '../format/validated-course.ts';
import { parseLearnerState } from '../learning/learner-state.ts';
import type { Tracker } from '../tracking/tracker.ts';

/** Connects the tracker, restores state and mounts a player into `container`. */
export async function startPlayer(course: ValidatedCourse, tracker: Tracker, container: HTMLElement): Promise<LmsCoursePlayer> {
  const session = await tracker.connect();
  const initialState = parseLearnerState(await tracker.restoreState());
  const player = document.createElement('lms-course-player');
  player.course = course;
  player.initialState = initialState;
  player.standalone = session.standalone;
  for (const name of LEARNER_EVENT_NAMES) {
    player.addEventListener(name, (event) => tracker.record(event.learnerEvent));
  }
  player.addEventListener('lms-state-change', (event) => void tracker.saveState(event.state));
  player.addEventListener('lms-exit', () => void tracker.finish());
  container.replaceChildren(player);
  return player;
}
