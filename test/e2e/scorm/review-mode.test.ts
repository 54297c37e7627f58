/**
 * Review, browse and no-credit launches record nothing and never tell the learner a result the
 * LMS does not hold. The seed course reporting `passed-failed` on a quiz-only rule (so a failed
 * quiz is a finished attempt, which Moodle then reopens in review mode), in the test LMS:
 * fail the quiz, relaunch in review, retake it as practice and pass it, leave, launch again.
 */
import { rm } from 'node:fs/promises';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applyEdit, copyCourse, SEED_COURSE } from '../../support/course-copy.ts';
import { buildCoursePackages, type BuiltPackages } from '../../support/lms-harness/course-packages.ts';
import { firstLaunchData, relaunchData, type ApiCall, type CmiData, type ScormVersion } from '../../support/lms-harness/launch-data.ts';
import { ELEMENTS, failedCalls, validatorProblems } from './data-model.ts';
import { answerQuestions, openView, resultScore, startQuiz } from './learner.ts';
import { LmsRun } from './lms-run.ts';
import { ALL_RIGHT, ALL_WRONG } from './seed-quiz.ts';

const FORMATS = ['scorm12', 'scorm2004'] as const;
type Format = (typeof FORMATS)[number];
const VERSION: Record<Format, ScormVersion> = { scorm12: '1.2', scorm2004: '2004' };
/** Elements a session that records nothing may still set: its own time and how it ended. */
const SESSION_ONLY = { '1.2': ['cmi.core.exit', 'cmi.core.session_time'], '2004': ['cmi.exit', 'cmi.session_time'] } as const;

const setElements = (calls: readonly ApiCall[]): string[] =>
  [...new Set(calls.filter((call) => call.kind === 'set').map((call) => call.element ?? ''))].sort();

/** Everything the learner can read in the player (text of every view's shadow tree included). */
async function visibleText(frame: Frame): Promise<string> {
  return (await frame.locator('lms-course-player').innerText()).replace(/\s+/g, ' ');
}

