import { expect, test } from 'vitest';
import { attemptQuestions, canStartAttempt, nextQuestionIndex, startAttempt } from '../../learning/quiz-attempt.ts';
import { shuffled } from '../../learning/shuffle.ts';
import { allQuestions, fillIn, trueFalse } from './fixtures.ts';

function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a * 1664525 + 1013904223) % 4294967296;
    return a / 4294967296;
  };
}

test('without shuffling, questions and choices keep course order; matching and ordering are still scrambled', () => {
  const attempt = startAttempt(allQuestions, { shuffleQuestions: false, shuffleChoices: false }, 1, 0, seeded(1));
  expect(attempt.order).toEqual(allQuestions.map((question) => question.id));
  expect(attempt.options['q-single']).toBeUndefined();
  expect(attempt.options['q-match']?.slice().sort()).toEqual(['x', 'y']);
  expect(attempt.options['q-order']).not.toEqual(['one', 'two', 'three']);
});

test('an ordering question never starts in the right order', () => {
  for (let seed = 0; seed < 50; seed++) {
    const attempt = startAttempt(allQuestions, { shuffleQuestions: false, shuffleChoices: false }, 1, 0, seeded(seed));
    expect(attempt.options['q-order']).not.toEqual(['one', 'two', 'three']);
  }
  const stuck = startAttempt(allQuestions, { shuffleQuestions: false, shuffleChoices: false }, 1, 0, () => 0.999);
  expect(stuck.options['q-order']).not.toEqual(['one', 'two', 'three']);
});

test('draw asks a subset of the requested size, in course order unless shuffled', () => {
  const attempt = startAttempt(allQuestions, { shuffleQuestions: false, shuffleChoices: false, draw: 3 }, 1, 0, seeded(4));
  expect(attempt.order).toHaveLength(3);
  const positions = attempt.order.map((id) => allQuestions.findIndex((question) => question.id === id));
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  expect(new Set(attempt.order).size).toBe(3);
});

test('draw larger than the pool asks every question', () => {
  expect(startAttempt(allQuestions, { shuffleQuestions: false, shuffleChoices: false, draw: 99 }, 1, 0).order).toHaveLength(allQuestions.length);
});

test('shuffled attempts contain every question once', () => {
  const attempt = startAttempt(allQuestions, { shuffleQuestions: true, shuffleChoices: true }, 2, 5, seeded(9));
  expect([...attempt.order].sort()).toEqual(allQuestions.map((question) => question.id).sort());
  expect(attempt.options['q-multiple']?.slice().sort()).toEqual(['a', 'b', 'c']);
  expect(attempt).toMatchObject({ n: 2, startedAt: 5, answers: {}, checked: [] });
});

test('attemptQuestions skips ids no longer in the course', () => {
  expect(attemptQuestions({ order: ['q-tf', 'gone', 'q-single'] }, allQuestions).map((question) => question.id)).toEqual(['q-tf', 'q-single']);
});

test('nextQuestionIndex finds the first unanswered question among those shown', () => {
  const shown = [fillIn, trueFalse];
  expect(nextQuestionIndex(shown, { answers: {} })).toBe(0);
  expect(nextQuestionIndex(shown, { answers: { 'q-fill': { type: 'fill-in', text: 'x' } } })).toBe(1);
  expect(nextQuestionIndex([fillIn], { answers: { 'q-fill': { type: 'fill-in', text: 'x' } } })).toBe(1);
});

test('nextQuestionIndex is not shifted by an answered id the course no longer has', () => {
  // The attempt asked gone, q-fill, q-tf; "gone" was answered, then removed from the course.
  const attempt = { order: ['gone', 'q-fill', 'q-tf'], answers: { gone: { type: 'fill-in', text: 'x' } } as const };
  const shown = attemptQuestions(attempt, allQuestions);
  expect(shown[nextQuestionIndex(shown, attempt)]?.id).toBe('q-fill');
});

test('attempt limits: 0 is unlimited', () => {
  expect(canStartAttempt({ attempts: 0 }, 100)).toBe(true);
  expect(canStartAttempt({ attempts: 2 }, 1)).toBe(true);
  expect(canStartAttempt({ attempts: 2 }, 2)).toBe(false);
});

test('shuffled keeps every item', () => {
  expect(shuffled([1, 2, 3, 4], seeded(3)).sort()).toEqual([1, 2, 3, 4]);
});
