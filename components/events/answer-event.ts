import type { QuestionAnswered } from '../../learning/learner-events.ts';
import { LearnerDomEvent } from './learner-dom-event.ts';

/** Fired when the learner answers a question (Check, or Next without immediate feedback). */
export class LmsAnswerEvent extends LearnerDomEvent<QuestionAnswered> {
  static readonly eventName = 'lms-answer';
  constructor(detail: QuestionAnswered) {
    super(LmsAnswerEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lms-answer': LmsAnswerEvent;
  }
}
