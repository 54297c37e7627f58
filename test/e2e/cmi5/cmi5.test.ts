/**
 * The cmi5 package end to end: built as `npm run build` builds it, launched in Chromium as a cmi5
 * LMS launches an AU (test/support/lrs: LMS.LaunchData and learner preferences in the State and
 * Agent Profile APIs, a one-time fetch URL, the `launched` statement), completed by a learner,
 * and judged by the statements read back from the real LRS against the cmi5 rules (cmi5-rules.ts):
 * moveOn, the masteryScore from LaunchData winning over the course's, Browse mode, returnURL, a
 * reload of the same launch, and an expired token.
 */
import type { Statement } from '@xapi/xapi';
import { describe, expect, test } from 'vitest';
import type { MoveOn } from '../../support/lrs/cmi5-vocabulary.ts';
import { useLrsCourse } from '../../support/lrs/course-fixture.ts';
import { statementProblems } from '../../support/lrs/statement-validation.ts';
import type { Cmi5Launch, Cmi5LaunchOptions } from '../../support/lrs/test-lrs.ts';
import { answerQuestions, exitCourse, openView, readLesson, resultScore, startQuiz } from '../scorm/learner.ts';
import { ALL_RIGHT, ALL_WRONG, FIVE_OF_EIGHT, type AnswerPlan } from '../scorm/seed-quiz.ts';
import { KEPT_IN_BROWSER, bannerText, completeCourse, openCourse, reviewCards, statementsAfterExit, verbOf, type OpenCourse } from '../xapi/course-run.ts';
import { answerRecords, conceptScores, courseScore, deliveryProblems, expectedAnswers, expectedConceptScores, fullRunVerbs } from '../xapi/statement-checks.ts';
import { cmi5Problems, registrationProblems, sessionStatements } from './cmi5-rules.ts';

const fx = useLrsCourse(['cmi5']);

const au = () => fx.pkg('cmi5');
const RETURN_URL = 'http://127.0.0.1:9/lms/course-page?back=1';

async function launch(options: Omit<Cmi5LaunchOptions, 'packageUrl' | 'auId'> = {}): Promise<OpenCourse & { launch: Cmi5Launch }> {
  const prepared = await fx.lrs.prepareCmi5Launch({ packageUrl: fx.packageUrl('cmi5'), auId: au().activityId, moveOn: au().moveOn!, masteryScore: au().masteryScore!, ...options });
  const context = await fx.newContext({ viewport: { width: 1280, height: 900 } });
  // The return URL is on no server: the test only needs to see the AU navigate there.
  await context.route('http://127.0.0.1:9/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>LMS</title><p>Back in the LMS</p>' }));
  return { ...(await openCourse(context, prepared.url)), launch: prepared };
}

/** A complete run by the plan; returns the session's statements after checking the cmi5 rules. */
async function fullRun(options: Omit<Cmi5LaunchOptions, 'packageUrl' | 'auId'>, plan: AnswerPlan, score: string, mastery: number): Promise<{ all: Statement[]; session: Statement[]; launch: Cmi5Launch; read: string[] }> {
  const run = await launch({ returnURL: RETURN_URL, ...options });
  const read = await completeCourse(run.frame, plan, score);
  // cmi5 spec §10.2.6: on exit the AU goes to returnURL.
  await expect.poll(() => run.page.url(), { timeout: 15_000 }).toBe(RETURN_URL);
  const all = await statementsAfterExit(fx.lrs, run.launch.registration);
  const session = sessionStatements(all, run.launch);
  expect(all[0]!.id, 'the LMS `launched` comes first').toBe(run.launch.launchedStatementId);
  expect(cmi5Problems(session, run.launch, au().activityId, mastery), 'cmi5 rules').toEqual([]);
  expect(registrationProblems(all), 'cmi5 per-registration rules').toEqual([]);
  expect(statementProblems(all), 'statements xapi-validation rejects').toEqual([]);
  expect(deliveryProblems(all), 'duplicates and out-of-order statements').toEqual([]);
  expect(all.length, 'every statement is the launched one or from this session').toBe(session.length + 1);
  expect(fx.lrs.requests().filter((request) => request.url.includes(run.launch.fetchId)).map((request) => [request.method, request.status]), 'the fetch URL is called once, with POST').toEqual([['POST', 200]]);
  return { all, session, launch: run.launch, read };
}

