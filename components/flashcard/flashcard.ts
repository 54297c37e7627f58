import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Flashcard } from '../../format/validated-course.ts';
import { CARD_RATINGS, type CardRating } from '../../learning/flashcard-schedule.ts';
import { KeyShortcutController, isActivatable, isTypingTarget } from '../controllers/key-shortcut-controller.ts';
import { LmsAnnounceEvent } from '../events/announce-event.ts';
import { LmsCardRateEvent } from '../events/card-rate-event.ts';
import { terms } from '../i18n/terms.ts';
import { sharedStyles } from '../styles/shared.styles.ts';
import { flashcardStyles } from './flashcard.styles.ts';

const RATING_KEYS: Record<string, CardRating> = { '1': 'again', '2': 'hard', '3': 'good', '4': 'easy' };

/**
 * One flashcard that flips to show its answer, then asks for a rating.
 *
 * @summary Flip by click, Space or Enter; rate Again/Hard/Good/Easy by buttons or keys 1–4.
 * @event lms-card-rate - The learner rated the card (`cardId`, `rating`).
 * @event lms-announce - The answer side, for the live region, when the card flips.
 * @csspart card - The flipping card.
 * @cssproperty --lms-accent - Colour of the buttons and the answer side's top edge.
 */
@customElement('lms-flashcard')
export class LmsFlashcard extends LitElement {
  static override styles = [sharedStyles, flashcardStyles];

  /** The card shown. Changing it shows the new card's question side. */
  @property({ attribute: false }) card?: Flashcard;
  /** 1-based position in the session, for "Card n of N". */
  @property({ type: Number }) position = 1;
  /** Number of cards in the session. */
  @property({ type: Number }) total = 1;
  /** When each rating would bring the card back ("in 10 minutes"), shown under the buttons. */
  @property({ attribute: false }) intervals?: Partial<Record<CardRating, string>>;
  /** Listen for Space/Enter/1–4 on the whole window (the deck) rather than only inside the card (quick practice). */
  @property({ type: Boolean, attribute: 'global-keys' }) globalKeys = false;

  @state() private flipped = false;
  @query('.flip') private flipButton?: HTMLButtonElement;

  constructor() {
    super();
    new KeyShortcutController(this, { target: () => (this.globalKeys ? window : this), onKey: (event, origin) => this.handleKey(event, origin) });
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('card') && changed.get('card') !== undefined) this.flipped = false;
  }

  /** Moves focus to the flip button, the card's first control. */
  override focus(): void {
    this.flipButton?.focus();
  }

  private handleKey(event: KeyboardEvent, origin: Element | undefined): boolean {
    if (!this.card || isTypingTarget(origin)) return false;
    // Only the card's own view should react to global keys; the deck is connected only while shown.
    if ((event.key === ' ' || event.key === 'Enter') && !isActivatable(origin)) {
      this.flip();
      return true;
    }
    const rating = RATING_KEYS[event.key];
    if (rating && this.flipped) {
      this.rate(rating);
      return true;
    }
    return false;
  }

  private flip(): void {
    this.flipped = !this.flipped;
    if (this.flipped && this.card) this.dispatchEvent(new LmsAnnounceEvent(`${terms().answer}: ${this.card.back}`));
  }

  private rate(rating: CardRating): void {
    if (!this.card) return;
    const cardId = this.card.id;
    // Focus goes back to the flip button: the rating buttons disappear with the next card.
    this.flipped = false;
    this.dispatchEvent(new LmsCardRateEvent(cardId, rating));
    void this.updateComplete.then(() => this.flipButton?.focus());
  }

  override render() {
    const t = terms();
    const card = this.card;
    if (!card) return nothing;
    return html`
      <p class="position" id="position">${t.cardPosition(this.position, this.total)}</p>
      <div class="stage">
        <div part="card" class="card ${this.flipped ? 'flipped' : ''}" @click=${this.flip}>
          <div class="face front" ?inert=${this.flipped} aria-hidden=${this.flipped ? 'true' : 'false'}>
            <p class="label">${t.question}</p>
            <p class="text" id="front">${card.front}</p>
          </div>
          <div class="face back" ?inert=${!this.flipped} aria-hidden=${this.flipped ? 'false' : 'true'}>
            <p class="label">${t.answer}</p>
            <p class="text">${card.back}</p>
            <p class="prompt-again">${card.front}</p>
          </div>
        </div>
      </div>
      <div class="actions">
        <button class="button secondary flip" type="button" aria-describedby="position front" aria-expanded=${this.flipped ? 'true' : 'false'} @click=${this.flip}>
          ${this.flipped ? t.showQuestion : t.showAnswer}
        </button>
      </div>
      ${this.flipped
        ? html`<fieldset class="ratings">
            <legend>${t.ratePrompt}</legend>
            <div class="rating-buttons">
              ${CARD_RATINGS.map(
                (rating, index) => html`<button
                  class="button ${rating === 'good' ? '' : 'secondary'}"
                  type="button"
                  aria-keyshortcuts=${String(index + 1)}
                  @click=${() => this.rate(rating)}
                >
                  <span>${t.rating[rating]}<kbd aria-hidden="true">${index + 1}</kbd></span>
                  ${this.intervals?.[rating] ? html`<span class="hint">${this.intervals[rating]}</span>` : nothing}
                </button>`,
              )}
            </div>
          </fieldset>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lms-flashcard': LmsFlashcard;
  }
}