describe('sessions that record nothing', () => {
  let courseDir: string;
  let built: BuiltPackages;
  let lms: LmsRun;

  beforeAll(async () => {
    courseDir = await copyCourse(SEED_COURSE);
    await applyEdit(courseDir, { file: 'course.yaml', find: 'completion: lesson-viewed-and-quiz-passed', replace: 'completion: quiz-passed' });
    await applyEdit(courseDir, { file: 'course.yaml', find: 'reportStatus: passed-incomplete', replace: 'reportStatus: passed-failed' });
    built = await buildCoursePackages(courseDir, FORMATS);
    lms = await LmsRun.start({ scorm12: built.packages.scorm12!, scorm2004: built.packages.scorm2004! });
  }, 300_000);

  afterAll(async () => {
    await lms?.close();
    await built?.cleanup();
    if (courseDir) await rm(courseDir, { recursive: true, force: true });
  });

  test.each(FORMATS)('%s: fail, relaunch in review, pass a practice retake: nothing recorded, never "Passed", the failed result stays', async (format) => {
    const version = VERSION[format];
    const names = ELEMENTS[version];
    const pkg = built.packages[format]!;

    // 1. A normal, credited attempt that fails the quiz.
    const first = await lms.launch(format, firstLaunchData(pkg.manifest, { preloadObjectives: true }));
    await startQuiz(first.frame);
    await answerQuestions(first.frame, ALL_WRONG);
    expect(await resultScore(first.frame)).toBe('Your score: 0%');
    const failed = await lms.leave(first);
    expect(failed.stored[names.status]).toBe('failed');
    expect(failed.stored[names.raw]).toBe('0');

    // 2. Moodle reopens a finished attempt in review mode, without credit.
    const initial = relaunchData(pkg.manifest, failed.stored, { mode: 'review' });
    const review = await lms.launch(format, initial);
    const banner = review.frame.locator('lms-course-player .not-recorded');
    await expect.poll(() => banner.innerText()).toContain('Review: nothing is recorded');
    expect(await banner.innerText()).toContain('Recorded result: 0%, not passed.');
    expect(await banner.innerText()).toContain('“Start a new attempt”');
    await openView(review.frame, 'Overview');
    expect((await review.frame.locator('lms-course-overview #quiz-progress + p').innerText()).trim()).toBe('Recorded result: 0%, not passed.');
    expect(await review.frame.getByRole('link', { name: 'Practise quiz', exact: true }).count()).toBe(1);

    // 3. The results page shows the LMS's result; a practice retake that passes is only practice.
    await openView(review.frame, 'Quiz');
    expect((await review.frame.locator('lms-quiz-results .verdict').innerText()).trim()).toBe('Recorded result: 0%, not passed.');
    await review.frame.getByRole('button', { name: 'Practise again', exact: true }).click();
    await answerQuestions(review.frame, ALL_RIGHT);
    expect(await resultScore(review.frame)).toBe('Practice score: 100% (not recorded)');
    expect((await review.frame.locator('lms-quiz-results .verdict').innerText()).trim()).toBe('Recorded result: 0%, not passed.');
    await openView(review.frame, 'Overview');
    const text = await visibleText(review.frame);
    expect(text).not.toMatch(/\bPassed\b/);
    expect(text).not.toContain('Course complete');
    const reviewed = await lms.leave(review);

    // Nothing but the session's own time and exit was sent, and the LMS holds what it held.
    expect(setElements(reviewed.calls)).toEqual([...SESSION_ONLY[version]].sort());
    expect(failedCalls(reviewed.calls)).toEqual([]);
    expect(validatorProblems(version, reviewed.calls, initial)).toEqual([]);
    for (const element of [names.status, names.raw, names.suspendData, names.location]) {
      expect(reviewed.stored[element], element).toBe(failed.stored[element]);
    }
    const interactionKeys = (data: CmiData) => Object.keys(data).filter((key) => key.startsWith('cmi.interactions.')).sort();
    expect(interactionKeys(reviewed.stored)).toEqual(interactionKeys(failed.stored));

    // 4. The next launch still shows the failed result.
    const next = await lms.launch(format, relaunchData(pkg.manifest, reviewed.stored));
    await openView(next.frame, 'Quiz');
    expect(await resultScore(next.frame)).toBe('Your score: 0%');
    expect((await next.frame.locator('lms-quiz-results .verdict').innerText()).trim()).toBe('Not passed yet. The passing score is 80%.');
    await next.session.page.close();
  }, 180_000);

  test.each(FORMATS)('%s: a no-credit launch records nothing and shows its quiz only as practice', async (format) => {
    const version = VERSION[format];
    const names = ELEMENTS[version];
    const pkg = built.packages[format]!;
    const initial = { ...firstLaunchData(pkg.manifest, { preloadObjectives: true }), [version === '1.2' ? 'cmi.core.credit' : 'cmi.credit']: 'no-credit' };
    const launched = await lms.launch(format, initial);
    const { frame } = launched;
    await expect.poll(() => frame.locator('lms-course-player .not-recorded .title').innerText()).toBe('No credit: nothing is recorded');
    expect(await frame.locator('lms-course-player .not-recorded').innerText()).toContain('No result is recorded yet.');
    await openView(frame, 'Quiz');
    await frame.getByRole('button', { name: 'Practise quiz', exact: true }).click();
    await answerQuestions(frame, ALL_RIGHT);
    expect(await resultScore(frame)).toBe('Practice score: 100% (not recorded)');
    expect(await visibleText(frame)).not.toMatch(/\bPassed\b/);
    const { stored, calls } = await lms.leave(launched);
    // Beyond its own time and exit, the session only marks the attempt started (the status an
    // LMS sets on any launch); no score, verdict, answer or saved state.
    const launchStatus = version === '1.2' ? { 'cmi.core.lesson_status': 'incomplete' } : { 'cmi.completion_status': 'incomplete', 'cmi.progress_measure': '0' };
    expect(setElements(calls)).toEqual([...SESSION_ONLY[version], ...Object.keys(launchStatus)].sort());
    for (const [element, value] of Object.entries(launchStatus)) expect(stored[element], element).toBe(value);
    expect(failedCalls(calls)).toEqual([]);
    expect(stored[names.raw] ?? '').toBe('');
    expect(stored[names.suspendData] ?? '').toBe('');
    expect(Object.keys(stored).filter((key) => key.startsWith('cmi.interactions.'))).toEqual([]);
  }, 120_000);
});
