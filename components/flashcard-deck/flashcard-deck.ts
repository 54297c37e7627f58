import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { FlashcardSettings } from '../../format/course-schema.ts';
import type { Flashcard } from '../../format/validated-course.ts';
import {
  createCardScheduler,
  nextDue,
  previewIntervals,
  sessionQueue,
  type CardRating,
  type CardSchedule,
  type CardScheduler,
} from '../../learning/flashcard-schedule.ts';
import { rateCard } from '../../learning/rate-card.ts';
import { shuffled } from '../../learning/shuffle.ts';
import { LmsAnnounceEvent } from '../events/announce-event.ts';
import type { LmsCardRateEvent } from '../events/card-rate-event.ts';
import { LmsCardReviewEvent } from '../events/card-review-event.ts';
import { announceRating } from '../flashcard/announce-rating.ts';
import '../flashcard/flashcard.ts';
import type { LmsFlashcard } from '../flashcard/flashcard.ts';
import { terms } from '../i18n/terms.ts';
import { sharedStyles } from '../styles/shared.styles.ts';
import { downloadFlashcards } from './download-flashcards.ts';
import { flashcardDeckStyles } from './flashcard-deck.styles.ts';

/**
 * A practice session over the course's flashcards, scheduled with FSRS: due cards first, then
 * new ones; a card rated Again or Hard comes back in the same session while its step is short.
 *
 * @summary The flashcards view: session progress, shuffle, save as Anki TSV.
 * @event lms-card-review - A card was rated; carries its new schedule.
 * @event lms-announce - Shuffle and rating confirmations for the live region.
 */
@customElement('lms-flashcard-deck')
export class LmsFlashcardDeck extends LitElement {
  static override styles = [sharedStyles, flashcardDeckStyles];

  /** The course's cards, in course order. */
  @property({ attribute: false }) cards: Flashcard[] = [];
  /** Saved schedules (card id → schedule), from the learner state. */
  @property({ attribute: false }) schedules: Record<string, CardSchedule> = {};
  /** The course's flashcard settings. */
  @property({ attribute: false }) settings: FlashcardSettings = { scheduler: 'fsrs', desiredRetention: 0.9 };
  /** Course id, for the name of the saved file and the tags. */
  @property({ attribute: false }) courseId = 'course';
  /** The view's heading. */
  @property() heading = '';
  /** Clock, replaceable in tests. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  @state() private queue: string[] = [];
  @state() private reviewed = 0;
  @state() private started = false;
  @query('h1') private headingElement?: HTMLElement;
  @query('lms-flashcard') private cardElement?: LmsFlashcard;

  private scheduler: CardScheduler = createCardScheduler(this.settings);
  /** Card id → card: each rating renders the next card, and a deck may hold thousands. */
  private cardsById = new Map<string, Flashcard>();

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('settings')) this.scheduler = createCardScheduler(this.settings);
    if (changed.has('cards')) this.cardsById = new Map(this.cards.map((card) => [card.id, card]));
    // The session is built once, from the schedules as they were when the view opened.
    if (!this.started && this.cards.length > 0) this.startSession(false);
  }

  /** Moves focus to the view's heading (after navigation). */
  focusHeading(): void {
    this.headingElement?.focus();
  }

  private startSession(all: boolean): void {
    const ids = this.cards.map((card) => card.id);
    this.queue = all ? ids : sessionQueue(ids, this.schedules, this.now(), { scheduler: this.settings.scheduler });
    this.reviewed = 0;
    this.started = true;
  }

  private practiseAll(): void {
    this.startSession(true);
    void this.updateComplete.then(() => this.cardElement?.focus());
  }

  private shuffle(): void {
    this.queue = shuffled(this.queue);
    this.dispatchEvent(new LmsAnnounceEvent(terms().shuffled));
  }

  private handleRate(event: LmsCardRateEvent): void {
    event.stopPropagation();
    const rated = rateCard(this.queue, event, this.schedules[event.cardId], this.scheduler, this.settings, this.now());
    this.queue = rated.queue;
    this.reviewed += 1;
    announceRating(this, rated);
    this.dispatchEvent(new LmsCardReviewEvent(rated.review));
    if (this.queue.length === 0) void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('.done h2')?.focus());
  }

  private intervals(cardId: string): Record<CardRating, string> {
    const minutes = previewIntervals(this.scheduler, this.schedules[cardId], this.now());
    const t = terms();
    return { again: t.inDuration(minutes.again), hard: t.inDuration(minutes.hard), good: t.inDuration(minutes.good), easy: t.inDuration(minutes.easy) };
  }

  private renderDone() {
    const t = terms();
    const due = nextDue(
      this.cards.map((card) => card.id),
      this.schedules,
    );
    const minutes = due ? Math.max(0, Math.round((due.getTime() - this.now().getTime()) / 60_000)) : undefined;
    return html`<section class="done panel" aria-labelledby="done-heading">
      <h2 id="done-heading" tabindex="-1">${this.reviewed > 0 ? t.sessionDone : t.nothingDue}</h2>
      ${minutes !== undefined ? html`<p>${t.nextDue(t.inDuration(minutes))}</p>` : nothing}
      <button class="button secondary" type="button" @click=${this.practiseAll}>${t.practiseAll}</button>
    </section>`;
  }

  override render() {
    const t = terms();
    const currentId = this.queue[0];
    const card = currentId === undefined ? undefined : this.cardsById.get(currentId);
    const total = this.reviewed + this.queue.length;
    return html`
      <h1 tabindex="-1">${this.heading || t.flashcards}</h1>
      <div class="toolbar">
        <button class="button secondary" type="button" @click=${this.shuffle} ?disabled=${this.queue.length < 2}>${t.shuffle}</button>
        <button class="button secondary" type="button" @click=${() => downloadFlashcards(this.cards, this.courseId)}>${t.saveFlashcards}</button>
      </div>
      ${card
        ? html`<progress max=${total} value=${this.reviewed} aria-label=${t.cardPosition(this.reviewed + 1, total)}></progress>
            <lms-flashcard
              global-keys
              .card=${card}
              .position=${this.reviewed + 1}
              .total=${total}
              .intervals=${this.intervals(card.id)}
              @lms-card-rate=${this.handleRate}
            ></lms-flashcard>`
        : this.renderDone()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lms-flashcard-deck': LmsFlashcardDeck;
  }
}
