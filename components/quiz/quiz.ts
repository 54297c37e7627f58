import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Question, ValidatedCourse } from '../../format/validated-course.ts';
import { emptyResponse, isAnswered, isCorrect } from '../../learning/answer-check.ts';
import type { QuizProgress } from '../../learning/learner-state.ts';
import { attemptQuestions, canStartAttempt, nextQuestionIndex, startAttempt, type QuizAttempt } from '../../learning/quiz-attempt.ts';
import type { QuestionResponse } from '../../learning/responses.ts';
import { scoreAttempt } from '../../learning/scoring.ts';
import { LmsAnnounceEvent } from '../events/announce-event.ts';
import { LmsAnswerEvent } from '../events/answer-event.ts';
import { LmsQuizStartEvent } from '../events/quiz-start-event.ts';
import { LmsQuizSubmitEvent } from '../events/quiz-submit-event.ts';
import type { LmsResponseChangeEvent } from '../events/response-change-event.ts';
import { terms } from '../i18n/terms.ts';
import '../quiz-question/quiz-question.ts';
import '../quiz-results/quiz-results.ts';
import { sharedStyles } from '../styles/shared.styles.ts';
import { quizStyles } from './quiz.styles.ts';

/**
 * The quiz: an intro, one question per screen ("Question k of n") with Check (when feedback is
 * immediate), Next and Submit, then the results. The attempt in progress comes from the learner
 * state, so a relaunch resumes the same questions in the same order.
 *
 * @summary The quiz view.
 * @event lms-quiz-start - A new attempt was drawn.
 * @event lms-answer - A question was answered (with response, correctness and latency).
 * @event lms-quiz-submit - The attempt was submitted, with its score.
 * @event lms-announce - Feedback for the live region.
 */
@customElement('lms-quiz')
export class LmsQuiz extends LitElement {
  static override styles = [sharedStyles, quizStyles];

  /** The course: questions and quiz settings. */
  @property({ attribute: false }) course?: ValidatedCourse;
  /** Quiz progress from the learner state: attempts used, the attempt in progress, the last result. */
  @property({ attribute: false }) progress: QuizProgress = { used: 0, passed: false };
  /** The view's heading. */
  @property() heading = '';
  /** Random source for drawing and shuffling, replaceable in tests. */
  @property({ attribute: false }) random: () => number = Math.random;

  @state() private index = 0;
  @state() private drafts: Record<string, QuestionResponse> = {};
  @state() private needsAnswer = false;
  @query('h1') private headingElement?: HTMLElement;

