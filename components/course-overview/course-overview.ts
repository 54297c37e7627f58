import { LitElement, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { lessonIdFromFile, routeHref } from '../../format/routes.ts';
import type { ValidatedCourse } from '../../format/validated-course.ts';
import { courseProgress, firstUnreadSection, lessonProgress } from '../../learning/course-progress.ts';
import type { LearnerState } from '../../learning/learner-state.ts';
import { shownScore } from '../../learning/scoring.ts';
import { recordedResultLine, type NotRecorded } from '../course-player/not-recorded.ts';
import { downloadFlashcards } from '../flashcard-deck/download-flashcards.ts';
import { terms } from '../i18n/terms.ts';
import '../quick-practice/quick-practice.ts';
import { sharedStyles } from '../styles/shared.styles.ts';
import { courseOverviewStyles } from './course-overview.styles.ts';

/**
 * The course's front page: title and description, the three parts (the lessons, flashcards,
 * quiz) with their progress, a quick-practice card and the key concepts. A course of several
 * lessons lists them, each with its own progress.
 *
 * @summary The overview view.
 * @event lms-card-review - From the quick-practice card.
 */
@customElement('lms-course-overview')
export class LmsCourseOverview extends LitElement {
  static override styles = [sharedStyles, courseOverviewStyles];

  /** The course. */
  @property({ attribute: false }) course?: ValidatedCourse;
  /** The learner state, for progress and the quick-practice queue. */
  @property({ attribute: false }) learnerState?: LearnerState;
  /** Set when nothing is recorded: the quiz line shows the LMS's result, and the quiz is practice. */
  @property({ attribute: false }) notRecorded: NotRecorded | undefined;

  @query('h1') private headingElement?: HTMLElement;

  /** Moves focus to the view's heading. */
  focusHeading(): void {
    this.headingElement?.focus();
  }

  /** A part's bar and line; `valueText` is what a screen reader says for the bar's value instead of the percent it would work out. */
  private progressBar(id: string, value: number, max: number, label: string, valueText?: string) {
    return html`<progress id=${id} max=${Math.max(1, max)} value=${value} aria-label=${label} aria-valuetext=${valueText ?? nothing}></progress>
      <p class="muted">${label}</p>`;
  }

  /**
   * The quiz part's bar, line and link. When nothing is recorded they show the LMS's result,
   * not this browser's: a practice attempt must never look like the course result.
   */
  private quizPart(best: number | undefined, passed: boolean, attempts: number, inProgress: boolean, passingScore: number): { score: number; line: string; action: string } {
    const t = terms();
    if (this.notRecorded) {
      const held = this.notRecorded.held;
      return { score: held?.score === undefined ? 0 : shownScore(held.score, passingScore), line: recordedResultLine(held, passingScore), action: t.practiseQuiz };
    }
    const shown = best === undefined ? undefined : shownScore(best, passingScore);
    const line = inProgress && best === undefined ? t.quizInProgress : t.quizProgress(shown, passed, attempts);
    return { score: shown ?? 0, line, action: inProgress ? t.resumeQuiz : t.takeQuiz };
  }

  private renderLessonList(course: ValidatedCourse, state: LearnerState) {
    const t = terms();
    return html`<ol class="lessons">
      ${course.lessons.map((lesson) => {
        const { read, required } = lessonProgress(lesson, state.sections);
        return html`<li>
          <a href=${routeHref('lesson', lessonIdFromFile(lesson.file))}>${lesson.title}</a>
          <span class="muted">${read === required ? html`<span aria-hidden="true">✓ </span>` : nothing}${t.sectionsRead(read, required)}</span>
        </li>`;
      })}
    </ol>`;
  }

  override render() {
    const course = this.course;
    const state = this.learnerState;
    if (!course || !state) return nothing;
    const t = terms();
    const progress = courseProgress(course, state);
    const unread = firstUnreadSection(course.lessons, state.sections);
    const started = state.sections.length > 0;
    const inProgress = state.quiz.current !== undefined;
    const quiz = this.quizPart(progress.quizBest, progress.quizPassed, progress.quizAttempts, inProgress, course.settings.quiz.passingScore);
    const continueHref = started && unread ? routeHref('lesson', lessonIdFromFile(course.lessons[unread.lesson]?.file ?? ''), unread.section) : routeHref('lesson');
    return html`
      <div class="intro">
        <h1 tabindex="-1">${course.settings.title}</h1>
        <p class="description">${course.settings.description}</p>
        ${progress.complete && !this.notRecorded ? html`<p class="complete">✓ ${t.courseComplete}</p>` : nothing}
      </div>
      <ul class="parts">
        <li class="panel part">
          <h2>${t.readingPart}</h2>
          ${this.progressBar('lesson-progress', progress.sectionsViewed, progress.sectionsRequired, t.sectionsRead(progress.sectionsViewed, progress.sectionsRequired))}
          ${course.lessons.length > 1 ? this.renderLessonList(course, state) : nothing}
          <div class="actions">
            <a class="button" href=${continueHref}>${started && unread ? t.continueReading : t.startReading}</a>
          </div>
        </li>
        <li class="panel part">
          <h2>${t.flashcards}</h2>
          ${this.progressBar('card-progress', progress.cardsStudied, progress.cardsTotal, t.cardsStudied(progress.cardsStudied, progress.cardsTotal))}
          <div class="actions">
            <a class="button" href=${routeHref('flashcards')}>${t.practiseFlashcards}</a>
            <button class="button secondary" type="button" @click=${() => downloadFlashcards(course.flashcards, course.settings.id)}>${t.saveFlashcards}</button>
          </div>
        </li>
        <li class="panel part">
          <h2>${t.quiz}</h2>
          ${this.progressBar('quiz-progress', quiz.score, 100, quiz.line, t.percent(quiz.score))}
          <div class="actions"><a class="button" href=${routeHref('quiz')}>${quiz.action}</a></div>
        </li>
      </ul>
      <div class="columns">
        <section aria-labelledby="practice-heading">
          <h2 id="practice-heading">${t.quickPractice}</h2>
          <lms-quick-practice .cards=${course.flashcards} .schedules=${state.cards} .settings=${course.settings.flashcards}></lms-quick-practice>
        </section>
        <section aria-labelledby="concepts-heading">
          <h2 id="concepts-heading">${t.keyConcepts}</h2>
          ${course.conceptGroups.map(
            (group) => html`<div class="group">
              <h3>${group.title}</h3>
              <ul class="terms">
                ${group.concepts.map((concept) => html`<li><a href=${routeHref('concepts', concept.id)}>${concept.term}</a></li>`)}
              </ul>
            </div>`,
          )}
        </section>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lms-course-overview': LmsCourseOverview;
  }
}
