import { expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { correctResponse } from '../../learning/answer-check.ts';
import { emptyLearnerState } from '../../learning/learner-state.ts';
import { startAttempt } from '../../learning/quiz-attempt.ts';
import type { LmsQuiz } from '../../components/quiz/quiz.ts';
import { course, deepQuery, inView, mountPlayer, questionRoot, seededRandom, settle } from './player-harness.ts';

async function start(player: HTMLElement): Promise<void> {
  const quiz = deepQuery<LmsQuiz>('lms-quiz');
  if (quiz) quiz.random = seededRandom(3);
  (inView('lms-quiz', '.intro button') as HTMLButtonElement).click();
  await settle(player);
}

test('starts an attempt with the course order, one question per screen', async () => {
  const { player, events } = await mountPlayer('/quiz');
  expect(inView('lms-quiz', '.intro')?.textContent).toContain(`${course.questions.length} questions`);
  await start(player);
  const started = events.find((event) => event.type === 'quiz-started');
  expect(started?.type === 'quiz-started' && started.attempt.order).toEqual(course.questions.map((question) => question.id));
  expect(inView('lms-quiz', '.position')?.textContent).toBe(`Question 1 of ${course.questions.length}`);
  // Check without an answer asks for one.
  (inView('lms-quiz', 'button[type=submit]') as HTMLButtonElement).click();
  await settle(player);
  expect(inView('lms-quiz', '.hint')?.textContent).toContain('answer the question');
  expect(events.some((event) => event.type === 'question-answered')).toBe(false);
});

test('resuming restores the attempt: same order, shuffled choices and answers', async () => {
  const state = emptyLearnerState();
  const attempt = startAttempt(course.questions, { ...course.settings.quiz, shuffleQuestions: true, shuffleChoices: true }, 1, Date.now(), seededRandom(11));
  const firstId = attempt.order[0] ?? '';
  const first = course.questions.find((question) => question.id === firstId);
  if (!first) throw new Error('no first question');
  attempt.answers[firstId] = correctResponse(first);
  attempt.checked.push(firstId);
  state.quiz.current = attempt;
  const { player } = await mountPlayer('/quiz', state);
  expect(inView('lms-quiz', '.position')?.textContent).toBe(`Question 2 of ${attempt.order.length}`);
  const second = course.questions.find((question) => question.id === attempt.order[1]);
  const shown = deepQuery('lms-quiz-question') as HTMLElement & { question?: { id: string } };
  expect(shown.question?.id).toBe(second?.id);
  const presented = attempt.options[second?.id ?? ''];
  if (presented && (second?.type === 'single' || second?.type === 'multiple')) {
    const values = Array.from(questionRoot().querySelectorAll('input')).map((input) => input.value);
    expect(values).toEqual(presented);
  }
  void player;
});

test('submits, shows results with review and concept breakdown, and retakes within the limit', async () => {
  const state = emptyLearnerState();
  const attempt = startAttempt(course.questions, course.settings.quiz, 1, Date.now(), seededRandom(5));
  for (const id of attempt.order.slice(0, -1)) {
    const question = course.questions.find((candidate) => candidate.id === id);
    if (question) attempt.answers[id] = correctResponse(question);
  }
  attempt.checked = [...attempt.order.slice(0, -1)];
  state.quiz.current = attempt;
  const { player, events } = await mountPlayer('/quiz', state);
  // Last question (single choice): pick a wrong answer.
  const wrong = Array.from(questionRoot().querySelectorAll('input')).find((input) => input.value === 'most_common_reason');
  await userEvent.click(wrong as HTMLInputElement);
  (inView('lms-quiz', 'button[type=submit]') as HTMLButtonElement).click();
  await settle(player);
  expect(inView('lms-quiz-question', '.feedback.wrong')).not.toBeNull();
  expect(inView('lms-quiz', 'button[type=submit]')?.textContent?.trim()).toBe('Submit quiz');
  (inView('lms-quiz', 'button[type=submit]') as HTMLButtonElement).click();
  await settle(player);
  const submitted = events.find((event) => event.type === 'quiz-submitted');
  expect(submitted).toMatchObject({ score: 87.5, passed: true, attempt: 1 });
  const results = inView('lms-quiz', 'lms-quiz-results');
  expect(results?.shadowRoot?.querySelector('.score')?.textContent).toBe('Your score: 88%');
  expect(results?.shadowRoot?.querySelectorAll('.review > li')).toHaveLength(course.questions.length);
  expect(results?.shadowRoot?.querySelector('.review li.wrong')?.textContent).toContain('Correct answer');
  expect(results?.shadowRoot?.querySelectorAll('tbody tr').length).toBeGreaterThan(3);
  (results?.shadowRoot?.querySelector('.actions button') as HTMLButtonElement).click();
  await settle(player);
  expect(events.filter((event) => event.type === 'quiz-started').at(-1)).toMatchObject({ attempt: { n: 2 } });
  expect(inView('lms-quiz', '.position')?.textContent).toBe(`Question 1 of ${course.questions.length}`);
});

test('no retake once the attempts limit is used up', async () => {
  const limited = structuredClone(course);
  limited.settings.quiz.attempts = 1;
  const state = emptyLearnerState();
  const attempt = startAttempt(course.questions, course.settings.quiz, 1, 0);
  state.quiz = { used: 1, passed: false, best: 10, last: { ...attempt, score: 10, passed: false } };
  const { player } = await mountPlayer('/quiz', state);
  player.course = limited;
  await settle(player);
  const results = inView('lms-quiz', 'lms-quiz-results');
  expect(results?.shadowRoot?.querySelector('.actions button')).toBeNull();
  expect(results?.shadowRoot?.textContent).toContain('used all your attempts');
});

test('ordering questions move items with Move up / Move down and announce the new position', async () => {
  const state = emptyLearnerState();
  const attempt = startAttempt(course.questions, course.settings.quiz, 1, 0, seededRandom(2));
  const index = attempt.order.findIndex((id) => course.questions.find((question) => question.id === id)?.type === 'ordering');
  for (const id of attempt.order.slice(0, index)) {
    const question = course.questions.find((candidate) => candidate.id === id);
    if (question) attempt.answers[id] = correctResponse(question);
  }
  state.quiz.current = attempt;
  const { player } = await mountPlayer('/quiz', state);
  const texts = () => Array.from(questionRoot().querySelectorAll('.ordering li .text')).map((node) => node.textContent?.trim().split('\n')[0]);
  const before = texts();
  const down = questionRoot().querySelector<HTMLButtonElement>('button.down');
  down?.click();
  await settle(player);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const after = texts();
  expect(after[0]).toBe(before[1]);
  expect(after[1]).toBe(before[0]);
  expect(deepQuery('[role=status]')?.textContent).toContain('position 2 of');
});
