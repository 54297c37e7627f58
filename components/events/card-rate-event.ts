import type { CardRating } from '../../learning/flashcard-schedule.ts';

/** Fired by a flashcard when the learner rates it; the deck turns it into a scheduled review. */
export class LmsCardRateEvent extends Event {
  static readonly eventName = 'lms-card-rate';
  readonly cardId: string;
  readonly rating: CardRating;
  constructor(cardId: string, rating: CardRating) {
    super(LmsCardRateEvent.eventName, { bubbles: true, composed: true });
    this.cardId = cardId;
    this.rating = rating;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lms-card-rate': LmsCardRateEvent;
  }
}
