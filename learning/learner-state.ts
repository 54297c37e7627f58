/**
 * The learner state: everything the player needs to resume where the learner left off, as
 * versioned plain data. Trackers save it (SCORM suspend data, xAPI state, localStorage) and the
 * player restores from it; it holds ids and numbers only, never course text.
 * @packageDocumentation
 */
import type { CardSchedule } from './flashcard-schedule.ts';
import type { QuizAttempt } from './quiz-attempt.ts';
import type { QuestionResponse } from './responses.ts';

/** Bumped when the shape changes incompatibly; older states are then discarded, not misread. */
export const LEARNER_STATE_VERSION = 1;

/** A submitted attempt, kept so the results screen survives a relaunch. */
export interface SubmittedAttempt extends QuizAttempt {
  score: number;
  passed: boolean;
}

/** Quiz progress across attempts. */
export interface QuizProgress {
  /** Number of submitted attempts. */
  used: number;
  /** Whether any attempt passed; never goes back to false. */
  passed: boolean;
  /** Best score so far (0–100); absent before the first submission. */
  best?: number;
  /** The attempt in progress, if any. */
  current?: QuizAttempt;
  /** The latest submitted attempt. */
  last?: SubmittedAttempt;
}

/**
 * Which build of which course a state was saved under: the course id and a fingerprint of the
 * ids the state refers to (`course-fingerprint.ts`). `learner-state-migration.ts` compares it with
 * the running build to decide what of the state still applies.
 */
export interface BuildStamp {
  course: string;
  content: string;
}

export interface LearnerState {
  v: typeof LEARNER_STATE_VERSION;
  /** The build the state was saved under; absent in states saved before builds were stamped. */
  build?: BuildStamp;
  /** The hash route to reopen (without `#`), for example `/lesson/rapport`. */
  route: string;
  /** Ids of the lesson sections that have been on screen. */
  sections: string[];
  /** Card id → FSRS schedule; cards never rated are absent. */
  cards: Record<string, CardSchedule>;
  quiz: QuizProgress;
}

/** The state of a learner who has not started. */
export function emptyLearnerState(): LearnerState {
  return { v: LEARNER_STATE_VERSION, route: '/', sections: [], cards: {}, quiz: { used: 0, passed: false } };
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function isResponse(value: unknown): value is QuestionResponse {
  if (!isObject(value)) return false;
  switch (value.type) {
    case 'single':
      return value.choice === null || typeof value.choice === 'string';
    case 'multiple':
      return isStringArray(value.choices);
    case 'true-false':
      return value.value === null || typeof value.value === 'boolean';
    case 'fill-in':
      return typeof value.text === 'string';
    case 'matching':
      return isObject(value.matches) && Object.values(value.matches).every((id) => typeof id === 'string');
    case 'ordering':
      return isStringArray(value.order);
    default:
      return false;
  }
}

function parseAttempt(value: unknown): QuizAttempt | undefined {
  if (!isObject(value) || !isNumber(value.n) || !isStringArray(value.order) || !isNumber(value.startedAt)) return undefined;
  const options: Record<string, string[]> = {};
  if (isObject(value.options)) for (const [id, ids] of Object.entries(value.options)) if (isStringArray(ids)) options[id] = ids;
  const answers: Record<string, QuestionResponse> = {};
  if (isObject(value.answers)) for (const [id, response] of Object.entries(value.answers)) if (isResponse(response)) answers[id] = response;
  const checked = isStringArray(value.checked) ? value.checked : [];
  return { n: value.n, order: value.order, options, answers, checked, startedAt: value.startedAt };
}

/**
 * Reads a saved state defensively. Whatever a tracker hands back (an older version, a state
 * truncated by an LMS, someone else's JSON) yields a usable state: unknown parts are dropped.
 */
export function parseLearnerState(value: unknown): LearnerState {
  const state = emptyLearnerState();
  if (!isObject(value) || value.v !== LEARNER_STATE_VERSION) return state;
  if (isObject(value.build) && typeof value.build.course === 'string' && typeof value.build.content === 'string') {
    state.build = { course: value.build.course, content: value.build.content };
  }
  if (typeof value.route === 'string' && value.route.startsWith('/')) state.route = value.route;
  if (isStringArray(value.sections)) state.sections = [...new Set(value.sections)];
  if (isObject(value.cards)) {
    for (const [id, schedule] of Object.entries(value.cards)) {
      if (Array.isArray(schedule) && schedule.length === 8 && schedule.every(isNumber)) state.cards[id] = schedule as CardSchedule;
    }
  }
  const quiz = value.quiz;
  if (isObject(quiz)) {
    state.quiz.used = isNumber(quiz.used) ? quiz.used : 0;
    state.quiz.passed = quiz.passed === true;
    if (isNumber(quiz.best)) state.quiz.best = quiz.best;
    const current = parseAttempt(quiz.current);
    if (current) state.quiz.current = current;
    const last = parseAttempt(quiz.last);
    if (last && isObject(quiz.last) && isNumber(quiz.last.score)) {
      state.quiz.last = { ...last, score: quiz.last.score, passed: quiz.last.passed === true };
    }
  }
  return state;
}
