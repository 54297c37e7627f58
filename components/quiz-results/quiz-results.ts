import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import type { Concept, ValidatedCourse } from '../../format/validated-course.ts';
import { correctResponse } from '../../learning/answer-check.ts';
import type { SubmittedAttempt } from '../../learning/learner-state.ts';
import { attemptQuestions } from '../../learning/quiz-attempt.ts';
import { scoreAttempt, shownScore } from '../../learning/scoring.ts';
import { routeHref } from '../../format/routes.ts';
import { recordedResultLine, type NotRecorded } from '../course-player/not-recorded.ts';
import { LmsRetakeEvent } from '../events/retake-event.ts';
import { terms } from '../i18n/terms.ts';
import { sharedStyles } from '../styles/shared.styles.ts';
import { describeResponse } from './describe-response.ts';
import { quizResultsStyles } from './quiz-results.styles.ts';

/**
 * Sets a bar's width through the CSS object model: a `style` attribute would be refused by the
 * package's Content-Security-Policy (no inline styles; see build-scripts/package/content-security-policy.ts).
 */
const barWidth = (percent: number) => (element: Element | undefined) => {
  if (element instanceof HTMLElement) element.style.width = `${percent}%`;
};

/**
 * The results of a submitted attempt: score, pass or fail, a per-concept breakdown and a
 * review of every question.
 *
 * @summary Results screen with retake (within the attempts limit).
 * @event lms-retake - The learner asked to take the quiz again.
 */
@customElement('lms-quiz-results')
export class LmsQuizResults extends LitElement {
  static override styles = [sharedStyles, quizResultsStyles];

  /** The course (questions, concepts and sections give the review its texts and links). */
  @property({ attribute: false }) course?: ValidatedCourse;
  /** The submitted attempt to show. */
  @property({ attribute: false }) attempt?: SubmittedAttempt;
  /** Attempts left; undefined means unlimited, 0 hides the Retake button. */
  @property({ attribute: false }) attemptsLeft: number | undefined;
  /**
   * Set when nothing is recorded: the summary shows the LMS's result instead of this attempt's
   * verdict, and Retake becomes "Practise again".
   */
  @property({ attribute: false }) notRecorded: NotRecorded | undefined;
  /** The attempt was taken in this unrecorded session: its score is shown as practice, with no verdict. */
  @property({ type: Boolean }) practice = false;

  /** Concept id → the concept and its place in the course, built once per course for the breakdown's rows and order. */
  private concepts = new Map<string, { concept: Concept; order: number }>();

  override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('course')) return;
    const all = (this.course?.conceptGroups ?? []).flatMap((group) => group.concepts);
    this.concepts = new Map(all.map((concept, order) => [concept.id, { concept, order }]));
  }

  private conceptTerm(id: string): string {
    return this.concepts.get(id)?.concept.term ?? id;
  }

  private conceptOrder(id: string): number {
    return this.concepts.get(id)?.order ?? this.concepts.size;
  }

  /** Score, verdict and Retake; without recording, the LMS's result instead of a verdict of ours. */
  private renderSummary(attempt: SubmittedAttempt, passingScore: number, canRetake: boolean) {
    const t = terms();
    const score = shownScore(attempt.score, passingScore);
    const notRecorded = this.notRecorded;
    const retake = html`<button class="button" type="button" @click=${() => this.dispatchEvent(new LmsRetakeEvent())}>
      ${notRecorded ? t.practiseAgain : t.retake}
    </button>`;
    if (notRecorded) {
      return html`<div class="panel summary ${notRecorded.held?.passed ? 'passed' : 'failed'}">
        ${this.practice ? html`<p class="score">${t.practiceScoreLine(score)}</p>` : nothing}
        <p class="verdict">${recordedResultLine(notRecorded.held, passingScore)}</p>
        <div class="actions">${retake}</div>
      </div>`;
    }
    return html`<div class="panel summary ${attempt.passed ? 'passed' : 'failed'}">
      <p class="score">${t.scoreLine(score)}</p>
      <p class="verdict">${attempt.passed ? t.passedLine(passingScore) : t.failedLine(passingScore)}</p>
      <p class="muted">${t.attemptsLeft(this.attemptsLeft)}</p>
      <div class="actions">${canRetake ? retake : html`<p>${t.noAttemptsLeft}</p>`}</div>
    </div>`;
  }

  override render() {
    const course = this.course;
    const attempt = this.attempt;
    if (!course || !attempt) return nothing;
    const t = terms();
    const quiz = course.settings.quiz;
    const questions = attemptQuestions(attempt, course.questions);
    const outcome = scoreAttempt(questions, attempt.answers, quiz);
    const canRetake = this.attemptsLeft === undefined || this.attemptsLeft > 0;
    const showReview = quiz.feedback !== 'none';
    const concepts = [...outcome.concepts].sort((a, b) => this.conceptOrder(a.conceptId) - this.conceptOrder(b.conceptId));
    return html`
      ${this.renderSummary(attempt, quiz.passingScore, canRetake)}

      ${concepts.length
        ? html`<h2>${t.conceptBreakdown}</h2>
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">${t.concept}</th>
                    <th scope="col" class="num">${t.questionsColumn}</th>
                    <th scope="col" class="num">${t.scoreColumn}</th>
                  </tr>
                </thead>
                <tbody>
                  ${concepts.map(
                    (concept) => html`<tr>
                      <th scope="row">
                        <a href=${routeHref('concepts', concept.conceptId)}>${this.conceptTerm(concept.conceptId)}</a>
                        <span class="bar" aria-hidden="true"><span ${ref(barWidth(concept.score))}></span></span>
                      </th>
                      <td class="num">${concept.questionIds.length}</td>
                      <td class="num">${t.percent(shownScore(concept.score, quiz.passingScore))}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
        : nothing}
      ${showReview
        ? html`<h2>${t.review}</h2>
            <ol class="review">
              ${questions.map((question, index) => {
                const result = outcome.results[index];
                const given = describeResponse(question, attempt.answers[question.id], t);
                const right = describeResponse(question, correctResponse(question), t);
                const list = (lines: string[]) =>
                  lines.length === 0 ? t.notAnswered : lines.length === 1 ? lines[0] : html`<ul>${lines.map((line) => html`<li>${line}</li>`)}</ul>`;
                return html`<li class=${result?.correct ? 'right' : 'wrong'}>
                  <h3>${t.questionPosition(index + 1, questions.length)}: ${question.prompt}</h3>
                  <p class="outcome">${result?.correct ? t.correct : t.incorrect}</p>
                  <dl>
                    <dt>${t.yourAnswer}</dt>
                    <dd>${list(given)}</dd>
                    ${quiz.reviewShowsCorrect && !result?.correct
                      ? html`<dt>${t.correctAnswer}</dt>
                          <dd>${list(right)}</dd>`
                      : nothing}
                  </dl>
                  <p class="explanation">${question.explanation}</p>
                  ${question.section ? html`<a href=${routeHref('lesson', question.section)}>${t.reviewInLesson}</a>` : nothing}
                </li>`;
              })}
            </ol>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lms-quiz-results': LmsQuizResults;
  }
}
