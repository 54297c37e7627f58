import { describe, expect, test } from 'vitest';
import type { CardSchedule } from '../../learning/flashcard-schedule.ts';
import { emptyLearnerState, type LearnerState } from '../../learning/learner-state.ts';
import { mergeLearnerStates } from '../../learning/merge-learner-states.ts';

const schedule = (due: number, reps: number, lastReview: number): CardSchedule => [due, 3, 5, 2, reps, 0, 0, lastReview];
const attempt = (n: number, answers: Record<string, { type: 'true-false'; value: boolean }>) => ({ n, order: ['q1', 'q2'], options: {}, answers, checked: Object.keys(answers), startedAt: 1000 * n });

describe('mergeLearnerStates', () => {
  test('keeps what either tab did: sections, cards (the later schedule), quiz progress; the route of this tab', () => {
    const mine: LearnerState = {
      ...emptyLearnerState(),
      route: '/flashcards',
      sections: ['a', 'b'],
      cards: { c1: schedule(500, 2, 400), c2: schedule(600, 1, 300) },
      quiz: { used: 1, passed: false, best: 50 },
    };
    const theirs: LearnerState = {
      ...emptyLearnerState(),
      route: '/quiz',
      sections: ['c', 'a'],
      cards: { c1: schedule(700, 3, 450), c3: schedule(800, 1, 100) },
      quiz: { used: 2, passed: true, best: 90 },
    };
    expect(mergeLearnerStates(mine, theirs)).toEqual({
      v: 1,
      route: '/flashcards',
      sections: ['c', 'a', 'b'],
      cards: { c1: schedule(700, 3, 450), c2: schedule(600, 1, 300), c3: schedule(800, 1, 100) },
      quiz: { used: 2, passed: true, best: 90 },
    });
  });

  test('an attempt in progress survives unless the other tab already submitted it or a later one', () => {
    const current = attempt(2, { q1: { type: 'true-false', value: true } });
    const mine: LearnerState = { ...emptyLearnerState(), quiz: { used: 1, passed: false, current } };
    expect(mergeLearnerStates(mine, { ...emptyLearnerState(), quiz: { used: 1, passed: false } }).quiz.current).toEqual(current);
    const submitted = { ...attempt(2, { q1: { type: 'true-false', value: true }, q2: { type: 'true-false', value: false } }), score: 50, passed: false };
    const merged = mergeLearnerStates(mine, { ...emptyLearnerState(), quiz: { used: 2, passed: false, best: 50, last: submitted } });
    expect(merged.quiz).toEqual({ used: 2, passed: false, best: 50, last: submitted });
  });
});
