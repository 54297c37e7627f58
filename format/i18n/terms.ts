/**
 * Every word the learner sees that is not the author's: the player's interface and the labels
 * the build writes into lesson HTML ("Important", "Optional reading"). One typed table per
 * language (in this folder); terms that take values are functions, so plurals and word order
 * stay the translator's choice. Both the build and the player read them from here.
 * @packageDocumentation
 */

/** The four flashcard ratings (the same names as `CARD_RATINGS` in learning/flashcard-schedule.ts). */
export type RatingName = 'again' | 'hard' | 'good' | 'easy';

export interface Terms {
  skipToContent: string;
  mainNavigation: string;
  navOverview: string;
  navFlashcards: string;
  navQuiz: string;
  navConcepts: string;
  standaloneNotice: string;
  // Saving and leaving (shown only inside an LMS)
  notSavedYet: string;
  keptInBrowser: string;
  retrySave: string;
  exitCourse: string;
  exitedNotice: string;
  /** The banner of a session that records nothing (review, browse or no-credit launch). */
  notRecordedTitle: (reason: 'review' | 'browse' | 'no-credit') => string;
  notRecordedText: string;
  /** How to get an attempt that counts; names Moodle's button, the LMS most courses run in. */
  newAttemptHint: string;
  /** The result the LMS holds (score 0–100 and verdict, either may be unknown). */
  recordedResult: (score: number | undefined, passed: boolean | undefined) => string;
  /** A score (0–100, as learning/scoring.ts `shownScore` gives it) in the language's number format: the results' concept column, the overview's quiz bar. */
  percent: (score: number) => string;
  practiceScoreLine: (score: number) => string;
  practiseQuiz: string;
  practiseAgain: string;
  // Overview
  /** What the course calls its reading part (navigation and overview); authors often set it in `terms:`. */
  readingPart: string;
  startReading: string;
  continueReading: string;
  flashcards: string;
  practiseFlashcards: string;
  saveFlashcards: string;
  quiz: string;
  takeQuiz: string;
  /** The overview's quiz line while the first attempt is in progress. */
  quizInProgress: string;
  sectionsRead: (read: number, total: number) => string;
  cardsStudied: (studied: number, total: number) => string;
  quizProgress: (best: number | undefined, passed: boolean, attempts: number) => string;
  quickPractice: string;
  keyConcepts: string;
  courseComplete: string;
  // Lesson
  contents: string;
  optionalSection: string;
  sectionRead: string;
  lessonPosition: (n: number, total: number) => string;
  lessonNavigation: string;
  previousLesson: string;
  nextLesson: string;
  scrollableTable: string;
  scrollableCode: string;
  definitionOf: (term: string) => string;
  openInGlossary: string;
  close: string;
  /** Label of an `::: important` callout without its own title (written by the build). */
  important: string;
  /** Badge of an `::: extra` block (written by the build). */
  optionalReading: string;
  // Flashcards
  cardPosition: (n: number, total: number) => string;
  question: string;
  answer: string;
  showAnswer: string;
  showQuestion: string;
  ratePrompt: string;
  rating: Record<RatingName, string>;
  ratedAnnouncement: (rating: string, next: string) => string;
  shuffle: string;
  shuffled: string;
  sessionDone: string;
  nextDue: (when: string) => string;
  nothingDue: string;
  practiseAll: string;
  /** "in 6 minutes", "in 8 days": when a card is due again. */
  inDuration: (minutes: number) => string;
  // Quiz
  quizIntro: (questions: number, passingScore: number) => string;
  attemptsLeft: (left: number | undefined) => string;
  startQuiz: string;
  resumeQuiz: string;
  questionPosition: (k: number, n: number) => string;
  check: string;
  next: string;
  submit: string;
  answerFirst: string;
  correct: string;
  incorrect: string;
  trueLabel: string;
  falseLabel: string;
  yourAnswer: string;
  typeAnswer: string;
  chooseMatch: string;
  up: string;
  down: string;
  moveUp: (item: string) => string;
  moveDown: (item: string) => string;
  movedTo: (item: string, position: number, total: number) => string;
  // Results
  results: string;
  scoreLine: (score: number) => string;
  passedLine: (passingScore: number) => string;
  failedLine: (passingScore: number) => string;
  retake: string;
  noAttemptsLeft: string;
  review: string;
  correctAnswer: string;
  notAnswered: string;
  reviewInLesson: string;
  conceptBreakdown: string;
  concept: string;
  questionsColumn: string;
  scoreColumn: string;
  // Glossary
  filterConcepts: string;
  matches: (count: number) => string;
  taughtIn: string;
  testedBy: string;
  noMatches: string;
}

/** The terms an author may replace with their own words in course.yaml (`terms:`): those that are plain text. */
export type TextTermKey = { [K in keyof Terms]: Terms[K] extends string ? K : never }[keyof Terms];
export type TermOverrides = Partial<Record<TextTermKey, string>>;
