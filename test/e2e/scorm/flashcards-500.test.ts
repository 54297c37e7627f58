/**
 * SCORM 1.2 allows 4,096 characters of suspend data (SCORM 1.2 RTE, `cmi.suspend_data`,
 * CMIString4096), and Moodle in standards mode enforces it while scorm-again accepts 64,000
 * (docs/lms-behaviour.md). A course with 500 flashcards, all
 * reviewed, holds far more schedule data than fits: every value the package sends must still
 * stay within the limit, with the oldest flashcard history trimmed first.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { LearnerState } from '../../../learning/learner-state.ts';
import { decodeLearnerState, encodeLearnerState } from '../../../tracking/core/learner-state-codec.ts';
import { copyCourse, SEED_COURSE } from '../../support/course-copy.ts';
import { buildCoursePackages, type BuiltPackages } from '../../support/lms-harness/course-packages.ts';
import { firstLaunchData } from '../../support/lms-harness/launch-data.ts';
import { launchSco } from '../../support/lms-harness/lms-session.ts';
import { startLmsHarness, type LmsHarness } from '../../support/lms-harness/server.ts';
import { CHROMIUM_ARGS } from '../built-player.ts';
import { lifecycleProblems, sent, validatorProblems } from './data-model.ts';
import { exitCourse, openView, playerReady } from './learner.ts';

const CARDS = 500;
let courseDir: string;
let built: BuiltPackages | undefined;
let harness: LmsHarness;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  courseDir = await copyCourse(SEED_COURSE);
  const cards = Array.from({ length: CARDS }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    return `  - id: card-${n}\n    front: What does flashcard number ${n} ask about the therapeutic relationship?\n    back: Answer ${n} - the part of the relationship this card is about.\n`;
  });
  await writeFile(path.join(courseDir, 'flashcards.yaml'), `cards:\n${cards.join('\n')}`);
  built = await buildCoursePackages(courseDir, ['scorm12']);
  harness = await startLmsHarness({ packages: { scorm12: built.packages.scorm12!.dir } });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  await built?.cleanup();
});

test('a learner who reviews all 500 flashcards with the keyboard never makes SCORM 1.2 suspend data longer than 4,096 characters', { timeout: 240_000 }, async () => {
  const pkg = built!.packages.scorm12!;
  expect(built!.course.flashcards).toHaveLength(CARDS);
  const session = await launchSco(context, harness, { version: '1.2', launchPath: `/package/scorm12/${pkg.launch}`, initial: firstLaunchData(pkg.manifest) }, { manifest: pkg.manifest });
  const frame = await session.sco();
  await playerReady(frame);
  await openView(frame, 'Flashcards');
  const heading = frame.locator('lms-flashcard-deck h1');
  await heading.click();
  const keyboard = frame.page().keyboard;
  // Reviews spread over weeks, as a real learner's are: the page clock moves on 61 minutes per
  // card (timers keep running), and ratings vary, so the schedules differ from card to card
  // instead of compressing into one repeated pattern. Again/Hard/Good bring a card back later
  // in the session; Easy does not; every card ends with an Easy.
  const start = Date.now();
  const ratings = ['4', '2', '4', '3', '4', '1'];
  let presses = 0;
  const done = frame.locator('lms-flashcard-deck .done h2');
  for (; presses < CARDS * 3 && (presses % 25 !== 0 || !(await done.isVisible())); presses++) {
    await context.clock.setFixedTime(start + presses * 61 * 60_000);
    await keyboard.press(presses % 2 === 0 ? ' ' : 'Enter'); // flip
    await keyboard.press(ratings[presses % ratings.length]!);
  }
  await expect.poll(() => done.textContent()).toBe('Session complete');
  expect(presses, 'flip-and-rate rounds (500 cards, some seen twice)').toBeGreaterThan(CARDS);

  // The state the player holds: far more than 4,096 characters before trimming.
  const state = (await frame.evaluate(() => (document.querySelector('lms-course-player') as unknown as { learnerState: unknown }).learnerState)) as LearnerState;
  expect(Object.keys(state.cards)).toHaveLength(CARDS);
  const untrimmed = encodeLearnerState(state, Number.MAX_SAFE_INTEGER).data.length;
  expect(untrimmed, 'the untrimmed suspend data (so the limit is really exercised)').toBeGreaterThan(4_096);

  await exitCourse(frame);
  await session.waitForCall((call) => call.kind === 'finish', { what: 'LMSFinish after Exit' });
  const calls = await session.calls();
  const suspendData = sent(calls, /^cmi\.suspend_data$/);
  expect(suspendData.length, 'cmi.suspend_data values sent').toBeGreaterThan(0);
  const tooLong = suspendData.filter((call) => (call.value ?? '').length > 4_096).map((call) => `#${call.seq}: ${call.value?.length} characters`);
  expect(tooLong, 'cmi.suspend_data values over 4,096 characters').toEqual([]);

  // What the LMS ends with is a valid, trimmed state: the latest reviews kept, the place kept.
  const stored = await session.stored();
  expect(stored['cmi.suspend_data']!.length).toBeLessThanOrEqual(4_096);
  const decoded = decodeLearnerState(stored['cmi.suspend_data']);
  expect(decoded.ok, decoded.ok ? '' : decoded.detail).toBe(true);
  if (decoded.ok) {
    const kept = Object.keys(decoded.state.cards);
    expect(kept.length, 'card schedules kept').toBeGreaterThan(0);
    expect(kept.length, 'card schedules kept').toBeLessThan(CARDS);
    expect(decoded.state.route).toBe('/flashcards');
  }
  expect(validatorProblems('1.2', calls, session.config.initial), 'values the strict (Moodle) validator rejects').toEqual([]);
  expect(lifecycleProblems(calls)).toEqual([]);
  await session.page.close();
});
