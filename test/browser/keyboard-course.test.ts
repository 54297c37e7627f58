/**
 * The whole course with the keyboard alone: read the lesson, practise a flashcard session and
 * pass the quiz, using only Tab, Shift+Tab, Enter, Space, arrows, digits and typing. The test
 * reads the page to decide which key to press, as a sighted keyboard user would.
 */
import { expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Question } from '../../format/validated-course.ts';
import { courseProgress } from '../../learning/course-progress.ts';
import { activeElement, course, describe, inView, mountPlayer, named, settle, tabTo } from './player-harness.ts';

const press = (keys: string) => userEvent.keyboard(keys);
const frames = async (count = 3) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

async function answerWithKeyboard(question: Question): Promise<void> {
  switch (question.type) {
    case 'single':
    case 'true-false': {
      const wanted = question.type === 'single' ? (question.choices.find((choice) => choice.correct)?.id ?? '') : String(question.answer);
      const radio = await tabTo((element) => element instanceof HTMLInputElement && element.type === 'radio');
      // Arrow keys move the check within the group; the first arrow from an unchecked group checks the next one.
      for (let i = 0; i < 10 && !((activeElement() as HTMLInputElement).checked && (activeElement() as HTMLInputElement).value === wanted); i++) {
        if ((activeElement() as HTMLInputElement).value === wanted) await press(' ');
        else await press('{ArrowDown}');
      }
      expect((activeElement() as HTMLInputElement).value, describe(radio)).toBe(wanted);
      return;
    }
    case 'multiple': {
      const wanted = new Set(question.choices.filter((choice) => choice.correct).map((choice) => choice.id));
      for (let i = 0; i < question.choices.length; i++) {
        const box = (await tabTo((element) => element instanceof HTMLInputElement && element.type === 'checkbox')) as HTMLInputElement;
        if (wanted.has(box.value)) await press(' ');
      }
      return;
    }
    case 'fill-in':
      await tabTo((element) => element instanceof HTMLInputElement && element.type === 'text');
      await press(question.accepted[0] ?? '');
      return;
    case 'matching':
      for (let i = 0; i < question.pairs.length; i++) {
        const select = (await tabTo((element) => element instanceof HTMLSelectElement)) as HTMLSelectElement;
        const pairId = question.pairs.find((pair) => select.id.endsWith(`-${pair.id}`))?.id;
        for (let step = 0; step < 10 && select.value !== pairId; step++) await press('{ArrowDown}');
        expect(select.value).toBe(pairId);
      }
      return;
    case 'ordering':
      for (const [target, item] of question.items.entries()) {
        const current = () =>
          Array.from(inView('lms-quiz', 'lms-quiz-question')?.shadowRoot?.querySelectorAll('.ordering li .text') ?? []).findIndex((node) =>
            node.textContent?.includes(item.text),
          );
        if (current() === target) continue;
        await tabTo(named(`Move up: ${item.text}`));
        while (current() > target) {
          await press('{Enter}');
          await settle();
        }
      }
      return;
  }
}

test('a learner completes the whole course with the keyboard alone', { timeout: 120_000 }, async () => {
  await page.viewport(1024, 768);
  const { player, events } = await mountPlayer('/');

  // Overview → summary.
  await tabTo(named('Start reading'));
  await press('{Enter}');
  await settle(player);
  expect(activeElement()?.tagName).toBe('H1');

  // Read: Tab through the lesson's links; each focus scrolls its section on screen.
  await tabTo((element) => element.tagName === 'SUMMARY', 120);
  await press('{Enter}'); // Open the optional reading too.
  await frames(5);
  await settle(player);
  expect(events.some((event) => event.type === 'section-viewed' && event.lessonViewed)).toBe(true);

  // Flashcards, through the main navigation.
  await tabTo((element) => element.getAttribute('href') === '#/flashcards', 200, true);
  await press('{Enter}');
  await settle(player);
  for (let card = 0; card < course.flashcards.length; card++) {
    await press(card % 2 === 0 ? ' ' : '{Enter}'); // flip
    await settle(player);
    await press('4'); // Easy
    await settle(player);
  }
  expect(inView('lms-flashcard-deck', '.done h2')?.textContent).toContain('Session complete');
  expect(events.filter((event) => event.type === 'card-reviewed')).toHaveLength(course.flashcards.length);

  // Quiz.
  await tabTo((element) => element.getAttribute('href') === '#/quiz', 200, true);
  await press('{Enter}');
  await settle(player);
  await tabTo(named('Start quiz'));
  await press('{Enter}');
  await settle(player);
  for (let k = 0; k < course.questions.length; k++) {
    const quiz = inView('lms-quiz', 'lms-quiz-question') as (HTMLElement & { question?: Question }) | null;
    const question = quiz?.question;
    if (!question) throw new Error(`no question at step ${k}`);
    await answerWithKeyboard(question);
    await settle(player);
    await tabTo(named('Check'));
    await press('{Enter}');
    await settle(player);
    // Focus stays on the same button, now Next or Submit quiz.
    expect(activeElement()?.textContent?.trim()).toMatch(/Next|Submit quiz/);
    await press('{Enter}');
    await settle(player);
  }
  const submitted = events.find((event) => event.type === 'quiz-submitted');
  expect(submitted).toMatchObject({ score: 100, passed: true });
  expect(inView('lms-quiz', 'lms-quiz-results')).not.toBeNull();
  expect(courseProgress(course, player.learnerState).complete).toBe(true);

  const answered = events.filter((event) => event.type === 'question-answered');
  expect(answered).toHaveLength(course.questions.length);
  expect(answered.every((event) => event.type === 'question-answered' && event.correct && event.latencyMs >= 0)).toBe(true);
});
