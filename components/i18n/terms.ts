/**
 * Every string the player shows, as one typed table per language. Terms that take values are
 * functions, so plurals and word order stay the translator's choice. Languages without a table
 * fall back to English.
 * @packageDocumentation
 */
import type { CardRating } from '../../learning/flashcard-schedule.ts';

export interface Terms {
  skipToContent: string;
  mainNavigation: string;
  navOverview: string;
  navLesson: string;
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
  practiceScoreLine: (score: number) => string;
  practiseQuiz: string;
  practiseAgain: string;
  // Overview
  summary: string;
  readSummary: string;
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
  definitionOf: (term: string) => string;
  openInGlossary: string;
  close: string;
  // Flashcards
  cardPosition: (n: number, total: number) => string;
  question: string;
  answer: string;
  showAnswer: string;
  showQuestion: string;
  ratePrompt: string;
  rating: Record<CardRating, string>;
  ratedAnnouncement: (rating: string, next: string) => string;
  shuffle: string;
  shuffled: string;
  sessionDone: string;
  nextDue: (when: string) => string;
  nothingDue: string;
  practiseAll: string;
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

export const en: Terms = {
  skipToContent: 'Skip to content',
  mainNavigation: 'Course',
  navOverview: 'Overview',
  navLesson: 'Summary',
  navFlashcards: 'Flashcards',
  navQuiz: 'Quiz',
  navConcepts: 'Key concepts',
  standaloneNotice: 'Not connected to a learning platform: your progress is kept in this browser only, and results are not sent anywhere.',
  notSavedYet: 'Your result has not been saved yet — keep this window open.',
  keptInBrowser: 'Your result could not be sent to the learning platform yet. It is kept in this browser and will be sent the next time you open this course here.',
  retrySave: 'Retry',
  exitCourse: 'Exit',
  exitedNotice: 'You have left the course. You can close this window.',
  notRecordedTitle: (reason) =>
    reason === 'review' ? 'Review: nothing is recorded' : reason === 'browse' ? 'Browsing: nothing is recorded' : 'No credit: nothing is recorded',
  notRecordedText:
    'Your learning platform opened this course without recording. You can read, practise and retake the quiz, but none of it is saved or sent, and your recorded result stays as it is.',
  newAttemptHint: 'For an attempt that counts, leave the course and start a new attempt in your learning platform (in Moodle: “Start a new attempt”, then Enter).',
  recordedResult: (score, passed) =>
    score === undefined && passed === undefined
      ? 'No result is recorded yet.'
      : `Recorded result: ${score === undefined ? '' : `${score}%`}${score !== undefined && passed !== undefined ? ', ' : ''}${passed === undefined ? '' : passed ? 'passed' : 'not passed'}.`,
  practiceScoreLine: (score) => `Practice score: ${score}% (not recorded)`,
  practiseQuiz: 'Practise quiz',
  practiseAgain: 'Practise again',
  summary: 'Summary',
  readSummary: 'Read summary',
  continueReading: 'Continue reading',
  flashcards: 'Flashcards',
  practiseFlashcards: 'Practise flashcards',
  saveFlashcards: 'Save flashcards',
  quiz: 'Quiz',
  takeQuiz: 'Take quiz',
  quizInProgress: 'Attempt in progress',
  sectionsRead: (read, total) => `${read} of ${total} sections read`,
  cardsStudied: (studied, total) => `${studied} of ${total} cards studied`,
  quizProgress: (best, passed, attempts) =>
    best === undefined ? 'Not taken yet' : `Best score ${best}%${passed ? ', passed' : ''} · ${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}`,
  quickPractice: 'Quick practice',
  keyConcepts: 'Key concepts',
  courseComplete: 'Course complete',
  contents: 'Contents',
  optionalSection: 'optional',
  sectionRead: 'read',
  definitionOf: (term) => `Definition of ${term}`,
  openInGlossary: 'Open in key concepts',
  close: 'Close',
  cardPosition: (n, total) => `Card ${n} of ${total}`,
  question: 'Question',
  answer: 'Answer',
  showAnswer: 'Show answer',
  showQuestion: 'Show question',
  ratePrompt: 'How well did you remember?',
  rating: { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' },
  ratedAnnouncement: (rating, next) => `${rating}. Next review ${next}.`,
  shuffle: 'Shuffle',
  shuffled: 'Cards shuffled.',
  sessionDone: 'Session complete',
  nextDue: (when) => `The next card is due ${when}.`,
  nothingDue: 'No cards are due right now.',
  practiseAll: 'Practise all cards anyway',
  inDuration: (minutes) => {
    if (minutes < 1) return 'now';
    if (minutes < 60) return `in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
    const hours = Math.round(minutes / 60);
    if (hours < 24) return `in ${hours} ${hours === 1 ? 'hour' : 'hours'}`;
    const days = Math.round(minutes / 1440);
    return `in ${days} ${days === 1 ? 'day' : 'days'}`;
  },
  quizIntro: (questions, passingScore) =>
    `${questions} ${questions === 1 ? 'question' : 'questions'}, one per screen. You need ${passingScore}% to pass.`,
  attemptsLeft: (left) => (left === undefined ? 'You may take the quiz as often as you like.' : `Attempts left: ${left}.`),
  startQuiz: 'Start quiz',
  resumeQuiz: 'Resume quiz',
  questionPosition: (k, n) => `Question ${k} of ${n}`,
  check: 'Check',
  next: 'Next',
  submit: 'Submit quiz',
  answerFirst: 'Please answer the question first.',
  correct: 'Correct.',
  incorrect: 'Not quite.',
  trueLabel: 'True',
  falseLabel: 'False',
  yourAnswer: 'Your answer',
  typeAnswer: 'Your answer',
  chooseMatch: 'Choose a match',
  up: 'Move up',
  down: 'Move down',
  moveUp: (item) => `Move up: ${item}`,
  moveDown: (item) => `Move down: ${item}`,
  movedTo: (item, position, total) => `${item}: position ${position} of ${total}.`,
  results: 'Quiz results',
  scoreLine: (score) => `Your score: ${score}%`,
  passedLine: (passingScore) => `Passed. The passing score is ${passingScore}%.`,
  failedLine: (passingScore) => `Not passed yet. The passing score is ${passingScore}%.`,
  retake: 'Retake quiz',
  noAttemptsLeft: 'You have used all your attempts.',
  review: 'Review',
  correctAnswer: 'Correct answer',
  notAnswered: 'Not answered',
  reviewInLesson: 'Review this in the summary',
  conceptBreakdown: 'By concept',
  concept: 'Concept',
  questionsColumn: 'Questions',
  scoreColumn: 'Score',
  filterConcepts: 'Filter concepts',
  matches: (count) => `${count} ${count === 1 ? 'concept matches' : 'concepts match'}.`,
  taughtIn: 'Taught in',
  testedBy: 'Tested by',
  noMatches: 'No concept matches this filter.',
};

const TABLES: Record<string, Terms> = { en };
let active: Terms = en;

/** Chooses the table for a BCP 47 language tag (falls back to the base language, then English). */
export function setLanguage(language: string): void {
  const tag = language.toLowerCase();
  active = TABLES[tag] ?? TABLES[tag.split('-')[0] ?? 'en'] ?? en;
}

/** The active table. */
export function terms(): Terms {
  return active;
}
