import { describe, expect, test } from 'vitest';
import { applyLearnerEvent } from '../../learning/apply-learner-event.ts';
import { emptyLearnerState, parseLearnerState, type LearnerState } from '../../learning/learner-state.ts';
import { startAttempt } from '../../learning/quiz-attempt.ts';
import { allQuestions } from './fixtures.ts';

describe('parseLearnerState', () => {
  test('round-trips a state through JSON', () => {
    const state: LearnerState = emptyLearnerState();
    state.route = '/lesson/rapport';
    state.sections = ['a', 'b'];
    state.cards = { c1: [29000000, 2.3, 5.1, 2, 1, 0, 0, 28990000] };
    state.quiz.current = startAttempt(allQuestions, { shuffleQuestions: true, shuffleChoices: true }, 1, 1000, () => 0.3);
    state.quiz.current.answers['q-tf'] = { type: 'true-false', value: true };
    expect(parseLearnerState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  test('gives an empty state for garbage, another version or null', () => {
    expect(parseLearnerState('nope')).toEqual(emptyLearnerState());
    expect(parseLearnerState(null)).toEqual(emptyLearnerState());
    expect(parseLearnerState({ v: 99, route: '/quiz' })).toEqual(emptyLearnerState());
  });

  test('drops malformed parts and keeps the rest', () => {
    const parsed = parseLearnerState({ v: 1, route: 'javascript:alert(1)', sections: ['a', 1], cards: { ok: [1, 2, 3, 4, 5, 6, 7, 8], bad: [1, 2] }, quiz: { used: 2, passed: true } });
    expect(parsed.route).toBe('/');
    expect(parsed.sections).toEqual([]);
    expect(Object.keys(parsed.cards)).toEqual(['ok']);
    expect(parsed.quiz).toEqual({ used: 2, passed: true });
  });

  test('stays compact: a full deck and a quiz attempt fit SCORM 1.2 suspend data easily', () => {
    const state = emptyLearnerState();
    for (let i = 0; i < 40; i++) state.cards[`card-${i}`] = [29000000, 12.3456, 5.1234, 2, 3, 1, 0, 28990000];
    state.quiz.current = startAttempt(allQuestions, { shuffleQuestions: true, shuffleChoices: true }, 1, Date.now());
    expect(JSON.stringify(state).length).toBeLessThan(4096);
  });
});

describe('applyLearnerEvent', () => {
  test('records views, sections and card schedules', () => {
    let state = emptyLearnerState();
    state = applyLearnerEvent(state, { type: 'view-opened', view: 'lesson', route: '/lesson/a', at: 1 });
    state = applyLearnerEvent(state, { type: 'section-viewed', sectionId: 'a', lessonViewed: false, at: 2 });
    state = applyLearnerEvent(state, { type: 'section-viewed', sectionId: 'a', lessonViewed: false, at: 3 });
    state = applyLearnerEvent(state, { type: 'card-reviewed', cardId: 'c', rating: 'good', schedule: [1, 2, 3, 1, 1, 0, 1, 1], at: 4 });
    expect(state).toMatchObject({ route: '/lesson/a', sections: ['a'], cards: { c: [1, 2, 3, 1, 1, 0, 1, 1] } });
  });

  test('keeps answers in the current attempt and moves it to last on submit, never downgrading a pass', () => {
    let state = emptyLearnerState();
    const attempt = startAttempt(allQuestions, { shuffleQuestions: false, shuffleChoices: false }, 1, 0);
    state = applyLearnerEvent(state, { type: 'quiz-started', attempt, at: 0 });
    state = applyLearnerEvent(state, {
      type: 'question-answered',
      attempt: 1,
      questionId: 'q-tf',
      questionType: 'true-false',
      response: { type: 'true-false', value: true },
      correct: true,
      latencyMs: 5,
      at: 1,
    });
    expect(state.quiz.current?.answers['q-tf']).toEqual({ type: 'true-false', value: true });
    expect(state.quiz.current?.checked).toEqual(['q-tf']);
    state = applyLearnerEvent(state, { type: 'quiz-submitted', attempt: 1, score: 90, passed: true, results: [], concepts: [], at: 2 });
    expect(state.quiz).toMatchObject({ used: 1, passed: true, best: 90, last: { n: 1, score: 90, passed: true } });
    expect(state.quiz.current).toBeUndefined();

    state = applyLearnerEvent(state, { type: 'quiz-started', attempt: { ...attempt, n: 2 }, at: 3 });
    state = applyLearnerEvent(state, { type: 'quiz-submitted', attempt: 2, score: 40, passed: false, results: [], concepts: [], at: 4 });
    expect(state.quiz).toMatchObject({ used: 2, passed: true, best: 90, last: { n: 2, score: 40, passed: false } });
  });

  test('ignores answers and submissions for another attempt', () => {
    const state = emptyLearnerState();
    expect(applyLearnerEvent(state, { type: 'quiz-submitted', attempt: 3, score: 1, passed: false, results: [], concepts: [], at: 0 })).toBe(state);
  });
});
