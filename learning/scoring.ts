/**
 * Scores a quiz attempt. This is the one place where a score is computed: the results screen,
 * the learner events and every tracker read it from here.
 * @packageDocumentation
 */
import type { Question } from '../format/validated-course.ts';
import type { QuizSettings } from '../format/course-schema.ts';
import { isAnswered, isCorrect } from './answer-check.ts';
import type { QuestionResponse } from './responses.ts';

/** How one question of an attempt went. */
export interface QuestionResult {
  questionId: string;
  /** Whether the learner gave an answer at all (an unanswered question is wrong). */
  answered: boolean;
  correct: boolean;
  /** The question's weight, as in quiz.yaml (default 1). */
  weight: number;
}

/** How the questions tagged with one concept went: each question counts with its weight. */
export interface ConceptScore {
  conceptId: string;
  /** Sum of the weights of right answers. */
  earned: number;
  /** Sum of the weights of the questions asked. */
  possible: number;
  /** 0–100, at most 2 decimals. */
  score: number;
  questionIds: string[];
}

/** The outcome of one attempt. */
export interface AttemptScore {
  /** 0–100 with at most 2 decimals: weighted share of right answers. */
  score: number;
  /** Whether `score` reaches the course's passing score. */
  passed: boolean;
  earned: number;
  possible: number;
  /** One per asked question, in the order asked. */
  results: QuestionResult[];
  /** One per concept that an asked question tests, in order of first appearance. */
  concepts: ConceptScore[];
}

/** Percentage with at most two decimals; `possible` 0 gives 0 rather than NaN. */
export function percent(earned: number, possible: number): number {
  if (possible <= 0) return 0;
  // Rounding via toFixed-free integer maths avoids 66.66666 → "66.67" surprises in both directions.
  return Math.round((earned / possible) * 10_000) / 100;
}

/**
 * Whether a score (0–100, already rounded as {@link percent} rounds) passes: the one rule for a
 * quiz attempt and for each concept's mastery, so "80" never reads as failed next to an 80 pass
 * mark. Trackers report a concept as passed or failed with it.
 */
export function reachesPassingScore(score: number, passingScore: number): boolean {
  return score >= passingScore;
}

/**
 * A score (0–100) as a learner reads it: a whole percent, unless that whole percent would fall
 * on the other side of the passing score than the score itself, in which case it keeps the
 * decimals that stay on the right side (79.6 against 80 reads "79.6", never "80").
 *
 * Why round to the nearest whole and not down: rounding down understates every score (2 of 3
 * would read 66%), and with a passing score that has decimals of its own (75.5) a passing 75.5
 * would read 75%, "passed" next to a passing score above it. Nearest, with decimals only where
 * rounding would cross, never tells a learner the wrong side in either direction.
 */
export function shownScore(score: number, passingScore: number): number {
  const passes = reachesPassingScore(score, passingScore);
  for (const factor of [1, 10]) {
    const rounded = Math.round(score * factor) / factor;
    if (reachesPassingScore(rounded, passingScore) === passes) return rounded;
  }
  return score;
}

/**
 * Scores the questions asked in an attempt.
 *
 * @param questions the questions asked, in the order asked (a drawn subset scores against itself)
 * @param answers question id → the learner's response; missing means unanswered
 * @param quiz the course's quiz settings: the passing score and whether fill-in is case-sensitive
 */
export function scoreAttempt(
  questions: readonly Question[],
  answers: Readonly<Record<string, QuestionResponse | undefined>>,
  quiz: Pick<QuizSettings, 'passingScore' | 'caseSensitive'>,
): AttemptScore {
  const results: QuestionResult[] = [];
  const concepts = new Map<string, ConceptScore>();
  let earned = 0;
  let possible = 0;
  for (const question of questions) {
    const response = answers[question.id];
    const correct = isCorrect(question, response, { caseSensitive: quiz.caseSensitive });
    const weight = question.weight;
    results.push({ questionId: question.id, answered: isAnswered(question, response), correct, weight });
    possible += weight;
    if (correct) earned += weight;
    for (const conceptId of new Set(question.concepts ?? [])) {
      const entry = concepts.get(conceptId) ?? { conceptId, earned: 0, possible: 0, score: 0, questionIds: [] };
      entry.possible += weight;
      if (correct) entry.earned += weight;
      entry.questionIds.push(question.id);
      concepts.set(conceptId, entry);
    }
  }
  const score = percent(earned, possible);
  return {
    score,
    passed: reachesPassingScore(score, quiz.passingScore),
    earned,
    possible,
    results,
    concepts: [...concepts.values()].map((entry) => ({ ...entry, score: percent(entry.earned, entry.possible) })),
  };
}
