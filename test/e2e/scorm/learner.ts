/**
 * A learner in the built player, inside the test LMS's SCO frame: navigates with the course
 * menu, reads the lesson by paging down with the keyboard, answers quiz questions with clicks,
 * typing and selects, and presses Check, Next, Submit and Exit. Everything goes through real
 * input events (playwright-core), never by setting state in the page.
 */
import { expect } from 'vitest';
import type { Frame } from 'playwright-core';
import { REQUIRED_SECTIONS, SEED_QUESTIONS, type AnswerAction, type AnswerPlan } from './seed-quiz.ts';

/** The course menu's links: the reading part is "Summary" in the seed course (its `terms:`), "Lessons" by default. */
export type ViewLink = 'Overview' | 'Summary' | 'Lessons' | 'Flashcards' | 'Quiz' | 'Key concepts';

/** Waits until the player has rendered in the frame. */
export async function playerReady(frame: Frame): Promise<void> {
  await frame.locator('lms-course-player main').waitFor();
}

/** Clicks a link of the course menu. */
export async function openView(frame: Frame, link: ViewLink): Promise<void> {
  await frame.getByRole('navigation', { name: 'Course' }).getByRole('link', { name: link, exact: true }).click();
}

/** The section ids the lesson's contents list marks as read. */
export async function sectionsMarkedRead(frame: Frame): Promise<string[]> {
  const hrefs = await frame.locator('lms-lesson-view nav a:has(.status)').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  // Contents links are `#/lesson/<lesson-id>/<section-id>` (format/routes.ts).
  return hrefs.map((href) => decodeURIComponent(href.split('/').pop() ?? ''));
}

/**
 * Opens the summary and pages through it with PageDown until the end, so every section comes
 * on screen; then checks the contents list marks every required section as read. It stops once
 * the page has not moved for three presses in a row: on a busy machine one press can take longer
 * than a check to scroll.
 */
export async function readLesson(frame: Frame): Promise<void> {
  await openView(frame, 'Summary');
  const heading = frame.locator('lms-lesson-view article h1').first();
  await heading.waitFor();
  // Focus inside the frame, so the keys scroll its document.
  await heading.click();
  const keyboard = frame.page().keyboard;
  // Until the end of the page: on a loaded machine a smooth scroll may not have moved yet after
  // one wait, so an unchanged scroll position alone does not mean the end was reached.
  for (let press = 0; press < 60; press++) {
    await keyboard.press('PageDown');
    await frame.waitForTimeout(120);
    const atEnd = await frame.evaluate(() => Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight);
    if (atEnd) break;
  }
  await expect.poll(async () => (await sectionsMarkedRead(frame)).filter((id) => (REQUIRED_SECTIONS as readonly string[]).includes(id)).sort(), { timeout: 5_000 }).toEqual([...REQUIRED_SECTIONS].sort());
}

async function currentOrder(frame: Frame): Promise<string[]> {
  return (await frame.locator('lms-quiz-question .ordering li .text').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
}

/** Gives an answer on the current question screen. */
export async function answer(frame: Frame, action: AnswerAction): Promise<void> {
  switch (action.kind) {
    case 'radio':
      await frame.getByRole('radio', { name: action.label, exact: true }).check();
      return;
    case 'checkboxes':
      for (const label of action.labels) await frame.getByRole('checkbox', { name: label, exact: true }).check();
      return;
    case 'type': {
      await frame.getByRole('textbox').click();
      await frame.page().keyboard.type(action.text);
      return;
    }
    case 'match':
      for (const [left, right] of action.picks) await frame.getByRole('combobox', { name: left, exact: true }).selectOption({ label: right });
      return;
    case 'order':
      for (const [target, text] of action.texts.entries()) {
        for (let moves = 0; moves < action.texts.length; moves++) {
          const index = (await currentOrder(frame)).findIndex((item) => item === text);
          if (index === -1) throw new Error(`no ordering item "${text}" in ${JSON.stringify(await currentOrder(frame))}`);
          if (index <= target) break;
          await frame.getByRole('button', { name: `Move up: ${text}`, exact: true }).click();
        }
      }
      expect(await currentOrder(frame)).toEqual(action.texts);
      return;
  }
}

/** The "Question k of n" line of the current screen. */
export function questionPosition(frame: Frame): Promise<string> {
  return frame.locator('lms-quiz .position').innerText();
}

/** The option labels of the current choice question, in the order shown. */
export async function shownChoices(frame: Frame): Promise<string[]> {
  return (await frame.locator('lms-quiz-question .options .option .text').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
}

/**
 * Answers question `index` (0-based, quiz order) of the attempt on screen: checks the screen
 * shows it, answers, presses Check, waits for the feedback, then presses Next or Submit quiz.
 */
export async function answerQuestion(frame: Frame, index: number, right: boolean): Promise<void> {
  const question = SEED_QUESTIONS[index]!;
  await expect.poll(() => questionPosition(frame)).toBe(`Question ${index + 1} of ${SEED_QUESTIONS.length}`);
  await answer(frame, right ? question.right.action : question.wrong.action);
  await frame.getByRole('button', { name: 'Check', exact: true }).click();
  await frame.locator('lms-quiz-question .feedback').waitFor();
  const last = index === SEED_QUESTIONS.length - 1;
  await frame.getByRole('button', { name: last ? 'Submit quiz' : 'Next', exact: true }).click();
}

/** Opens the quiz and starts (or retakes) an attempt. */
export async function startQuiz(frame: Frame, button: 'Start quiz' | 'Retake quiz' = 'Start quiz'): Promise<void> {
  await openView(frame, 'Quiz');
  await frame.getByRole('button', { name: button, exact: true }).click();
}

/** Answers questions `from`..`to-1` of the attempt on screen by the plan. */
export async function answerQuestions(frame: Frame, plan: AnswerPlan, from = 0, to = plan.length): Promise<void> {
  for (let index = from; index < to; index++) await answerQuestion(frame, index, plan[index]!);
}

/** The score line of the results screen as the learner reads it, e.g. "Your score: 63%" for 62.5 (the LMS gets 62.5). */
export async function resultScore(frame: Frame): Promise<string> {
  const score = frame.locator('lms-quiz-results .score');
  await score.waitFor();
  return (await score.innerText()).trim();
}

/** Presses the player's Exit button. */
export async function exitCourse(frame: Frame): Promise<void> {
  await frame.getByRole('button', { name: 'Exit', exact: true }).click();
}
