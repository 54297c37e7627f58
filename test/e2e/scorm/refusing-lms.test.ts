/**
 * An LMS that refuses to save (SetValue and Commit answer "false" with an error code, as
 * Moodle's do when its datamodel.php request fails): the learner is told plainly ("Your result
 * has not been saved yet", with Retry) instead of losing answers silently, and once the LMS
 * works again every refused answer arrives, once.
 */
import { chromium, type Browser, type BrowserContext, type Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SEED_COURSE } from '../../support/course-copy.ts';
import { buildCoursePackages, type BuiltPackages } from '../../support/lms-harness/course-packages.ts';
import { firstLaunchData, relaunchData, type CmiData, type ScormVersion } from '../../support/lms-harness/launch-data.ts';
import { launchSco, type LmsSession } from '../../support/lms-harness/lms-session.ts';
import { startLmsHarness, type LmsHarness } from '../../support/lms-harness/server.ts';
import { CHROMIUM_ARGS } from '../built-player.ts';
import { ELEMENTS, lifecycleProblems, storedInteractions, validatorProblems } from './data-model.ts';
import { answerQuestion, answerQuestions, exitCourse, playerReady, resultScore, startQuiz } from './learner.ts';
import { ALL_RIGHT, SEED_QUESTIONS } from './seed-quiz.ts';

let built: BuiltPackages | undefined;
let harness: LmsHarness;
let browser: Browser;

beforeAll(async () => {
  built = await buildCoursePackages(SEED_COURSE, ['scorm12', 'scorm2004']);
  harness = await startLmsHarness({ packages: { scorm12: built.packages.scorm12!.dir, scorm2004: built.packages.scorm2004!.dir } });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  await built?.cleanup();
});

const formatOf = (version: ScormVersion) => (version === '1.2' ? 'scorm12' : 'scorm2004');
const NOT_SAVED = 'has not been saved yet';

async function launch(context: BrowserContext, version: ScormVersion, initial?: CmiData): Promise<{ session: LmsSession; frame: Frame }> {
  const pkg = built!.packages[formatOf(version)]!;
  const session = await launchSco(
    context,
    harness,
    { version, launchPath: `/package/${formatOf(version)}/${pkg.launch}`, initial: initial ?? firstLaunchData(pkg.manifest, { preloadObjectives: true }) },
    { manifest: pkg.manifest },
  );
  const frame = await session.sco();
  await playerReady(frame);
  return { session, frame };
}

/** The stored interactions as `[id, response, result]`. */
function answersHeld(version: ScormVersion, stored: CmiData): [string, string, string][] {
  return storedInteractions(version, stored).map((interaction) => [interaction.id, interaction.response, interaction.result]);
}

const expectedAnswers = (version: ScormVersion, count: number): [string, string, string][] =>
  SEED_QUESTIONS.slice(0, count).map((question) => [question.id, version === '1.2' ? question.right.response12 : question.right.response2004, 'correct']);

describe.each(['1.2', '2004'] as const)('SCORM %s: a refusing LMS', (version) => {
  test('the learner sees "not saved yet" with Retry while the LMS refuses, and after Retry every refused answer is stored, once', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { session, frame } = await launch(context, version);
    await startQuiz(frame);
    await session.refuse({ setValue: true, commit: true });
    await answerQuestion(frame, 0, true);
    await answerQuestion(frame, 1, true);
    const banner = frame.getByRole('alert');
    await expect.poll(() => banner.innerText(), { timeout: 15_000 }).toContain(NOT_SAVED);
    const retry = banner.getByRole('button', { name: 'Retry', exact: true });
    expect(await retry.isVisible(), 'the Retry button').toBe(true);
    expect((await session.calls()).filter((call) => call.refused).length, 'calls the LMS refused').toBeGreaterThan(0);
    expect(answersHeld(version, await session.stored()), 'answers stored while the LMS refuses').toEqual([]);

    await session.recover();
    await retry.click();
    await expect.poll(async () => answersHeld(version, await session.stored()), { timeout: 15_000 }).toEqual(expectedAnswers(version, 2));
    await expect.poll(() => banner.innerText()).not.toContain(NOT_SAVED);

    // Finishing normally afterwards: every answer held exactly once.
    await answerQuestions(frame, ALL_RIGHT, 2, 8);
    expect(await resultScore(frame)).toBe('Your score: 100%');
    await exitCourse(frame);
    await session.waitForCall((call) => call.kind === 'finish', { what: 'finish after Exit' });
    const stored = await session.stored();
    expect(answersHeld(version, stored), 'interactions after finishing').toEqual(expectedAnswers(version, 8));
    expect(stored[ELEMENTS[version].raw]).toBe('100');
    const calls = await session.calls();
    expect(validatorProblems(version, calls, session.config.initial), 'values the strict (Moodle) validator rejects, refused ones included').toEqual([]);
    expect(lifecycleProblems(calls)).toEqual([]);
    await context.close();
  });

  // The retry machinery is shared by both versions (tracking/scorm/scorm-tracker.ts), and this
  // case waits for the debounced commit: one version is enough.
  const oneVersion = version === '2004' ? test : () => undefined;
  oneVersion('without Retry, the next commit after the LMS recovers stores the refused answer', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { session, frame } = await launch(context, version);
    await startQuiz(frame);
    await session.refuse({ setValue: true, commit: true });
    await answerQuestion(frame, 0, true);
    await expect.poll(() => frame.getByRole('alert').innerText(), { timeout: 15_000 }).toContain(NOT_SAVED);
    await session.recover();
    await answerQuestion(frame, 1, true);
    // Both answers, each once; the refused one may arrive after the later one.
    await expect.poll(async () => answersHeld(version, await session.stored()).sort(), { timeout: 20_000 }).toEqual(expectedAnswers(version, 2).sort());
    await expect.poll(() => frame.getByRole('alert').innerText()).not.toContain(NOT_SAVED);
    const calls = await session.calls();
    expect(validatorProblems(version, calls, session.config.initial)).toEqual([]);
    await context.close();
  });
});

test('SCORM 1.2: when the LMS refuses even at exit, the learner is told the result is kept in this browser, and the next launch delivers it', { timeout: 120_000 }, async () => {
  const version = '1.2';
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const first = await launch(context, version);
  await startQuiz(first.frame);
  await first.session.refuse({ setValue: true, commit: true, finish: true });
  await answerQuestion(first.frame, 0, true);
  await exitCourse(first.frame);
  await expect.poll(() => first.frame.getByRole('alert').innerText(), { timeout: 15_000 }).toContain('kept in this browser');
  expect(answersHeld(version, await first.session.stored()), 'answers stored by the refusing LMS').toEqual([]);
  const stored = await first.session.stored();
  await first.session.page.close();

  // Next launch in the same browser, the LMS working again (it holds what it stored before).
  const pkg = built!.packages.scorm12!;
  const second = await launch(context, version, relaunchData(pkg.manifest, stored));
  await expect.poll(async () => answersHeld(version, await second.session.stored()), { timeout: 20_000 }).toEqual(expectedAnswers(version, 1));
  expect(validatorProblems(version, await second.session.calls(), second.session.config.initial)).toEqual([]);
  await context.close();
});