describe('Normal mode', () => {
  test('moveOn CompletedAndPassed, all right: initialized, passed with the course mastery score, completed, terminated; then returnURL', { timeout: 150_000 }, async () => {
    const { session, launch: first, read } = await fullRun({ moveOn: 'CompletedAndPassed' }, ALL_RIGHT, '100', 0.8);
    expect(session.map(verbOf)).toEqual(fullRunVerbs(read, ['passed', 'completed', 'terminated']));
    const passed = session.find((statement) => verbOf(statement) === 'passed')!;
    expect(passed.result?.score).toEqual(courseScore(ALL_RIGHT));
    expect(answerRecords(session, au().courseId!)).toEqual(expectedAnswers(ALL_RIGHT));
    expect(conceptScores(session, au().courseId!)).toEqual(expectedConceptScores(ALL_RIGHT, 'allRight'));

    // A second session of the same registration, in another browser: the learner retakes the quiz
    // and fails it. cmi5 spec §9.3: one passed and one completed per registration, no failed after passed.
    const again = await launch({ registration: first.registration, returnURL: RETURN_URL });
    await openView(again.frame, 'Quiz');
    await again.frame.getByRole('button', { name: /^(Start|Retake) quiz$/ }).click();
    await answerQuestions(again.frame, ALL_WRONG);
    expect(await resultScore(again.frame)).toBe('Your score: 0%');
    await exitCourse(again.frame);
    await expect.poll(() => again.page.url(), { timeout: 15_000 }).toBe(RETURN_URL);
    const all = await statementsAfterExit(fx.lrs, first.registration, 2);
    const second = sessionStatements(all, again.launch);
    expect(registrationProblems(all), 'cmi5 per-registration rules across two sessions').toEqual([]);
    expect(second.map(verbOf)).toEqual(['initialized', ...ALL_WRONG.map(() => 'answered'), ...fullRunVerbs([], []).filter((verb) => verb === 'scored'), 'terminated']);
    expect(cmi5Problems(second, again.launch, au().activityId, 0.8)).toEqual([]);
  });

  test('moveOn Passed with masteryScore 0.5 in LMS.LaunchData: 62.5 % passes, judged by 0.5 and not the course 0.8', { timeout: 120_000 }, async () => {
    const { session, read } = await fullRun({ moveOn: 'Passed', masteryScore: 0.5 }, FIVE_OF_EIGHT, '63', 0.5);
    // The lesson is read and the quiz passed by the LMS's mastery score: the course's rule (lesson viewed and quiz passed) is met.
    expect(session.map(verbOf)).toEqual(fullRunVerbs(read, ['passed', 'completed', 'terminated']));
    expect(session.find((statement) => verbOf(statement) === 'passed')!.result?.score).toEqual(courseScore(FIVE_OF_EIGHT));
    expect(answerRecords(session, au().courseId!)).toEqual(expectedAnswers(FIVE_OF_EIGHT));
    // Each concept is judged by the LMS's mastery score too.
    expect(conceptScores(session, au().courseId!)).toEqual(expectedConceptScores(FIVE_OF_EIGHT, 'fiveOfEight', 0.5));
  });

  test('moveOn Completed with the course mastery score: 62.5 % fails once; completed at most once', { timeout: 120_000 }, async () => {
    const moveOn: MoveOn = 'Completed';
    const { session, read } = await fullRun({ moveOn }, FIVE_OF_EIGHT, '63', 0.8);
    // The quiz failed, so the course's rule (lesson viewed and quiz passed) is unmet: no completed.
    expect(session.map(verbOf)).toEqual(fullRunVerbs(read, ['failed', 'terminated']));
  });
});

test('Browse mode: the learner reads and takes the quiz, and only initialized and terminated are sent', { timeout: 120_000 }, async () => {
  const run = await launch({ launchMode: 'Browse' });
  await readLesson(run.frame);
  await reviewCards(run.frame, 1);
  // Nothing is recorded in Browse mode, so the player offers the quiz as practice (no verdict).
  await openView(run.frame, 'Quiz');
  await run.frame.getByRole('button', { name: 'Practise quiz', exact: true }).click();
  await answerQuestions(run.frame, ALL_RIGHT);
  expect(await resultScore(run.frame)).toBe('Practice score: 100% (not recorded)');
  await exitCourse(run.frame);
  const all = await statementsAfterExit(fx.lrs, run.launch.registration);
  expect(sessionStatements(all, run.launch).map(verbOf)).toEqual(['initialized', 'terminated']);
  expect(statementProblems(all)).toEqual([]);
});

test('a reload of the same launch keeps the session: the fetch URL is called once, initialized is sent once', { timeout: 90_000 }, async () => {
  const run = await launch();
  await reviewCards(run.frame, 1);
  await run.page.reload();
  await run.frame.locator('lms-course-player main').waitFor();
  await reviewCards(run.frame, 1);
  await exitCourse(run.frame);
  const all = await statementsAfterExit(fx.lrs, run.launch.registration);
  const session = sessionStatements(all, run.launch);
  expect(session.map(verbOf)).toEqual(['initialized', 'interacted', 'interacted', 'terminated']);
  expect(fx.lrs.requests().filter((request) => request.url.includes(run.launch.fetchId)).map((request) => request.status)).toEqual([200]);
  expect(cmi5Problems(session, run.launch, au().activityId, 0.8)).toEqual([]);
});

test('an expired token: the LRS answers 401 and the learner is told plainly that the results wait in the browser for the next launch', { timeout: 90_000 }, async () => {
  const run = await launch();
  await expect.poll(async () => (await fx.lrs.statements(run.launch.registration)).map(verbOf), { timeout: 15_000 }).toEqual(['launched', 'initialized']);
  fx.lrs.expireCmi5Tokens();
  await reviewCards(run.frame, 1);
  await expect.poll(() => fx.lrs.requests().some((request) => request.status === 401 && request.target === 'statements'), { timeout: 20_000 }).toBe(true);
  // Retrying cannot help (the token lives one session): the learner is told the results wait in this browser for the next launch.
  await expect.poll(() => bannerText(run.frame), { timeout: 15_000 }).toBe(KEPT_IN_BROWSER);
  expect((await fx.lrs.statements(run.launch.registration)).map(verbOf)).toEqual(['launched', 'initialized']);
});
