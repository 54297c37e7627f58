import type { ViewOpened } from '../../learning/learner-events.ts';
import { LearnerDomEvent } from './learner-dom-event.ts';

/** Fired when a view opens: on launch, on navigation and on the back button. */
export class LmsViewOpenEvent extends LearnerDomEvent<ViewOpened> {
  static readonly eventName = 'lms-view-open';
  constructor(detail: ViewOpened) {
    super(LmsViewOpenEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lms-view-open': LmsViewOpenEvent;
  }
}
