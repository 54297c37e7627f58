import type { QuizStarted } from '../../learning/learner-events.ts';
import { LearnerDomEvent } from './learner-dom-event.ts';

/** Fired when a quiz attempt starts, with its drawn and shuffled questions. */
export class LmsQuizStartEvent extends LearnerDomEvent<QuizStarted> {
  static readonly eventName = 'lms-quiz-start';
  constructor(detail: QuizStarted) {
    super(LmsQuizStartEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lms-quiz-start': LmsQuizStartEvent;
  }
}
