/**
 * Scores as learners see and hear them: whole percents in the interface language's number
 * format, except where rounding would carry a score across the passing score, which keeps the
 * decimals that tell the truth (learning/scoring.ts, shownScore).
 */
import { expect, test } from 'vitest';
import { correctResponse } from '../../learning/answer-check.ts';
import { emptyLearnerState, type LearnerState } from '../../learning/learner-state.ts';
import { startAttempt } from '../../learning/quiz-attempt.ts';
import { withPassingScore } from '../../learning/with-passing-score.ts';
import { course, deepQuery, inView, mountPlayer, settle } from './player-harness.ts';

/** A state whose last attempt answered every question right but `wrong`, saved with `score` (as the tracker restores it). */
function submitted(wrong: readonly string[], score: number, passed: boolean): LearnerState {
  const attempt = startAttempt(course.questions, course.settings.quiz, 1, 0);
  for (const question of course.questions) if (!wrong.includes(question.id)) attempt.answers[question.id] = correctResponse(question);
  attempt.checked = [...attempt.order];
  const state = emptyLearnerState();
  state.quiz = { used: 1, passed, best: score, last: { ...attempt, score, passed } };
  return state;
}

const resultsRoot = (): ShadowRoot => {
  const root = inView('lms-quiz', 'lms-quiz-results')?.shadowRoot;
  if (!root) throw new Error('no results on screen');
  return root;
};

/** Concept term → the text of its score cell in the results' breakdown. */
const conceptScores = (): Record<string, string> =>
  Object.fromEntries(
    Array.from(resultsRoot().querySelectorAll('tbody tr')).map((row) => [row.querySelector('th a')?.textContent?.trim(), row.querySelector('td:last-child')?.textContent?.trim()]),
  );

// The two questions on "Therapeutic outcome predictor" that are not the third (why-common-factor): 1 of 3 right.
const TWO_WRONG = ['client-factor-enhanced', 'predictor-one-approach'];

test('the results show whole percents: 1 of 3 right on a concept reads 33%, not 33.33%', async () => {
  await mountPlayer('/quiz', submitted(TWO_WRONG, 75, false));
  expect(resultsRoot().querySelector('.score')?.textContent).toBe('Your score: 75%');
  expect(conceptScores()).toEqual({
    'Therapeutic relationship': '50%',
    'Therapeutic outcome predictor': '33%',
    'Therapeutic alliance': '100%',
    Rapport: '100%',
    Empathy: '100%',
    Collaboration: '100%',
    'Professional boundaries': '100%',
    'Common factor (psychotherapy)': '100%',
  });
});

test('a score just under the passing score never reads as the passing score: 79.6 of 80 shows 79.6%; 80.4 shows 80%', async () => {
  await mountPlayer('/quiz', submitted(TWO_WRONG, 79.6, false));
  expect(resultsRoot().querySelector('.score')?.textContent).toBe('Your score: 79.6%');
  expect(resultsRoot().querySelector('.verdict')?.textContent).toBe('Not passed yet. The passing score is 80%.');
  await mountPlayer('/quiz', submitted(TWO_WRONG, 80.4, true));
  expect(resultsRoot().querySelector('.score')?.textContent).toBe('Your score: 80%');
  expect(resultsRoot().querySelector('.verdict')?.textContent).toBe('Passed. The passing score is 80%.');
});

test('the overview\'s quiz line and bar say the same, to the eye and to a screen reader', async () => {
  await mountPlayer('/', submitted(TWO_WRONG, 79.6, false));
  const bar = inView('lms-course-overview', '#quiz-progress');
  expect(bar?.getAttribute('aria-label')).toBe('Best score 79.6% · 1 attempt');
  expect(bar?.getAttribute('aria-valuetext')).toBe('79.6%');
  await mountPlayer('/', submitted(TWO_WRONG, 66.67, false));
  expect(inView('lms-course-overview', '#quiz-progress')?.getAttribute('aria-label')).toBe('Best score 67% · 1 attempt');
  expect(inView('lms-course-overview', '#quiz-progress')?.getAttribute('aria-valuetext')).toBe('67%');
});

test('submitting announces the score as shown: 87.5 reads 88% against 80, and 87.5% against a passing score of 87.6', async () => {
  for (const [passingScore, announced] of [
    [80, 'Your score: 88%. Passed. The passing score is 80%.'],
    [87.6, 'Your score: 87.5%. Not passed yet. The passing score is 87.6%.'],
  ] as const) {
    const attempt = startAttempt(course.questions, course.settings.quiz, 1, 0);
    // Every question checked, the last one left unanswered (so wrong): the quiz opens on Submit.
    const last = attempt.order.at(-1);
    for (const question of course.questions) if (question.id !== last) attempt.answers[question.id] = correctResponse(question);
    attempt.checked = [...attempt.order];
    const state = emptyLearnerState();
    state.quiz.current = attempt;
    const { player } = await mountPlayer('/quiz', state, withPassingScore(course, passingScore));
    const messages: string[] = [];
    player.addEventListener('lms-announce', (event) => messages.push(event.message));
    (inView('lms-quiz', 'button[type=submit]') as HTMLButtonElement).click();
    await settle(player);
    expect(messages).toContain(announced);
  }
});

test('in an Arabic course the percents are in Arabic number format', async () => {
  const arabic = structuredClone(course);
  arabic.settings.language = 'ar';
  arabic.settings.terms = {};
  await mountPlayer('/quiz', submitted(TWO_WRONG, 75, false), arabic);
  const percent = (value: number) => new Intl.NumberFormat('ar', { style: 'percent' }).format(value / 100);
  expect(deepQuery('lms-course-player')?.getAttribute('dir')).toBe('rtl');
  expect(resultsRoot().querySelector('.score')?.textContent).toBe(`نتيجتك: ${percent(75)}`);
  expect(conceptScores()['Therapeutic outcome predictor']).toBe(percent(33));
});
