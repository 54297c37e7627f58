/**
 * Rating a flashcard in a practice session: the one rule the flashcard deck and the overview's
 * quick practice share, so the two never drift apart.
 * @packageDocumentation
 */
import type { FlashcardSettings } from '../format/course-schema.ts';
import { LEARN_AHEAD_MINUTES, isDueSoon, toMinutes, type CardRating, type CardSchedule, type CardScheduler } from './flashcard-schedule.ts';
import type { CardReviewed } from './learner-events.ts';

/** A session after one rating. */
export interface RatedCard {
  /** The session's queue without the rated card, or with it at the end when it comes back. */
  queue: string[];
  /** The learner event that records the review. */
  review: CardReviewed;
  /** Minutes from `now` until the card is due again (for the announcement). */
  minutesUntilDue: number;
}

/**
 * Rates the card at the head of `queue`. Under FSRS a card whose next step is short (Again,
 * often Hard) comes back at the end of this session, as Anki's learn-ahead limit does.
 */
export function rateCard(
  queue: readonly string[],
  rating: { cardId: string; rating: CardRating },
  previous: CardSchedule | undefined,
  scheduler: CardScheduler,
  settings: Pick<FlashcardSettings, 'scheduler'>,
  now: Date,
): RatedCard {
  const schedule = scheduler(previous, rating.rating, now);
  const rest = queue.filter((id, index) => index > 0 || id !== rating.cardId);
  const comesBack = settings.scheduler === 'fsrs' && isDueSoon(schedule, now, LEARN_AHEAD_MINUTES);
  return {
    queue: comesBack ? [...rest, rating.cardId] : rest,
    review: { type: 'card-reviewed', cardId: rating.cardId, rating: rating.rating, schedule, at: now.getTime() },
    minutesUntilDue: schedule[0] - toMinutes(now),
  };
}
