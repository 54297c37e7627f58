/** Fired by the player's "not saved yet" banner when the learner asks to try saving again. */
export class LmsRetrySaveEvent extends Event {
  static readonly eventName = 'lms-retry-save';
  constructor() {
    super(LmsRetrySaveEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lms-retry-save': LmsRetrySaveEvent;
  }
}
