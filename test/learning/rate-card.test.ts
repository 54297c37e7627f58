import { describe, expect, test } from 'vitest';
import { createCardScheduler } from '../../learning/flashcard-schedule.ts';
import { rateCard } from '../../learning/rate-card.ts';

const now = new Date('2026-03-01T10:00:00Z');
const scheduler = createCardScheduler({ desiredRetention: 0.9 });

describe('rating a card in a session', () => {
  test('under FSRS, "Again" on a new card puts it back at the end of the queue; "Easy" removes it', () => {
    const again = rateCard(['a', 'b', 'c'], { cardId: 'a', rating: 'again' }, undefined, scheduler, { scheduler: 'fsrs' }, now);
    expect(again.queue).toEqual(['b', 'c', 'a']);
    expect(again.minutesUntilDue).toBe(1);
    expect(again.review).toMatchObject({ type: 'card-reviewed', cardId: 'a', rating: 'again', at: now.getTime() });
    const easy = rateCard(['a', 'b'], { cardId: 'a', rating: 'easy' }, undefined, scheduler, { scheduler: 'fsrs' }, now);
    expect(easy.queue).toEqual(['b']);
    expect(easy.minutesUntilDue).toBe(8 * 24 * 60);
  });

  test('in a sequential session every card is asked once, whatever the rating', () => {
    const rated = rateCard(['a', 'b'], { cardId: 'a', rating: 'again' }, undefined, scheduler, { scheduler: 'sequential' }, now);
    expect(rated.queue).toEqual(['b']);
  });
});
