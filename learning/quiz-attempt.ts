/**
 * A quiz attempt: which questions are asked, in which order, with choices in which order, and
 * the answers so far. Drawn and shuffled once when the attempt starts and saved, so a learner
 * who resumes sees the same attempt.
 * @packageDocumentation
 */
import type { Question } from '../format/validated-course.ts';
import type { QuizSettings } from '../format/course-schema.ts';
import type { QuestionResponse } from './responses.ts';
import { shuffled, type RandomSource } from './shuffle.ts';

/** An attempt in progress (or, with a score, a submitted one). */
export interface QuizAttempt {
  /** 1 for the first attempt. */
  n: number;
  /** Ids of the questions asked, in the order asked (a drawn subset when quiz.draw is set). */
  order: string[];
  /**
   * Question id → the order in which its options are presented: choice ids, ordering item ids
   * (the starting order) or matching pair ids (the order of the right-hand options). Absent for
   * questions shown in course order.
   */
  options: Record<string, string[]>;
  /** Question id → the answer given (on Check, or on Next when feedback is not immediate). */
  answers: Record<string, QuestionResponse>;
  /** Question ids whose feedback has been shown: their answers can no longer change. */
  checked: string[];
  /** When the attempt started, in ms since the epoch. */
  startedAt: number;
}

/** The ids of a question's options (choices, pairs or items), in course order; none for true-false and fill-in. */
export function optionIds(question: Question): string[] | undefined {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.choices.map((choice) => choice.id);
    case 'matching':
      return question.pairs.map((pair) => pair.id);
    case 'ordering':
      return question.items.map((item) => item.id);
    default:
      return undefined;
  }
}

/** Starting order of an ordering question: shuffled, and never already the right answer. */
function scrambled(ids: readonly string[], random: RandomSource): string[] {
  if (ids.length < 2) return [...ids];
  for (let tries = 0; tries < 8; tries++) {
    const order = shuffled(ids, random);
    if (order.some((id, index) => id !== ids[index])) return order;
  }
  // A pathological random source: reversing is always different when there are 2+ items.
  return [...ids].reverse();
}

/** Draws and orders the questions of a new attempt. */
export function startAttempt(
  questions: readonly Question[],
  quiz: Pick<QuizSettings, 'shuffleQuestions' | 'shuffleChoices' | 'draw'>,
  n: number,
  now: number,
  random: RandomSource = Math.random,
): QuizAttempt {
  let asked = quiz.draw !== undefined && quiz.draw < questions.length ? shuffled(questions, random).slice(0, quiz.draw) : [...questions];
  // A drawn subset keeps course order unless shuffling is on: authors often order by difficulty.
  if (quiz.draw !== undefined && !quiz.shuffleQuestions) {
    const picked = new Set(asked);
    asked = questions.filter((question) => picked.has(question));
  } else if (quiz.shuffleQuestions) {
    asked = shuffled(asked, random);
  }
  const options: Record<string, string[]> = {};
  for (const question of asked) {
    const ids = optionIds(question);
    if (!ids) continue;
    if (question.type === 'ordering') options[question.id] = scrambled(ids, random);
    // The right-hand options of a matching question are always shuffled: in course order they
    // would line up with their left items and give the answer away.
    else if (question.type === 'matching') options[question.id] = shuffled(ids, random);
    else if (quiz.shuffleChoices) options[question.id] = shuffled(ids, random);
  }
  return { n, order: asked.map((question) => question.id), options, answers: {}, checked: [], startedAt: now };
}

/** The questions of an attempt, in the order asked; ids no longer in the course are skipped. */
export function attemptQuestions(attempt: Pick<QuizAttempt, 'order'>, questions: readonly Question[]): Question[] {
  const byId = new Map(questions.map((question) => [question.id, question]));
  return attempt.order.map((id) => byId.get(id)).filter((question): question is Question => question !== undefined);
}

/**
 * Index, in `questions` (the attempt's questions as {@link attemptQuestions} gives them), of the
 * first one not yet answered; `questions.length` when all are. Counting over the questions shown
 * rather than the saved order means an id the course no longer has can never shift the index.
 */
export function nextQuestionIndex(questions: readonly Question[], attempt: Pick<QuizAttempt, 'answers'>): number {
  const index = questions.findIndex((question) => !attempt.answers[question.id]);
  return index === -1 ? questions.length : index;
}

/** Whether another attempt may start after `used` submitted ones (attempts 0 = unlimited). */
export function canStartAttempt(quiz: Pick<QuizSettings, 'attempts'>, used: number): boolean {
  return quiz.attempts === 0 || used < quiz.attempts;
}