  private attemptNumber: number | undefined;
  private shownAt = Date.now();

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const current = this.progress.current;
    if (changed.has('progress') && current?.n !== this.attemptNumber) {
      // A new or resumed attempt: continue at its first unanswered question.
      this.attemptNumber = current?.n;
      this.index = current ? nextQuestionIndex(current) : 0;
      this.drafts = {};
      this.shownAt = Date.now();
    }
  }

  /** Moves focus to the view's heading (after navigation). */
  focusHeading(): void {
    this.headingElement?.focus();
  }

  private get attemptsLeft(): number | undefined {
    const limit = this.course?.settings.quiz.attempts ?? 0;
    return limit === 0 ? undefined : Math.max(0, limit - this.progress.used);
  }

  private start(): void {
    const course = this.course;
    if (!course || !canStartAttempt(course.settings.quiz, this.progress.used)) return;
    const now = Date.now();
    const attempt = startAttempt(course.questions, course.settings.quiz, this.progress.used + 1, now, this.random);
    this.dispatchEvent(new LmsQuizStartEvent({ type: 'quiz-started', attempt, at: now }));
    void this.updateComplete.then(() => this.focusQuestionHeading());
  }

  private focusQuestionHeading(): void {
    this.shadowRoot?.querySelector<HTMLElement>('.position')?.focus();
  }

  private responseFor(attempt: QuizAttempt, question: Question): QuestionResponse {
    return this.drafts[question.id] ?? attempt.answers[question.id] ?? emptyResponse(question, attempt.options[question.id]);
  }

  private record(attempt: QuizAttempt, question: Question, response: QuestionResponse): boolean {
    const course = this.course;
    if (!course) return false;
    const correct = isCorrect(question, response, { caseSensitive: course.settings.quiz.caseSensitive });
    const now = Date.now();
    this.dispatchEvent(
      new LmsAnswerEvent({
        type: 'question-answered',
        attempt: attempt.n,
        questionId: question.id,
        questionType: question.type,
        response,
        correct,
        latencyMs: Math.max(0, now - this.shownAt),
        at: now,
      }),
    );
    return correct;
  }

  private submit(attempt: QuizAttempt, answers: Record<string, QuestionResponse>): void {
    const course = this.course;
    if (!course) return;
    const outcome = scoreAttempt(attemptQuestions(attempt, course.questions), answers, course.settings.quiz);
    this.dispatchEvent(
      new LmsQuizSubmitEvent({
        type: 'quiz-submitted',
        attempt: attempt.n,
        score: outcome.score,
        passed: outcome.passed,
        results: outcome.results,
        concepts: outcome.concepts,
        at: Date.now(),
      }),
    );
    const t = terms();
    this.dispatchEvent(new LmsAnnounceEvent(`${t.scoreLine(outcome.score)}. ${outcome.passed ? t.passedLine(course.settings.quiz.passingScore) : t.failedLine(course.settings.quiz.passingScore)}`));
    void this.updateComplete.then(() => this.headingElement?.focus());
  }

  /** The form's one submit action: Check, Next or Submit, depending on where the learner is. */
  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const course = this.course;
    const attempt = this.progress.current;
    if (!course || !attempt) return;
    const questions = attemptQuestions(attempt, course.questions);
    const question = questions[this.index];
    if (!question) {
      this.submit(attempt, attempt.answers);
      return;
    }
    const immediate = course.settings.quiz.feedback === 'immediate';
    const checked = attempt.checked.includes(question.id);
    const response = this.responseFor(attempt, question);
    const isLast = this.index === questions.length - 1;
    const answers = { ...attempt.answers };
    if (!checked) {
      if (!isAnswered(question, response)) {
        this.needsAnswer = true;
        this.dispatchEvent(new LmsAnnounceEvent(terms().answerFirst));
        return;
      }
      this.needsAnswer = false;
      const correct = this.record(attempt, question, response);
      answers[question.id] = response;
      if (immediate) {
        const t = terms();
        const message = (correct ? question.feedback?.correct : question.feedback?.incorrect) ?? (correct ? t.correct : t.incorrect);
        this.dispatchEvent(new LmsAnnounceEvent(`${message} ${question.explanation}`));
        return;
      }
    }
    if (isLast) {
      this.submit(attempt, answers);
      return;
    }
    this.index += 1;
    this.shownAt = Date.now();
    void this.updateComplete.then(() => this.focusQuestionHeading());
  }

  private handleResponse(question: Question, event: LmsResponseChangeEvent): void {
    event.stopPropagation();
    this.needsAnswer = false;
    this.drafts = { ...this.drafts, [question.id]: event.response };
  }

  private renderIntro() {
    const course = this.course;
    if (!course) return nothing;
    const t = terms();
    const count = Math.min(course.settings.quiz.draw ?? course.questions.length, course.questions.length);
    const canStart = canStartAttempt(course.settings.quiz, this.progress.used);
    return html`<div class="intro panel">
      <p>${t.quizIntro(count, course.settings.quiz.passingScore)}</p>
      <p class="muted">${t.attemptsLeft(this.attemptsLeft)}</p>
      ${canStart ? html`<button class="button" type="button" @click=${this.start}>${t.startQuiz}</button>` : html`<p>${t.noAttemptsLeft}</p>`}
    </div>`;
  }

  private renderQuestion(attempt: QuizAttempt) {
    const course = this.course;
    if (!course) return nothing;
    const t = terms();
    const questions = attemptQuestions(attempt, course.questions);
    const question = questions[this.index];
    const immediate = course.settings.quiz.feedback === 'immediate';
    if (!question) {
      return html`<form class="panel" @submit=${this.handleSubmit}>
        <p class="position" tabindex="-1">${t.questionPosition(questions.length, questions.length)}</p>
        <div class="actions"><button class="button" type="submit">${t.submit}</button></div>
      </form>`;
    }
    const checked = attempt.checked.includes(question.id);
    const showVerdict = immediate && checked;
    const verdict = showVerdict ? isCorrect(question, attempt.answers[question.id], { caseSensitive: course.settings.quiz.caseSensitive }) : undefined;
    const isLast = this.index === questions.length - 1;
    const label = !checked && immediate ? t.check : isLast ? t.submit : t.next;
    return html`<form class="panel" @submit=${this.handleSubmit} novalidate>
      <h2 class="position" tabindex="-1">${t.questionPosition(this.index + 1, questions.length)}</h2>
      <progress max=${questions.length} value=${this.index} aria-hidden="true"></progress>
      <lms-quiz-question
        .question=${question}
        .response=${this.responseFor(attempt, question)}
        .presented=${attempt.options[question.id]}
        .verdict=${verdict}
        ?show-correct=${course.settings.quiz.reviewShowsCorrect}
        @lms-response-change=${(event: LmsResponseChangeEvent) => this.handleResponse(question, event)}
      ></lms-quiz-question>
      ${this.needsAnswer ? html`<p class="hint">${t.answerFirst}</p>` : nothing}
      <div class="actions"><button class="button primary-action" type="submit">${label}</button></div>
    </form>`;
  }

  override render() {
    const t = terms();
    const current = this.progress.current;
    const last = this.progress.last;
    return html`<h1 tabindex="-1">${current || !last ? this.heading || t.quiz : t.results}</h1>
      ${current
        ? this.renderQuestion(current)
        : last
          ? html`<lms-quiz-results .course=${this.course} .attempt=${last} .attemptsLeft=${this.attemptsLeft} @lms-retake=${this.start}></lms-quiz-results>`
          : this.renderIntro()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lms-quiz': LmsQuiz;
  }
}
