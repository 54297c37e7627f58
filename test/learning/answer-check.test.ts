import { describe, expect, test } from 'vitest';
import { correctResponse, emptyResponse, isAnswered, isCorrect, normalizeFillIn } from '../../learning/answer-check.ts';
import { allQuestions, fillIn, matching, multiple, ordering, single, trueFalse } from './fixtures.ts';

describe('isCorrect', () => {
  test('accepts the correct response of every question type', () => {
    for (const question of allQuestions) expect(isCorrect(question, correctResponse(question)), question.type).toBe(true);
  });

  test('rejects a missing response and a response of another type', () => {
    expect(isCorrect(single, undefined)).toBe(false);
    expect(isCorrect(single, { type: 'true-false', value: true })).toBe(false);
  });

  test('single choice: only the right choice counts', () => {
    expect(isCorrect(single, { type: 'single', choice: 'b' })).toBe(false);
    expect(isCorrect(single, { type: 'single', choice: null })).toBe(false);
  });

  test('multiple response needs all right choices and no wrong one', () => {
    expect(isCorrect(multiple, { type: 'multiple', choices: ['c', 'a'] })).toBe(true);
    expect(isCorrect(multiple, { type: 'multiple', choices: ['a'] })).toBe(false);
    expect(isCorrect(multiple, { type: 'multiple', choices: ['a', 'b', 'c'] })).toBe(false);
    expect(isCorrect(multiple, { type: 'multiple', choices: [] })).toBe(false);
  });

  test('true/false compares the boolean', () => {
    expect(isCorrect(trueFalse, { type: 'true-false', value: false })).toBe(false);
    expect(isCorrect(trueFalse, { type: 'true-false', value: null })).toBe(false);
  });

  test('fill-in ignores letter case and extra spaces unless the course is case-sensitive', () => {
    expect(isCorrect(fillIn, { type: 'fill-in', text: '  therapeutic    ALLIANCE ' })).toBe(true);
    expect(isCorrect(fillIn, { type: 'fill-in', text: 'therapeutic\talliance' })).toBe(true);
    expect(isCorrect(fillIn, { type: 'fill-in', text: 'therapeutic alliance' }, { caseSensitive: true })).toBe(false);
    expect(isCorrect(fillIn, { type: 'fill-in', text: 'Therapeutic  Alliance' }, { caseSensitive: true })).toBe(true);
    expect(isCorrect(fillIn, { type: 'fill-in', text: 'therapeutic' })).toBe(false);
    expect(isCorrect(fillIn, { type: 'fill-in', text: '   ' })).toBe(false);
  });

  test('fill-in compares Unicode-normalised text', () => {
    const question = { ...fillIn, accepted: ['café'] };
    expect(isCorrect(question, { type: 'fill-in', text: 'cafe\u0301' })).toBe(true);
  });

  test('matching needs every pair matched to its own right side', () => {
    expect(isCorrect(matching, { type: 'matching', matches: { x: 'y', y: 'x' } })).toBe(false);
    expect(isCorrect(matching, { type: 'matching', matches: { x: 'x' } })).toBe(false);
  });

  test('ordering needs the exact order', () => {
    expect(isCorrect(ordering, { type: 'ordering', order: ['two', 'one', 'three'] })).toBe(false);
    expect(isCorrect(ordering, { type: 'ordering', order: ['one', 'two'] })).toBe(false);
  });
});

describe('isAnswered', () => {
  test('empty responses are not answers, except an ordering left as presented', () => {
    for (const question of allQuestions) {
      expect(isAnswered(question, emptyResponse(question)), question.type).toBe(question.type === 'ordering');
    }
  });

  test('a matching answer needs every item matched', () => {
    expect(isAnswered(matching, { type: 'matching', matches: { x: 'y' } })).toBe(false);
    expect(isAnswered(matching, { type: 'matching', matches: { x: 'y', y: 'x' } })).toBe(true);
  });
});

test('normalizeFillIn trims, collapses spaces and lower-cases', () => {
  expect(normalizeFillIn('  A  b\n C ')).toBe('a b c');
  expect(normalizeFillIn('  A  b ', true)).toBe('A b');
});

test('emptyResponse of an ordering question starts from the presented order', () => {
  expect(emptyResponse(ordering, ['three', 'one', 'two'])).toEqual({ type: 'ordering', order: ['three', 'one', 'two'] });
});
