import { describe, expect, test } from 'vitest';
import { correctResponse } from '../../learning/answer-check.ts';
import { percent, scoreAttempt, shownScore } from '../../learning/scoring.ts';
import { allQuestions, fillIn, multiple, single, trueFalse } from './fixtures.ts';

const quiz = { passingScore: 80, caseSensitive: false };
const allRight = Object.fromEntries(allQuestions.map((question) => [question.id, correctResponse(question)]));

describe('scoreAttempt', () => {
  test('all right scores 100 and passes', () => {
    const outcome = scoreAttempt(allQuestions, allRight, quiz);
    expect(outcome).toMatchObject({ score: 100, passed: true, earned: 6, possible: 6 });
    expect(outcome.results.map((result) => result.questionId)).toEqual(allQuestions.map((question) => question.id));
  });

  test('nothing answered scores 0, and every result says unanswered', () => {
    const outcome = scoreAttempt(allQuestions, {}, quiz);
    expect(outcome).toMatchObject({ score: 0, passed: false, earned: 0 });
    expect(outcome.results.every((result) => !result.answered && !result.correct)).toBe(true);
  });

  test('weights count in proportion', () => {
    const heavy = { ...single, weight: 3 };
    const outcome = scoreAttempt([heavy, trueFalse], { [heavy.id]: correctResponse(heavy) }, quiz);
    expect(outcome).toMatchObject({ score: 75, earned: 3, possible: 4, passed: false });
  });

  test('rounds to at most two decimals', () => {
    const outcome = scoreAttempt([single, trueFalse, fillIn], { [single.id]: correctResponse(single), [trueFalse.id]: correctResponse(trueFalse) }, quiz);
    expect(outcome.score).toBe(66.67);
    expect(percent(1, 3)).toBe(33.33);
    expect(percent(0, 0)).toBe(0);
  });

  test('passes exactly at the passing score, compared after rounding', () => {
    const five = [single, trueFalse, fillIn, multiple, { ...single, id: 'q-5' }];
    const answers = Object.fromEntries(five.slice(0, 4).map((question) => [question.id, correctResponse(question)]));
    expect(scoreAttempt(five, answers, quiz)).toMatchObject({ score: 80, passed: true });
    expect(scoreAttempt([single, trueFalse, fillIn], { [single.id]: correctResponse(single), [trueFalse.id]: correctResponse(trueFalse) }, { ...quiz, passingScore: 66.67 }).passed).toBe(true);
  });

  test('a passing score of 0 passes an empty attempt', () => {
    expect(scoreAttempt([], {}, { ...quiz, passingScore: 0 })).toMatchObject({ score: 0, passed: true, possible: 0 });
  });

  test('breaks the score down per concept, with weights', () => {
    const heavyMultiple = { ...multiple, weight: 2 };
    const outcome = scoreAttempt([single, heavyMultiple, trueFalse], { [single.id]: correctResponse(single), [trueFalse.id]: correctResponse(trueFalse) }, quiz);
    expect(outcome.concepts).toEqual([
      { conceptId: 'alpha', earned: 1, possible: 3, score: 33.33, questionIds: ['q-single', 'q-multiple'] },
      { conceptId: 'beta', earned: 1, possible: 3, score: 33.33, questionIds: ['q-multiple', 'q-tf'] },
    ]);
  });

  test('a concept listed twice on one question counts once', () => {
    const doubled = { ...single, concepts: ['alpha', 'alpha'] };
    expect(scoreAttempt([doubled], {}, quiz).concepts).toEqual([{ conceptId: 'alpha', earned: 0, possible: 1, score: 0, questionIds: ['q-single'] }]);
  });

  test('honours case-sensitive fill-in', () => {
    const answers = { [fillIn.id]: { type: 'fill-in' as const, text: 'ALLIANCE' } };
    expect(scoreAttempt([fillIn], answers, quiz).score).toBe(100);
    expect(scoreAttempt([fillIn], answers, { ...quiz, caseSensitive: true }).score).toBe(0);
  });
});

describe('shownScore', () => {
  test('a score shows as a whole percent, rounded to the nearest', () => {
    expect([33.33, 66.67, 87.5, 100, 0].map((score) => shownScore(score, 80))).toEqual([33, 67, 88, 100, 0]);
  });

  test('just under the passing score it keeps the decimals that keep it under', () => {
    expect([79.6, 79.96, 79.5, 79.4].map((score) => shownScore(score, 80))).toEqual([79.6, 79.96, 79.5, 79]);
  });

  test('at or just over the passing score it rounds as usual, since that still reads as passing', () => {
    expect([80, 80.4, 80.5].map((score) => shownScore(score, 80))).toEqual([80, 80, 81]);
  });

  test('against a passing score with decimals, neither side is crossed', () => {
    // 75.45 → 75 still fails against 75.5, 75.5 → 76 still passes.
    expect([75.45, 75.5].map((score) => shownScore(score, 75.5))).toEqual([75, 76]);
    // 76.4 rounds to 76, which would pass against 75.9 as 76.4 does; 75.8 must not read 76.
    expect([76.4, 75.8].map((score) => shownScore(score, 75.9))).toEqual([76, 75.8]);
  });
});
