import type { CardReviewed } from '../../learning/learner-events.ts';
import { LearnerDomEvent } from './learner-dom-event.ts';

/** Fired when the learner rates a flashcard; carries its new FSRS schedule. */
export class LmsCardReviewEvent extends LearnerDomEvent<CardReviewed> {
  static readonly eventName = 'lms-card-review';
  constructor(detail: CardReviewed) {
    super(LmsCardReviewEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lms-card-review': LmsCardReviewEvent;
  }
}
