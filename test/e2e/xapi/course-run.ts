/**
 * A learner in the xAPI or cmi5 package, opened as the LMS opens it (the launch URL in its own
 * tab), reusing the SCORM tests' learner (test/e2e/scorm/learner.ts) on the page's main frame.
 * @packageDocumentation
 */
import type { Statement } from '@xapi/xapi';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TestLrs } from '../../support/lrs/test-lrs.ts';
import { answerQuestions, exitCourse, openView, playerReady, resultScore, sectionsMarkedRead, startQuiz } from '../scorm/learner.ts';
import { REQUIRED_SECTIONS, type AnswerPlan } from '../scorm/seed-quiz.ts';

/** The player's banners (components/i18n/terms.ts `notSavedYet`, `keptInBrowser`). */
export const NOT_SAVED = 'Your result has not been saved yet — keep this window open.';
export const KEPT_IN_BROWSER = 'Your result could not be sent to the learning platform yet. It is kept in this browser and will be sent the next time you open this course here.';


export interface OpenCourse {
  page: Page;
  frame: Frame;
}

export async function openCourse(context: BrowserContext, url: string): Promise<OpenCourse> {
  const page = await context.newPage();
  await page.goto(url);
  const frame = page.mainFrame();
  await playerReady(frame);
  return { page, frame };
}

/** Reviews `count` flashcards with the keyboard: flip (Space), rate Good (3). */
export async function reviewCards(frame: Frame, count: number): Promise<void> {
  await openView(frame, 'Flashcards');
  await frame.locator('lms-flashcard-deck h1').click();
  const keyboard = frame.page().keyboard;
  for (let card = 0; card < count; card++) {
    await keyboard.press(' ');
    await keyboard.press('3');
  }
}

/**
 * Pages through the whole lesson with PageDown, as test/e2e/scorm/learner.ts `readLesson` does,
 * but stops only once the page has not moved for three presses in a row: on a busy machine one
 * press can take longer than a check to scroll. Returns the sections the contents list then
 * marks read (the optional "stages" among them when it came on screen).
 */
export async function readWholeLesson(frame: Frame): Promise<string[]> {
  await openView(frame, 'Summary');
  const heading = frame.locator('lms-lesson-view article h1').first();
  await heading.waitFor();
  await heading.click();
  const keyboard = frame.page().keyboard;
  let previous = -1;
  for (let press = 0, still = 0; press < 80 && still < 3; press++) {
    await keyboard.press('PageDown');
    await frame.waitForTimeout(150);
    const y = await frame.evaluate(() => Math.round(scrollY));
    still = y === previous ? still + 1 : 0;
    previous = y;
  }
  const required = async (): Promise<string[]> => (await sectionsMarkedRead(frame)).filter((id) => (REQUIRED_SECTIONS as readonly string[]).includes(id)).sort();
  await expect.poll(required, { timeout: 10_000 }).toEqual([...REQUIRED_SECTIONS].sort());
  return sectionsMarkedRead(frame);
}

/** Lesson, two flashcards, the quiz by the plan (checking the score shown), then Exit. Returns the sections read. */
export async function completeCourse(frame: Frame, plan: AnswerPlan, score: string): Promise<string[]> {
  const read = await readWholeLesson(frame);
  await reviewCards(frame, 2);
  await startQuiz(frame);
  await answerQuestions(frame, plan);
  expect(await resultScore(frame)).toBe(`Your score: ${score}%`);
  await exitCourse(frame);
  return read;
}

/** The short verb name (`…/verbs/answered` → `answered`). */
export const verbOf = (statement: Statement): string => statement.verb.id.split('/').pop() ?? statement.verb.id;

/** Waits until the LRS holds `count` `terminated` statements for the registration, then returns all its statements. */
export async function statementsAfterExit(lrs: TestLrs, registration: string, count = 1): Promise<Statement[]> {
  const terminated = async (): Promise<number> => (await lrs.statements(registration)).filter((statement) => verbOf(statement) === 'terminated').length;
  try {
    await expect.poll(terminated, { timeout: 30_000, interval: 250 }).toBeGreaterThanOrEqual(count);
  } catch (error) {
    // Say what the LRS has and what the course last asked of it.
    const stored = (await lrs.statements(registration)).map(verbOf).join(' ');
    const asked = lrs
      .requests()
      .slice(-12)
      .map((request) => `${request.method} ${request.target} ${request.status}${request.fault ? ` (${request.fault})` : ''} [${request.statementIds.length}]`)
      .join('; ');
    throw new Error(`no ${count} terminated statement(s) for ${registration}. Stored: ${stored}. Last requests: ${asked}`, { cause: error });
  }
  return lrs.statements(registration);
}

/** The banner's text, or '' when there is none. */
export async function bannerText(frame: Frame): Promise<string> {
  const region = frame.locator('lms-course-player [role="alert"]');
  return ((await region.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}
