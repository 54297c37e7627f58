import type { QuestionResponse } from '../../learning/responses.ts';

/** Fired by a quiz question when the learner changes the answer (not yet checked or recorded). */
export class LmsResponseChangeEvent extends Event {
  static readonly eventName = 'lms-response-change';
  readonly response: QuestionResponse;
  constructor(response: QuestionResponse) {
    super(LmsResponseChangeEvent.eventName, { bubbles: true, composed: true });
    this.response = response;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lms-response-change': LmsResponseChangeEvent;
  }
}
