import type { QuizSubmitted } from '../../learning/learner-events.ts';
import { LearnerDomEvent } from './learner-dom-event.ts';

/** Fired when the learner submits a quiz attempt, with its score. */
export class LmsQuizSubmitEvent extends LearnerDomEvent<QuizSubmitted> {
  static readonly eventName = 'lms-quiz-submit';
  constructor(detail: QuizSubmitted) {
    super(LmsQuizSubmitEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lms-quiz-submit': LmsQuizSubmitEvent;
  }
}
