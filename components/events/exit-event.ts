import type { CourseExited } from '../../learning/learner-events.ts';
import { LearnerDomEvent } from './learner-dom-event.ts';

/** Fired when the learner leaves the course (the page is being unloaded). */
export class LmsExitEvent extends LearnerDomEvent<CourseExited> {
  static readonly eventName = 'lms-exit';
  constructor(detail: CourseExited) {
    super(LmsExitEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lms-exit': LmsExitEvent;
  }
}
