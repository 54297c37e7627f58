import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { FlashcardSettings } from '../../format/course-schema.ts';
import type { Flashcard } from '../../format/validated-course.ts';
import { createCardScheduler, nextDue, sessionQueue, type CardSchedule } from '../../learning/flashcard-schedule.ts';
import { rateCard } from '../../learning/rate-card.ts';
import type { LmsCardRateEvent } from '../events/card-rate-event.ts';
import { LmsCardReviewEvent } from '../events/card-review-event.ts';
import { announceRating } from '../flashcard/announce-rating.ts';
import '../flashcard/flashcard.ts';
import { terms } from '../i18n/terms.ts';
import { sharedStyles } from '../styles/shared.styles.ts';

/**
 * The overview's inline practice: the next due flashcard, flipped and rated in place.
 *
 * @summary One due card at a time with "n of N"; ratings are real FSRS reviews.
 * @event lms-card-review - A card was rated; carries its new schedule.
 */
@customElement('lms-quick-practice')
export class LmsQuickPractice extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .empty {
        margin: 0;
      }
    `,
  ];

  /** The course's cards. */
  @property({ attribute: false }) cards: Flashcard[] = [];
  /** Saved schedules (card id → schedule). */
  @property({ attribute: false }) schedules: Record<string, CardSchedule> = {};
  /** The course's flashcard settings. */
  @property({ attribute: false }) settings: FlashcardSettings = { scheduler: 'fsrs', desiredRetention: 0.9 };
  /** Clock, replaceable in tests. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  @state() private queue: string[] | undefined;
  @state() private done = 0;

  override willUpdate(): void {
    // Computed once per visit to the overview, so a card rated here does not reshuffle the rest.
    if (this.queue === undefined && this.cards.length > 0) {
      this.queue = sessionQueue(
        this.cards.map((card) => card.id),
        this.schedules,
        this.now(),
        { scheduler: this.settings.scheduler },
      );
    }
  }

  private handleRate(event: LmsCardRateEvent): void {
    event.stopPropagation();
    const rated = rateCard(this.queue ?? [], event, this.schedules[event.cardId], createCardScheduler(this.settings), this.settings, this.now());
    this.queue = rated.queue;
    this.done += 1;
    announceRating(this, rated);
    this.dispatchEvent(new LmsCardReviewEvent(rated.review));
  }

  override render() {
    const t = terms();
    const queue = this.queue ?? [];
    const card = this.cards.find((candidate) => candidate.id === queue[0]);
    if (!card) {
      const due = nextDue(
        this.cards.map((item) => item.id),
        this.schedules,
      );
      const minutes = due ? Math.max(0, Math.round((due.getTime() - this.now().getTime()) / 60_000)) : undefined;
      return html`<p class="empty">${t.nothingDue} ${minutes !== undefined ? t.nextDue(t.inDuration(minutes)) : nothing}</p>`;
    }
    return html`<lms-flashcard .card=${card} .position=${this.done + 1} .total=${this.done + queue.length} @lms-card-rate=${this.handleRate}></lms-flashcard>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lms-quick-practice': LmsQuickPractice;
  }
}
