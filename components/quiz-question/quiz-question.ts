import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Question } from '../../format/validated-course.ts';
import { emptyResponse } from '../../learning/answer-check.ts';
import type { QuestionResponse } from '../../learning/responses.ts';
import { LmsAnnounceEvent } from '../events/announce-event.ts';
import { LmsResponseChangeEvent } from '../events/response-change-event.ts';
import { terms } from '../i18n/terms.ts';
import { sharedStyles } from '../styles/shared.styles.ts';
import { quizQuestionStyles } from './quiz-question.styles.ts';
import { renderAnswerControls } from './render-answer-controls.ts';

/**
 * One quiz question with the native controls of its type, and its feedback once checked.
 *
 * @summary Radios, checkboxes, a text box, selects or a Move up/down list; never drag only.
 * @event lms-response-change - The learner changed the answer (`response`).
 * @event lms-announce - Where a moved ordering item landed, for the live region.
 */
@customElement('lms-quiz-question')
export class LmsQuizQuestion extends LitElement {
  static override styles = [sharedStyles, quizQuestionStyles];

  /** The question shown. */
  @property({ attribute: false }) question?: Question;
  /** The current answer; defaults to an empty one. */
  @property({ attribute: false }) response?: QuestionResponse;
  /** Option ids in the order this attempt presents them (from the attempt). */
  @property({ attribute: false }) presented?: string[];
  /** Feedback: undefined before Check, otherwise whether the answer was right. */
  @property({ attribute: false }) verdict?: boolean;
  /** Whether the course shows which options are right after Check. @default true */
  @property({ type: Boolean, attribute: 'show-correct' }) showCorrect = true;

  private get currentResponse(): QuestionResponse | undefined {
    if (!this.question) return undefined;
    return this.response ?? emptyResponse(this.question, this.presented);
  }

  /** Focuses the first control of the question. */
  override focus(): void {
    this.shadowRoot?.querySelector<HTMLElement>('input, select, button')?.focus();
  }

  private change = (response: QuestionResponse): void => {
    this.dispatchEvent(new LmsResponseChangeEvent(response));
  };

  private move = (index: number, delta: -1 | 1): void => {
    const question = this.question;
    const response = this.currentResponse;
    if (!question || question.type !== 'ordering' || response?.type !== 'ordering') return;
    const order = [...response.order];
    const target = index + delta;
    if (target < 0 || target >= order.length) return;
    [order[index], order[target]] = [order[target] as string, order[index] as string];
    this.change({ type: 'ordering', order });
    const item = question.items.find((candidate) => candidate.id === order[target]);
    this.dispatchEvent(new LmsAnnounceEvent(terms().movedTo(item?.text ?? '', target + 1, order.length)));
    // Follow the moved item; at either end its button in that direction is disabled, so use the other one.
    void this.updateComplete.then(() => {
      const atEdge = target === 0 || target === order.length - 1;
      const direction = atEdge ? (delta < 0 ? 'down' : 'up') : delta < 0 ? 'up' : 'down';
      this.shadowRoot?.querySelector<HTMLButtonElement>(`button.${direction}[data-index="${target}"]`)?.focus();
    });
  };

  private renderFeedback() {
    const question = this.question;
    if (!question || this.verdict === undefined) return nothing;
    const t = terms();
    const message = this.verdict ? question.feedback?.correct : question.feedback?.incorrect;
    return html`<div class="feedback ${this.verdict ? 'right' : 'wrong'}">
      <p class="verdict">${message ?? (this.verdict ? t.correct : t.incorrect)}</p>
      <p>${question.explanation}</p>
    </div>`;
  }

  override render() {
    const question = this.question;
    const response = this.currentResponse;
    if (!question || !response) return nothing;
    return html`${renderAnswerControls({
      question,
      response,
      presented: this.presented,
      locked: this.verdict !== undefined,
      marks: this.verdict !== undefined && this.showCorrect,
      change: this.change,
      move: this.move,
    })}
    ${this.renderFeedback()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lms-quiz-question': LmsQuizQuestion;
  }
}
