/** Fired by the results screen when the learner asks to take the quiz again. */
export class LmsRetakeEvent extends Event {
  static readonly eventName = 'lms-retake';
  constructor() {
    super(LmsRetakeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lms-retake': LmsRetakeEvent;
  }
}
