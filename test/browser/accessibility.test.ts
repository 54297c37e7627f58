/**
 * axe-core (WCAG 2.0/2.1 A and AA) on every view and state the issue lists: overview, lesson
 * with a term popover open, flashcard front and back, each question type before and after
 * feedback, results and the glossary.
 */
import { describe as suite, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { correctResponse } from '../../learning/answer-check.ts';
import { emptyLearnerState, type LearnerState } from '../../learning/learner-state.ts';
import { startAttempt } from '../../learning/quiz-attempt.ts';
import { scoreAttempt } from '../../learning/scoring.ts';
import { axeViolations, course, deepQuery, inView, mountPlayer, seededRandom, settle } from './player-harness.ts';

function attemptState(answeredBefore: number): LearnerState {
  const state = emptyLearnerState();
  const attempt = startAttempt(course.questions, course.settings.quiz, 1, Date.now(), seededRandom(7));
  for (const id of attempt.order.slice(0, answeredBefore)) {
    const question = course.questions.find((candidate) => candidate.id === id);
    if (question) attempt.answers[id] = correctResponse(question);
  }
  state.quiz.current = attempt;
  return state;
}

suite('axe finds no WCAG 2.1 AA violations', () => {
  test('on the overview', async () => {
    await mountPlayer('/');
    expect(await axeViolations()).toEqual([]);
  });

  test('on the lesson, with a term popover open', async () => {
    const { player } = await mountPlayer('/lesson');
    expect(await axeViolations()).toEqual([]);
    const term = inView<HTMLAnchorElement>('lms-lesson-view', 'a.lms-term');
    expect(term).not.toBeNull();
    term?.click();
    await settle(player);
    const popover = deepQuery('[popover]');
    expect(popover?.matches(':popover-open')).toBe(true);
    expect(await axeViolations()).toEqual([]);
    const extra = inView<HTMLDetailsElement>('lms-lesson-view', 'details.lms-extra');
    expect(extra?.open).toBe(false);
  });

  test('on a flashcard, front and back', async () => {
    const { player } = await mountPlayer('/flashcards');
    expect(await axeViolations()).toEqual([]);
    await userEvent.keyboard(' ');
    await settle(player);
    expect(deepQuery('.card.flipped')).not.toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  for (const [index, id] of attemptState(0).quiz.current?.order.entries() ?? []) {
    const question = course.questions.find((candidate) => candidate.id === id);
    test(`on a ${question?.type} question, before and after feedback`, async () => {
      const { player } = await mountPlayer('/quiz', attemptState(index));
      const heading = inView('lms-quiz', '.position');
      expect(heading?.textContent).toContain(`Question ${index + 1} of`);
      expect(await axeViolations()).toEqual([]);
      // Answer with whatever the control offers first, then Check.
      const first = deepQuery<HTMLInputElement>('lms-quiz-question input, lms-quiz-question select');
      const control = deepQuery<HTMLInputElement | HTMLSelectElement>('input, select', inView('lms-quiz', 'lms-quiz-question')?.shadowRoot ?? document);
      void first;
      if (control instanceof HTMLInputElement && control.type === 'text') await userEvent.type(control, 'therapeutic alliance');
      else if (control instanceof HTMLInputElement) await userEvent.click(control);
      else if (control instanceof HTMLSelectElement) {
        for (const select of Array.from(control.getRootNode() instanceof ShadowRoot ? (control.getRootNode() as ShadowRoot).querySelectorAll('select') : [])) {
          await userEvent.selectOptions(select, select.options[1]?.value ?? '');
        }
      }
      await userEvent.click(inView('lms-quiz', 'button[type=submit]') as HTMLElement);
      await settle(player);
      expect(inView('lms-quiz-question', '.feedback') ?? deepQuery('.feedback')).not.toBeNull();
      expect(await axeViolations()).toEqual([]);
    });
  }

  test('on the results', async () => {
    const state = attemptState(course.questions.length);
    const attempt = state.quiz.current;
    if (!attempt) throw new Error('no attempt');
    attempt.answers[attempt.order[0] ?? ''] = { type: 'single', choice: 'independence' };
    const outcome = scoreAttempt(course.questions, attempt.answers, course.settings.quiz);
    state.quiz = { used: 1, passed: outcome.passed, best: outcome.score, last: { ...attempt, score: outcome.score, passed: outcome.passed } };
    await mountPlayer('/quiz', state);
    expect(inView('lms-quiz', 'lms-quiz-results')).not.toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  test('on the glossary, whole and filtered', async () => {
    const { player } = await mountPlayer('/concepts');
    expect(await axeViolations()).toEqual([]);
    const filter = inView<HTMLInputElement>('lms-concept-glossary', 'input');
    if (!filter) throw new Error('no filter box');
    await userEvent.type(filter, 'empathy');
    await settle(player);
    expect(await axeViolations()).toEqual([]);
  });
});
