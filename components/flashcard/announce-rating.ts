import type { RatedCard } from '../../learning/rate-card.ts';
import { LmsAnnounceEvent } from '../events/announce-event.ts';
import { terms } from '../i18n/terms.ts';

/** Tells the live region how a card was rated and when it comes back ("Again. Next review in 1 minute."). */
export function announceRating(from: EventTarget, rated: RatedCard): void {
  const t = terms();
  from.dispatchEvent(new LmsAnnounceEvent(t.ratedAnnouncement(t.rating[rated.review.rating], t.inDuration(rated.minutesUntilDue))));
}
