import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Question, ValidatedCourse } from '../../format/validated-course.ts';
import { emptyResponse, isAnswered, isCorrect } from '../../learning/answer-check.ts';
import type { QuizProgress } from '../../learning/learner-state.ts';
import { attemptQuestions, canStartAttempt, nextQuestionIndex, startAttempt, type QuizAttempt } from '../../learning/quiz-attempt.ts';
import type { QuestionResponse } from '../../learning/responses.ts';
import { scoreAttempt, shownScore } from '../../learning/scoring.ts';
import type { NotRecorded } from '../course-player/not-recorded.ts';
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

/** What the form's one button does for the question on screen. */
type FormAction = 'check' | 'next' | 'submit';

/** The attempt on screen: its questions in the order asked and the one shown (none once past the last). */
interface QuizScreen {
  course: ValidatedCourse;
  attempt: QuizAttempt;
  questions: Question[];
  question: Question | undefined;
  action: FormAction;
}

/**
 * Check while an answer awaits immediate feedback; otherwise Next, or Submit on the last question
 * and when no question is left to show (every question of a resumed attempt already answered).
 */
function formAction(attempt: QuizAttempt, question: Question | undefined, isLast: boolean, immediate: boolean): FormAction {
  if (!question) return 'submit';
  if (immediate && !attempt.checked.includes(question.id)) return 'check';
  return isLast ? 'submit' : 'next';
}

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
  /** Set when nothing is recorded (review, browse, no credit): attempts are practice. */
  @property({ attribute: false }) notRecorded: NotRecorded | undefined;
  /** Attempts submitted before this session; in an unrecorded session, later ones are practice. */
  @property({ attribute: false }) recordedAttempts = 0;
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
      this.index = current && this.course ? nextQuestionIndex(attemptQuestions(current, this.course.questions), current) : 0;
      this.drafts = {};
      this.shownAt = Date.now();
    }
  }

  /** Moves focus to the view's heading (after navigation). */
  focusHeading(): void {
    this.headingElement?.focus();
  }

  /** Attempts left; practice (nothing recorded) is not limited. */
  private get attemptsLeft(): number | undefined {
    if (this.notRecorded) return undefined;
    const limit = this.course?.settings.quiz.attempts ?? 0;
    return limit === 0 ? undefined : Math.max(0, limit - this.progress.used);
  }

  private start(): void {
    const course = this.course;
    if (!course || (!this.notRecorded && !canStartAttempt(course.settings.quiz, this.progress.used))) return;
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
    this.dispatchEvent(new LmsAnnounceEvent(this.outcomeAnnouncement(outcome.score, outcome.passed, course.settings.quiz.passingScore)));
    void this.updateComplete.then(() => this.headingElement?.focus());
  }

  /** What the live region says after a submit; practice gets a score with no verdict. */
  private outcomeAnnouncement(score: number, passed: boolean, passingScore: number): string {
    const t = terms();
    const shown = shownScore(score, passingScore);
    if (this.notRecorded) return t.practiceScoreLine(shown);
    return `${t.scoreLine(shown)}. ${passed ? t.passedLine(passingScore) : t.failedLine(passingScore)}`;
  }

  /** The questions of the attempt on screen and where the learner is in them. */
  private screen(): QuizScreen | undefined {
    const course = this.course;
    const attempt = this.progress.current;
    if (!course || !attempt) return undefined;
    const questions = attemptQuestions(attempt, course.questions);
    const question = questions[this.index];
    const immediate = course.settings.quiz.feedback === 'immediate';
    return { course, attempt, questions, question, action: formAction(attempt, question, this.index === questions.length - 1, immediate) };
  }

  /** The form's one submit button: Check, Next or Submit, depending on where the learner is. */
  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const screen = this.screen();
    if (!screen) return;
    const answers = this.takeAnswer(screen);
    if (!answers) return;
    if (screen.action === 'check') return;
    if (screen.action === 'submit') this.submit(screen.attempt, answers);
    else this.advance();
  }

  /**
   * Records the answer on screen unless it is already recorded, and returns the attempt's
   * answers with it; `undefined` (with a hint) when the question has not been answered yet.
   * With immediate feedback, recording it also announces the verdict.
   */
  private takeAnswer({ course, attempt, question }: QuizScreen): Record<string, QuestionResponse> | undefined {
    if (!question || attempt.checked.includes(question.id)) return attempt.answers;
    const response = this.responseFor(attempt, question);
    if (!isAnswered(question, response)) {
      this.needsAnswer = true;
      this.dispatchEvent(new LmsAnnounceEvent(terms().answerFirst));
      return undefined;
    }
    this.needsAnswer = false;
    const correct = this.record(attempt, question, response);
    if (course.settings.quiz.feedback === 'immediate') this.announceVerdict(question, correct);
    return { ...attempt.answers, [question.id]: response };
  }

  private announceVerdict(question: Question, correct: boolean): void {
    const t = terms();
    const message = (correct ? question.feedback?.correct : question.feedback?.incorrect) ?? (correct ? t.correct : t.incorrect);
    this.dispatchEvent(new LmsAnnounceEvent(`${message} ${question.explanation}`));
  }

  private advance(): void {
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
    const canStart = this.notRecorded !== undefined || canStartAttempt(course.settings.quiz, this.progress.used);
    const label = this.notRecorded ? t.practiseQuiz : t.startQuiz;
    return html`<div class="intro panel">
      <p>${t.quizIntro(count, course.settings.quiz.passingScore)}</p>
      <p class="muted">${t.attemptsLeft(this.attemptsLeft)}</p>
      ${canStart ? html`<button class="button" type="button" @click=${this.start}>${label}</button>` : html`<p>${t.noAttemptsLeft}</p>`}
    </div>`;
  }

  private renderQuestion() {
    const screen = this.screen();
    if (!screen) return nothing;
    const { course, attempt, questions, question, action } = screen;
    const t = terms();
    const position = Math.min(this.index + 1, questions.length);
    const label = { check: t.check, next: t.next, submit: t.submit }[action];
    return html`<form class="panel" @submit=${this.handleSubmit} novalidate>
      <h2 class="position" tabindex="-1">${t.questionPosition(position, questions.length)}</h2>
      ${question ? this.renderQuestionBody(course, attempt, question, questions.length) : nothing}
      <div class="actions"><button class="button primary-action" type="submit">${label}</button></div>
    </form>`;
  }

  private renderQuestionBody(course: ValidatedCourse, attempt: QuizAttempt, question: Question, total: number) {
    const t = terms();
    const showVerdict = course.settings.quiz.feedback === 'immediate' && attempt.checked.includes(question.id);
    const verdict = showVerdict ? isCorrect(question, attempt.answers[question.id], { caseSensitive: course.settings.quiz.caseSensitive }) : undefined;
    return html`<progress max=${total} value=${this.index} aria-hidden="true"></progress>
      <lms-quiz-question
        .question=${question}
        .response=${this.responseFor(attempt, question)}
        .presented=${attempt.options[question.id]}
        .verdict=${verdict}
        ?show-correct=${course.settings.quiz.reviewShowsCorrect}
        @lms-response-change=${(event: LmsResponseChangeEvent) => this.handleResponse(question, event)}
      ></lms-quiz-question>
      ${this.needsAnswer ? html`<p class="hint">${t.answerFirst}</p>` : nothing}`;
  }

  override render() {
    const t = terms();
    const current = this.progress.current;
    const last = this.progress.last;
    return html`<h1 tabindex="-1">${current || !last ? this.heading || t.quiz : t.results}</h1>
      ${current
        ? this.renderQuestion()
        : last
          ? html`<lms-quiz-results
              .course=${this.course}
              .attempt=${last}
              .attemptsLeft=${this.attemptsLeft}
              .notRecorded=${this.notRecorded}
              ?practice=${this.notRecorded !== undefined && last.n > this.recordedAttempts}
              @lms-retake=${this.start}
            ></lms-quiz-results>`
          : this.renderIntro()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lms-quiz': LmsQuiz;
  }
}
