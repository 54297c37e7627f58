/**
 * What the player reports as the learner works: one plain-data type per event, in lmspack's own
 * words. The app hands each one to the tracker, which maps it to its standard (a SCORM
 * interaction, an xAPI statement…). Times are ms since the Unix epoch.
 * @packageDocumentation
 */
import type { ViewName } from '../format/routes.ts';
import type { CardRating, CardSchedule } from './flashcard-schedule.ts';
import type { QuizAttempt } from './quiz-attempt.ts';
import type { QuestionResponse } from './responses.ts';
import type { ConceptScore, QuestionResult } from './scoring.ts';

/** The player's views (defined with the routes in format/routes.ts). */
export type { ViewName };

/** A view was opened (by navigation, the back button or on launch). */
export interface ViewOpened {
  type: 'view-opened';
  view: ViewName;
  /** The hash route without `#`, for example `/lesson/key-elements`: the resume location. */
  route: string;
  at: number;
}

/** A lesson section has been on screen. Sent once per section. */
export interface SectionViewed {
  type: 'section-viewed';
  sectionId: string;
  /** Whether, with this section, every required section has now been viewed. */
  lessonViewed: boolean;
  at: number;
}

/** The learner rated a flashcard after seeing its back. */
export interface CardReviewed {
  type: 'card-reviewed';
  cardId: string;
  rating: CardRating;
  /** The card's new schedule (FSRS), to be saved. */
  schedule: CardSchedule;
  at: number;
}

/** A quiz attempt started: its questions and option orders are fixed from now on. */
export interface QuizStarted {
  type: 'quiz-started';
  attempt: QuizAttempt;
  at: number;
}

/** The learner answered a question (on Check, or on Next when feedback is not immediate). */
export interface QuestionAnswered {
  type: 'question-answered';
  /** Attempt number, 1-based. */
  attempt: number;
  questionId: string;
  questionType: QuestionResponse['type'];
  response: QuestionResponse;
  correct: boolean;
  /** Time from the question appearing to the answer, in ms. */
  latencyMs: number;
  at: number;
}

/** The learner submitted an attempt. */
export interface QuizSubmitted {
  type: 'quiz-submitted';
  attempt: number;
  /** 0–100, at most 2 decimals. */
  score: number;
  passed: boolean;
  results: QuestionResult[];
  concepts: ConceptScore[];
  at: number;
}

/** The learner left the course (page hidden for good, or closed). */
export interface CourseExited {
  type: 'course-exited';
  /**
   * `exit-button`: the learner chose to leave; `page-hidden`: the page is going away (closed,
   * reloaded or navigated from), which a cmi5 launch survives when it is a reload.
   */
  via: 'exit-button' | 'page-hidden';
  at: number;
}

export type LearnerEvent = ViewOpened | SectionViewed | CardReviewed | QuizStarted | QuestionAnswered | QuizSubmitted | CourseExited;
export type LearnerEventType = LearnerEvent['type'];
