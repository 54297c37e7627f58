/**
 * The end-to-end tests of one SCORM package of the seed course, shared by the 1.2 and 2004
 * test files: the package `npm run build` writes, unzipped and served by the test LMS (scorm-
 * again in the parent frame, launched the way Moodle launches it), driven in Chromium by a
 * learner who reads the lesson and takes the quiz. Each test asserts what the LMS holds after
 * the learner leaves (the data model as of the last successful Commit/Finish), every value sent
 * through the strict Moodle-style validator, and the lifecycle.
 */
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PackageFormat } from '../../../build-scripts/package/build-packages.ts';
import { decodeLearnerState } from '../../../tracking/core/learner-state-codec.ts';
import { SEED_COURSE } from '../../support/course-copy.ts';
import { buildCoursePackages, type BuiltPackages, type UnzippedPackage } from '../../support/lms-harness/course-packages.ts';
import { firstLaunchData, relaunchData, type ApiCall, type CmiData, type LaunchDisplay, type ScormVersion } from '../../support/lms-harness/launch-data.ts';
import { launchSco, type LmsSession } from '../../support/lms-harness/lms-session.ts';
import { startLmsHarness, type LmsHarness } from '../../support/lms-harness/server.ts';
import { CHROMIUM_ARGS } from '../built-player.ts';
import {
  ELEMENTS,
  FORMATS,
  clockMs,
  describeCall,
  durationMs,
  failedCalls,
  lastSent,
  lifecycleProblems,
  sent,
  storedInteractions,
  storedObjectives,
  validatorProblems,
} from './data-model.ts';
import {
  answerQuestions,
  exitCourse,
  openView,
  playerReady,
  questionPosition,
  readLesson,
  resultScore,
  sectionsMarkedRead,
  shownChoices,
  startQuiz,
} from './learner.ts';
import { ALL_RIGHT, ALL_WRONG, EXPECTED_OBJECTIVES, FIVE_OF_EIGHT, REQUIRED_SECTIONS, SEED_CONCEPTS, SEED_QUESTIONS, type AnswerPlan, type ExpectedObjective } from './seed-quiz.ts';

/** One launch, finished: what the LMS saw and holds. */
export interface FinishedLaunch {
  session: LmsSession;
  calls: ApiCall[];
  stored: CmiData;
  startedAt: number;
  endedAt: number;
}

/** What one quiz run must leave in the LMS. */
interface QuizExpectation {
  plan: AnswerPlan;
  raw: string;
  scaled: string;
  passed: boolean;
  /** 1.2: the status the SCO sends, and the one the LMS holds after LMSFinish (the manifest's mastery score may judge it). */
  status12: { sent: string; stored: string };
  /** 2004. */
  completion: string;
  success: string;
  progress: string;
  objectives: Record<string, ExpectedObjective>;
}

