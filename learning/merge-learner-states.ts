/**
 * Two learner states of the same learner, written by two tabs or devices at once, as one: what
 * either has done is kept. Used when a saved state changed under a tracker since it read it (the
 * xAPI State API answers a conditional write with 412, xAPI 1.0.3 Communication §3.1), so that a
 * concurrent tab's answers and flashcard reviews are not lost by a last-writer-wins overwrite.
 * @packageDocumentation
 */
import type { CardSchedule } from './flashcard-schedule.ts';
import type { QuizAttempt } from './quiz-attempt.ts';
import type { LearnerState, QuizProgress } from './learner-state.ts';

const LAST_REVIEW = 7;

/** The later of two schedules of one card (by last review, then by review count). */
function laterSchedule(a: CardSchedule, b: CardSchedule): CardSchedule {
  if (a[LAST_REVIEW] !== b[LAST_REVIEW]) return a[LAST_REVIEW] > b[LAST_REVIEW] ? a : b;
  return a[4] >= b[4] ? a : b;
}

/** The attempt further along: a higher attempt number, then more answers. */
function furtherAttempt<T extends QuizAttempt>(a: T | undefined, b: T | undefined): T | undefined {
  if (!a || !b) return a ?? b;
  if (a.n !== b.n) return a.n > b.n ? a : b;
  return Object.keys(a.answers).length >= Object.keys(b.answers).length ? a : b;
}

function mergeQuiz(mine: QuizProgress, theirs: QuizProgress): QuizProgress {
  const used = Math.max(mine.used, theirs.used);
  const best = mine.best === undefined ? theirs.best : theirs.best === undefined ? mine.best : Math.max(mine.best, theirs.best);
  const last = furtherAttempt(mine.last, theirs.last);
  // An attempt in progress that is not newer than the latest submitted one was submitted elsewhere.
  const current = furtherAttempt(mine.current, theirs.current);
  const open = current && (!last || current.n > last.n) ? current : undefined;
  return {
    used,
    passed: mine.passed || theirs.passed,
    ...(best !== undefined ? { best } : {}),
    ...(open ? { current: open } : {}),
    ...(last ? { last } : {}),
  };
}

/**
 * `mine` (this tab's state, about to be written) merged with `theirs` (what is stored now):
 * sections viewed and cards reviewed by either; the later schedule of each card; quiz progress
 * never lower than either; the route of `mine`, where this learner is now.
 */
export function mergeLearnerStates(mine: LearnerState, theirs: LearnerState): LearnerState {
  const cards: Record<string, CardSchedule> = { ...theirs.cards };
  for (const [id, schedule] of Object.entries(mine.cards)) cards[id] = cards[id] ? laterSchedule(cards[id], schedule) : schedule;
  return {
    v: mine.v,
    route: mine.route,
    sections: [...new Set([...theirs.sections, ...mine.sections])],
    cards,
    quiz: mergeQuiz(mine.quiz, theirs.quiz),
  };
}