export function defineQuizSuite(format: Extract<PackageFormat, 'scorm12' | 'scorm2004'>): void {
  const version: ScormVersion = format === 'scorm12' ? '1.2' : '2004';
  const names = ELEMENTS[version];
  let built: BuiltPackages | undefined;
  let pkg: UnzippedPackage;
  let harness: LmsHarness;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    built = await buildCoursePackages(SEED_COURSE, [format]);
    pkg = built.packages[format]!;
    harness = await startLmsHarness({ packages: { [format]: pkg.dir } });
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await harness?.close();
    await built?.cleanup();
  });

  /** The objective id the SCO must use for a concept: the manifest's `concept.<id>`; 1.2 writes the dot as `__`. */
  const objectiveId = (concept: string): string => (version === '1.2' ? `concept__${concept}` : `concept.${concept}`);
  /** Moodle's first launch: credit, normal mode, mastery score (1.2), scaled passing score and manifest objectives (2004). */
  const firstLaunch = (): CmiData => firstLaunchData(pkg.manifest, { preloadObjectives: true });
  const relaunch = (stored: CmiData): CmiData => relaunchData(pkg.manifest, stored, { preloadObjectives: true });

  async function launch(initial: CmiData, options: { display?: LaunchDisplay; page?: Page } = {}): Promise<{ session: LmsSession; frame: Frame; startedAt: number }> {
    const startedAt = Date.now();
    const session = await launchSco(
      context,
      harness,
      { version, launchPath: `/package/${format}/${pkg.launch}`, initial, title: format, ...(options.display ? { display: options.display } : {}) },
      { manifest: pkg.manifest, ...(options.page ? { page: options.page } : {}) },
    );
    if (options.display === 'popup') await session.openPopup();
    const frame = await session.sco();
    await playerReady(frame);
    return { session, frame, startedAt };
  }

  /** Presses Exit, waits for the finish, and collects what the LMS holds. */
  async function leaveWithExit(session: LmsSession, frame: Frame, startedAt: number): Promise<FinishedLaunch> {
    await exitCourse(frame);
    await session.waitForCall((call) => call.kind === 'finish', { what: `${version === '1.2' ? 'LMSFinish' : 'Terminate'} after the Exit button` });
    const endedAt = Date.now();
    const finished = { session, calls: await session.calls(), stored: await session.stored(), startedAt, endedAt };
    await session.page.close();
    return finished;
  }

  /** A first launch: read the lesson, take the quiz by the plan, leave with Exit. */
  async function quizRun(plan: AnswerPlan, expectedScore: string): Promise<FinishedLaunch> {
    const { session, frame, startedAt } = await launch(firstLaunch());
    await readLesson(frame);
    await startQuiz(frame);
    await answerQuestions(frame, plan);
    expect(await resultScore(frame)).toBe(`Your score: ${expectedScore}%`);
    return leaveWithExit(session, frame, startedAt);
  }

  const runs = new Map<string, Promise<FinishedLaunch>>();
  /** Each plan is played once per file; later tests reuse the result (a test run alone plays it itself). */
  const runOnce = (key: string, plan: AnswerPlan, score: string): Promise<FinishedLaunch> => {
    if (!runs.has(key)) runs.set(key, quizRun(plan, score));
    return runs.get(key)!;
  };

  /** The common checks on a finished launch: every value valid for Moodle, none refused, the lifecycle kept. */
  function expectCleanSession(run: FinishedLaunch): void {
    expect(validatorProblems(version, run.calls, run.session.config.initial), 'values the strict (Moodle) validator rejects').toEqual([]);
    expect(failedCalls(run.calls), 'calls the LMS answered with an error').toEqual([]);
    expect(lifecycleProblems(run.calls), 'lifecycle').toEqual([]);
  }

  function expectQuizDataModel(run: FinishedLaunch, expected: QuizExpectation): void {
    const { stored, calls } = run;

    // Score: raw 0–100, min 0, max 100; 2004 also scaled (Moodle grades on raw).
    expect({ raw: stored[names.raw], min: stored[names.min], max: stored[names.max] }, 'score').toEqual({ raw: expected.raw, min: '0', max: '100' });
    if (version === '2004') expect(stored['cmi.score.scaled'], 'cmi.score.scaled').toBe(expected.scaled);

    // Status, per the seed course's rule (lesson-viewed-and-quiz-passed, passed-incomplete).
    if (version === '1.2') {
      expect(lastSent(calls, 'cmi.core.lesson_status'), 'the last lesson_status the SCO sent').toBe(expected.status12.sent);
      expect(stored['cmi.core.lesson_status'], 'the lesson_status the LMS holds after LMSFinish').toBe(expected.status12.stored);
    } else {
      // What the SCO sent, and what the LMS holds. They can differ: scorm-again judges
      // success_status from cmi.scaled_passing_score at Terminate, but Moodle's override never
      // fires (it tests a misspelt element), so in Moodle only the sent value counts.
      expect(
        { completion: lastSent(calls, 'cmi.completion_status'), progress: lastSent(calls, 'cmi.progress_measure') },
        'the last completion_status and progress_measure the SCO sent',
      ).toEqual({ completion: expected.completion, progress: expected.progress });
      // Soft, so the rest of the data model is still checked and reported.
      expect.soft(
        lastSent(calls, 'cmi.success_status'),
        `the last cmi.success_status the SCO sent after a submitted quiz scoring ${expected.raw} (Moodle does not judge it from cmi.scaled_passing_score: only the SCO can report it)`,
      ).toBe(expected.success);
      expect.soft(
        { completion: stored['cmi.completion_status'], success: stored['cmi.success_status'], progress: stored['cmi.progress_measure'] },
        'completion_status, success_status, progress_measure the LMS holds',
      ).toEqual({ completion: expected.completion, success: expected.success, progress: expected.progress });
    }

    // One interaction per question, in quiz order, with the version's exact formats.
    const interactions = storedInteractions(version, stored);
    expect(interactions.map((interaction) => interaction.id), 'interaction ids').toEqual(SEED_QUESTIONS.map((question) => question.id));
    SEED_QUESTIONS.forEach((question, index) => {
      const right = expected.plan[index]!;
      const given = right ? question.right : question.wrong;
      const { index: _index, when: _when, latency: _latency, ...record } = interactions[index]!;
      expect(record, `interaction ${index} (${question.id})`).toEqual({
        id: question.id,
        type: question.type,
        objectives: question.concepts.map(objectiveId),
        weighting: '1',
        response: version === '1.2' ? given.response12 : given.response2004,
        patterns: version === '1.2' ? question.pattern12 : question.pattern2004,
        result: right ? 'correct' : version === '1.2' ? 'wrong' : 'incorrect',
        ...(version === '2004' ? { description: question.prompt } : {}),
      });
      // Formats as sent (the LMS may normalise what it stores).
      const latency = lastSent(calls, `cmi.interactions.${index}.latency`) ?? '(not sent)';
      expect(latency, `interaction ${index} latency`).toMatch(FORMATS[version].duration);
      expect(durationMs(latency), `interaction ${index} latency ${latency}`).toBeLessThanOrEqual(run.endedAt - run.startedAt);
      const when = lastSent(calls, `cmi.interactions.${index}.${names.when}`) ?? '(not sent)';
      expect(when, `interaction ${index} ${names.when}`).toMatch(FORMATS[version].when);
      const at = clockMs(version, when, run.startedAt);
      expect(at, `interaction ${index} ${names.when} ${when} within the launch`).toBeGreaterThanOrEqual(run.startedAt - 1_000);
      expect(at, `interaction ${index} ${names.when} ${when} within the launch`).toBeLessThanOrEqual(run.endedAt + 1_000);
    });

    // One objective per tested key concept, with its score and status.
    const objectives = storedObjectives(version, stored);
    const byId = new Map(objectives.map((objective) => [objective.id, objective]));
    expect(new Set(objectives.map((objective) => objective.id)).size, 'objective ids are unique').toBe(objectives.length);
    for (const [concept, want] of Object.entries(expected.objectives)) {
      const objective = byId.get(objectiveId(concept));
      expect(objective, `objective ${objectiveId(concept)} (ids held: ${objectives.map((o) => o.id).join(', ')})`).toBeDefined();
      const { index: _index, id: _id, ...fields } = objective!;
      expect(fields, `objective ${objectiveId(concept)}`).toEqual(
        version === '1.2'
          ? { raw: want.raw, min: '0', max: '100', status: want.passed ? 'passed' : 'failed' }
          : { raw: want.raw, min: '0', max: '100', scaled: want.scaled, success: want.passed ? 'passed' : 'failed', completion: 'completed' },
      );
    }
    // working-phase is tested by no question: no score for it.
    const untested = byId.get(objectiveId('working-phase'));
    if (version === '1.2') expect(untested, 'an objective for the untested concept working-phase').toBeUndefined();
    else expect({ raw: untested?.raw, success: untested?.success }, 'the preloaded, untested working-phase objective').toEqual({ raw: '', success: 'unknown' });
    if (version === '2004') {
      const primary = byId.get('course.therapeutic-relationship');
      expect.soft({ raw: primary?.raw, scaled: primary?.scaled, success: primary?.success }, 'the primary objective (course.therapeutic-relationship)').toEqual({
        raw: expected.raw,
        scaled: expected.scaled,
        success: expected.success,
      });
    }

    // Session time and exit.
    const sessionTime = lastSent(calls, names.sessionTime) ?? '(not sent)';
    expect(sessionTime, names.sessionTime).toMatch(FORMATS[version].duration);
    expect(durationMs(sessionTime), `${names.sessionTime} ${sessionTime}`).toBeGreaterThan(0);
    expect(durationMs(sessionTime), `${names.sessionTime} ${sessionTime}`).toBeLessThanOrEqual(run.endedAt - run.startedAt + 1_000);
    expect(lastSent(calls, names.exit), names.exit).toBe('suspend');
    const finish = calls.findIndex((call) => call.kind === 'finish');
    const exitCall = calls.findLastIndex((call) => call.kind === 'set' && call.element === names.exit);
    const timeCall = calls.findLastIndex((call) => call.kind === 'set' && call.element === names.sessionTime);
    expect(exitCall >= 0 && exitCall < finish && timeCall >= 0 && timeCall < finish, 'exit and session time are set before Finish/Terminate').toBe(true);

    // The quiz result is committed when the quiz is submitted, not only at exit.
    const scoreSet = calls.findIndex((call) => call.kind === 'set' && call.element === names.raw);
    expect(
      calls.some((call, index) => call.kind === 'commit' && call.result === 'true' && index > scoreSet && index < finish),
      'a successful Commit between the score and Finish/Terminate',
    ).toBe(true);

    // Location and suspend data hold where the learner was and everything needed to resume.
    expect(stored[names.location], names.location).toBe('/quiz');
    const decoded = decodeLearnerState(stored[names.suspendData]);
    expect(decoded.ok, `cmi.suspend_data decodes (${decoded.ok ? '' : decoded.detail})`).toBe(true);
    if (decoded.ok) {
      expect(decoded.state.route, 'route in suspend data').toBe('/quiz');
      expect(REQUIRED_SECTIONS.filter((section) => !decoded.state.sections.includes(section)), 'required sections missing from suspend data').toEqual([]);
      expect({ used: decoded.state.quiz.used, passed: decoded.state.quiz.passed, best: decoded.state.quiz.best }, 'quiz progress in suspend data').toEqual({
        used: 1,
        passed: expected.passed,
        best: Number(expected.raw),
      });
    }
    expect(run.stored[names.exit], `${names.exit} the LMS holds`).toBe('suspend');
  }

  describe(`SCORM ${version}: the seed course's package in a real LMS runtime`, { timeout: 120_000 }, () => {
    test('a learner who reads the lesson and answers every question right leaves score 100, passed, and one exact interaction per question', async () => {
      const run = await runOnce('right', ALL_RIGHT, '100');
      expectQuizDataModel(run, {
        plan: ALL_RIGHT,
        raw: '100',
        scaled: '1',
        passed: true,
        status12: { sent: 'passed', stored: 'passed' },
        completion: 'completed',
        success: 'passed',
        progress: '1',
        objectives: EXPECTED_OBJECTIVES.allRight,
      });
      expectCleanSession(run);
    });

    test('a learner who reads the lesson and answers every question wrong leaves score 0, not passed, and every answer recorded as wrong', async () => {
      const run = await runOnce('wrong', ALL_WRONG, '0');
      expectQuizDataModel(run, {
        plan: ALL_WRONG,
        raw: '0',
        scaled: '0',
        passed: false,
        // passed-incomplete: "incomplete" until the rule is met. The manifest carries no mastery
        // score under this policy, so the LMS keeps "incomplete" rather than judging "failed".
        status12: { sent: 'incomplete', stored: 'incomplete' },
        completion: 'incomplete',
        success: 'failed',
        progress: '0.5',
        objectives: EXPECTED_OBJECTIVES.allWrong,
      });
      expectCleanSession(run);
    });

    test('a learner with 5 of 8 right leaves score 62.5, not passed, and per-concept objectives from the questions tagged with each', async () => {
      const run = await runOnce('mixed', FIVE_OF_EIGHT, '63');
      expectQuizDataModel(run, {
        plan: FIVE_OF_EIGHT,
        raw: '62.5',
        scaled: '0.625',
        passed: false,
        status12: { sent: 'incomplete', stored: 'incomplete' },
        completion: 'incomplete',
        success: 'failed',
        progress: '0.5',
        objectives: EXPECTED_OBJECTIVES.fiveOfEight,
      });
      expectCleanSession(run);
    });

    // Only SCORM 2004 has manifest objectives that an LMS may or may not preload.
    const test2004 = version === '2004' ? test : () => undefined;
    test2004(
      'a learner who passes the quiz without reading the lesson, in an LMS that does not preload the manifest objectives, is passed but incomplete, with each concept objective appended once',
      async () => {
        const { session, frame, startedAt } = await launch(firstLaunchData(pkg.manifest, { preloadObjectives: false }));
        await startQuiz(frame);
        await answerQuestions(frame, ALL_RIGHT);
        expect(await resultScore(frame)).toBe('Your score: 100%');
        const run = await leaveWithExit(session, frame, startedAt);
        expectCleanSession(run);
        const objectives = storedObjectives(version, run.stored);
        expect(objectives.map((objective) => objective.id).sort(), 'objective ids').toEqual(
          [...Object.keys(EXPECTED_OBJECTIVES.allRight).map(objectiveId), 'course.therapeutic-relationship'].sort(),
        );
        for (const objective of objectives.filter((candidate) => candidate.id.startsWith('concept.'))) {
          expect([objective.id, objective.raw, objective.success], 'concept objective').toEqual([objective.id, '100', 'passed']);
        }
        expect(run.stored['cmi.score.raw']).toBe('100');
        // Success (mastery: the quiz) and completion (the whole rule) are separate in 2004.
        expect.soft(lastSent(run.calls, 'cmi.success_status'), 'the last cmi.success_status sent after passing the quiz with the lesson unread').toBe('passed');
        expect.soft(lastSent(run.calls, 'cmi.completion_status'), 'the last cmi.completion_status sent with the lesson unread').toBe('incomplete');
        expect.soft(lastSent(run.calls, 'cmi.progress_measure'), 'progress_measure: quiz passed, no lesson section viewed').toBe('0.5');
      },
    );

    test('a learner who leaves mid-quiz is back on the same question of the same attempt after a relaunch, with the answers given and the lesson read', async () => {
      const first = await launch(firstLaunch());
      await readLesson(first.frame);
      await startQuiz(first.frame);
      await answerQuestions(first.frame, ALL_RIGHT, 0, 5);
      expect(await questionPosition(first.frame)).toBe('Question 6 of 8');
      const order = await shownChoices(first.frame);
      const left = await leaveWithExit(first.session, first.frame, first.startedAt);
      expect(left.stored[names.exit], 'exit when leaving mid-quiz').toBe('suspend');
      expect(left.stored[names.location], 'location when leaving mid-quiz').toBe('/quiz');
      expectCleanSession(left);

      const second = await launch(relaunch(left.stored));
      expect(second.session.config.initial[version === '1.2' ? 'cmi.core.entry' : 'cmi.entry']).toBe('resume');
      await expect.poll(() => second.frame.url()).toMatch(/#\/quiz$/);
      await expect.poll(() => questionPosition(second.frame)).toBe('Question 6 of 8');
      expect(await shownChoices(second.frame), 'the choices of question 6 in the same order as before').toEqual(order);
      // Every required section is still marked read the moment the summary opens, before any scrolling.
      await openView(second.frame, 'Summary');
      await second.frame.locator('lms-lesson-view article h1').first().waitFor();
      const read = await sectionsMarkedRead(second.frame);
      expect(REQUIRED_SECTIONS.filter((id) => !read.includes(id)), 'required sections not marked read after the relaunch').toEqual([]);
      await openView(second.frame, 'Quiz');
      // Only questions 6–8 are answered now: a 100 % score proves answers 1–5 survived the relaunch.
      await answerQuestions(second.frame, ALL_RIGHT, 5, 8);
      expect(await resultScore(second.frame)).toBe('Your score: 100%');
      const done = await leaveWithExit(second.session, second.frame, second.startedAt);
      expectCleanSession(done);
      expect(done.stored[names.raw], 'score after the resumed attempt').toBe('100');
      const interactions = storedInteractions(version, done.stored);
      expect(interactions.map((interaction) => interaction.id), 'one interaction per question across both launches').toEqual(SEED_QUESTIONS.map((question) => question.id));
      expect(interactions.map((interaction) => interaction.result)).toEqual(SEED_QUESTIONS.map(() => 'correct'));
      if (version === '1.2') expect(done.stored['cmi.core.lesson_status']).toBe('passed');
      else expect([done.stored['cmi.completion_status'], done.stored['cmi.success_status']]).toEqual(['completed', 'passed']);
    });

    test('after a relaunch and a weaker retake, the recorded status and score are never downgraded and the retake is recorded as new interactions', async () => {
      const passed = await runOnce('right', ALL_RIGHT, '100');
      const second = await launch(relaunch(passed.stored));
      // Back where the learner was: the results of the passed attempt.
      expect(await resultScore(second.frame)).toBe('Your score: 100%');
      await second.frame.getByRole('button', { name: 'Retake quiz', exact: true }).click();
      await answerQuestions(second.frame, ALL_WRONG);
      expect(await resultScore(second.frame)).toBe('Your score: 0%');
      const retaken = await leaveWithExit(second.session, second.frame, second.startedAt);
      expectCleanSession(retaken);
      const { stored, calls } = retaken;

      // Nothing the relaunched session sent lowers what was recorded.
      const statusElements = version === '1.2' ? /^cmi\.core\.lesson_status$/ : /^cmi\.(completion_status|success_status)$/;
      expect(sent(calls, statusElements).filter((call) => !['passed', 'completed'].includes(call.value ?? '')).map(describeCall), 'status values sent after the relaunch').toEqual([]);
      expect(sent(calls, version === '1.2' ? /^cmi\.core\.score\.raw$/ : /^cmi\.score\.(raw|scaled)$/).filter((call) => Number(call.value) < (call.element?.endsWith('scaled') ? 1 : 100)).map(describeCall), 'scores sent after the relaunch').toEqual([]);

      expect(stored[names.raw], 'raw score after a retake scoring 0').toBe('100');
      if (version === '1.2') expect(stored['cmi.core.lesson_status']).toBe('passed');
      else {
        expect({ scaled: stored['cmi.score.scaled'], completion: stored['cmi.completion_status'], success: stored['cmi.success_status'] }).toEqual({
          scaled: '1',
          completion: 'completed',
          success: 'passed',
        });
      }
      for (const concept of Object.keys(EXPECTED_OBJECTIVES.allRight)) {
        const objective = storedObjectives(version, stored).find((candidate) => candidate.id === objectiveId(concept));
        expect([objective?.raw, version === '1.2' ? objective?.status : objective?.success], `objective ${objectiveId(concept)} after the weaker retake`).toEqual(['100', 'passed']);
      }

      // Every answer is an interaction: the first attempt's eight unchanged, the retake's eight after them.
      const before = storedInteractions(version, passed.stored);
      const after = storedInteractions(version, stored);
      expect(after.slice(0, 8), 'the first attempt\'s interactions after the retake').toEqual(before);
      expect(after.slice(8).map((interaction) => [interaction.id, interaction.result]), 'the retake\'s interactions').toEqual(
        SEED_QUESTIONS.map((question) => [question.id, version === '1.2' ? 'wrong' : 'incorrect']),
      );
      const decoded = decodeLearnerState(stored[names.suspendData]);
      expect(decoded.ok && { used: decoded.state.quiz.used, passed: decoded.state.quiz.passed, best: decoded.state.quiz.best }).toEqual({ used: 2, passed: true, best: 100 });
    });
  });

  describe(`SCORM ${version}: finding the API, initializing once and finishing once`, { timeout: 120_000 }, () => {
    test('the Exit button finishes the session once, after initializing once, and nothing is called after it', async () => {
      const run = await runOnce('right', ALL_RIGHT, '100');
      expect(lifecycleProblems(run.calls)).toEqual([]);
      expect(run.calls.filter((call) => call.kind === 'finish').map((call) => call.result)).toEqual(['true']);
    });

    test('closing or navigating away from the LMS page finishes the session through pagehide, once, with exit and session time', async () => {
      for (const leave of ['navigate', 'close'] as const) {
        const { session, frame } = await launch(firstLaunch());
        await openView(frame, 'Summary');
        await frame.locator('lms-lesson-view article h1').first().waitFor();
        if (leave === 'navigate') await session.page.goto('about:blank');
        else await session.page.close({ runBeforeUnload: true });
        await session.waitForCall((call) => call.kind === 'finish', { what: `${version === '1.2' ? 'LMSFinish' : 'Terminate'} from pagehide (${leave})` });
        const calls = await session.calls();
        expect(lifecycleProblems(calls), `lifecycle (${leave})`).toEqual([]);
        expect(validatorProblems(version, calls, session.config.initial), `strict validator (${leave})`).toEqual([]);
        const stored = await session.stored();
        expect(stored[names.exit], `exit (${leave})`).toBe('suspend');
        expect(lastSent(calls, names.sessionTime), `session time (${leave})`).toMatch(FORMATS[version].duration);
        // The lesson is saved under its own route (format/routes.ts), so a relaunch opens that lesson.
        expect(stored[names.location], `location (${leave})`).toBe('/lesson/therapeutic-relationship');
        if (!session.page.isClosed()) await session.page.close();
      }
    });

    test('pressing Exit and then closing the page still finishes only once', async () => {
      const { session, frame } = await launch(firstLaunch());
      await exitCourse(frame);
      await session.waitForCall((call) => call.kind === 'finish', { what: 'finish after Exit' });
      expect(await frame.getByRole('button', { name: 'Exit', exact: true }).isDisabled(), 'the Exit button after exiting').toBe(true);
      await session.page.close({ runBeforeUnload: true });
      const calls = await session.calls();
      expect(lifecycleProblems(calls)).toEqual([]);
      expect(validatorProblems(version, calls, session.config.initial)).toEqual([]);
    });

    test.each(['nested', 'popup'] as const)('finds the API when the LMS puts the course %s (two frames down, or in a window it opened)', async (display) => {
      const { session, frame } = await launch(firstLaunch(), { display });
      expect((await session.callsOf('initialize')).map((call) => call.result), 'Initialize').toEqual(['true']);
      expect(await frame.getByText('Not connected to a learning platform').count(), 'the standalone notice').toBe(0);
      await exitCourse(frame);
      await session.waitForCall((call) => call.kind === 'finish', { what: 'finish after Exit' });
      const calls = await session.calls();
      expect(lifecycleProblems(calls)).toEqual([]);
      expect(validatorProblems(version, calls, session.config.initial)).toEqual([]);
      if (display === 'popup') await frame.page().close();
      await session.page.close();
    });
  });
}
