/**
 * The xAPI package end to end: built as `npm run build` builds it, served on 127.0.0.1, launched
 * in Chromium with the Rustici launch URL against a real LRS (Learning Locker's statements
 * service, test/support/lrs), completed by a learner, and judged by the statements read back from
 * the LRS: verbs in order, scores, every answer, each concept's mastery, the registration and
 * context on each, all valid by xapi-validation; and resume through the State API in another
 * browser.
 */
import { randomUUID } from 'node:crypto';
import type { Statement } from '@xapi/xapi';
import { describe, expect, test } from 'vitest';
import { useLrsCourse } from '../../support/lrs/course-fixture.ts';
import { statementProblems } from '../../support/lrs/statement-validation.ts';
import { decodeLearnerState } from '../../../tracking/core/learner-state-codec.ts';
import { LEARNER_STATE_ID, testLearner } from '../../support/lrs/test-lrs.ts';
import { answerQuestions, exitCourse, openView, questionPosition, readLesson, resultScore, sectionsMarkedRead, startQuiz } from '../scorm/learner.ts';
import { ALL_RIGHT, FIVE_OF_EIGHT, REQUIRED_SECTIONS, SEED_QUESTIONS } from '../scorm/seed-quiz.ts';
import { completeCourse, openCourse, statementsAfterExit, verbOf } from './course-run.ts';
import { answerRecords, conceptScores, contextProblems, courseScore, deliveryProblems, expectedAnswers, expectedConceptScores, fullRunVerbs } from './statement-checks.ts';

const fx = useLrsCourse(['xapi']);
const learner = testLearner();

const courseIri = (): string => fx.pkg('xapi').activityId;
const launchUrl = (registration: string, legacyActor = false): string => fx.lrs.xapiLaunchUrl(fx.packageUrl('xapi'), { actor: learner, registration, legacyActor });

/** The checks every stream must pass: valid, each statement once and in order, context on each. */
function expectCleanStream(statements: Statement[], registration: string): void {
  expect(statementProblems(statements), 'statements xapi-validation rejects').toEqual([]);
  expect(deliveryProblems(statements), 'duplicates and out-of-order statements').toEqual([]);
  expect(contextProblems(statements, registration, courseIri()), 'statements without the registration or course context').toEqual([]);
  expect(statements.filter((statement) => JSON.stringify(statement.actor) !== JSON.stringify(learner)).map(verbOf), 'statements with another actor').toEqual([]);
  const versions = new Set(fx.lrs.requests().filter((request) => request.target !== 'other').map((request) => request.version));
  expect([...versions], 'X-Experience-API-Version on the course requests').toEqual(['1.0.3']);
}

describe('a full run', () => {
  test('passed: every section, card, answer and concept reaches the LRS in order, with the score 100 and the passed verdict', { timeout: 120_000 }, async () => {
    const registration = randomUUID();
    const context = await fx.newContext({ viewport: { width: 1280, height: 900 } });
    const { frame } = await openCourse(context, launchUrl(registration));
    const read = await completeCourse(frame, ALL_RIGHT, '100');
    const statements = await statementsAfterExit(fx.lrs, registration);
    await context.close();

    expect(statements.map(verbOf)).toEqual(fullRunVerbs(read, ['passed', 'completed', 'terminated']));
    expect(statements.filter((s) => verbOf(s) === 'experienced').map((s) => (s.object as { id: string }).id)).toEqual(read.map((id) => `${courseIri()}/section/${id}`));
    const passed = statements.find((s) => verbOf(s) === 'passed')!;
    expect(passed.object).toMatchObject({ id: courseIri() });
    expect(passed.result).toMatchObject({ score: courseScore(ALL_RIGHT), success: true });
    expect(passed.result?.duration).toMatch(/^PT(\d+H)?(\d+M)?[\d.]+S$/);
    expect(answerRecords(statements, courseIri())).toEqual(expectedAnswers(ALL_RIGHT));
    expect(conceptScores(statements, courseIri())).toEqual(expectedConceptScores(ALL_RIGHT, 'allRight'));
    expectCleanStream(statements, registration);
    // The state document holds the whole learner state (docs/xapi-statements.md "State").
    const document = fx.lrs.learnerState(courseIri(), learner, registration) as { v: number; state: string };
    expect(document, `the ${LEARNER_STATE_ID} state document`).toEqual({ v: 1, state: expect.stringMatching(/^LP1\./) });
    const decoded = decodeLearnerState(document.state);
    expect(decoded.ok && { sections: [...decoded.state.sections].sort(), cards: Object.keys(decoded.state.cards).sort(), passed: decoded.state.quiz.passed }).toEqual({
      sections: [...read].sort(),
      cards: ['bond', 'definition'],
      passed: true,
    });
  });

  test('failed at 62.5 %, launched with the legacy TinCan actor: the same learner, the failed verdict, each answer right or wrong as given', { timeout: 120_000 }, async () => {
    const registration = randomUUID();
    const context = await fx.newContext({ viewport: { width: 1280, height: 900 } });
    const { frame } = await openCourse(context, launchUrl(registration, true));
    const read = await completeCourse(frame, FIVE_OF_EIGHT, '63');
    const statements = await statementsAfterExit(fx.lrs, registration);
    await context.close();

    // Leaving a course whose completion rule is unmet suspends it first.
    expect(statements.map(verbOf)).toEqual(fullRunVerbs(read, ['failed', 'suspended', 'terminated']));
    const failed = statements.find((s) => verbOf(s) === 'failed')!;
    expect(failed.result).toMatchObject({ score: courseScore(FIVE_OF_EIGHT), success: false });
    expect(answerRecords(statements, courseIri())).toEqual(expectedAnswers(FIVE_OF_EIGHT));
    expect(conceptScores(statements, courseIri())).toEqual(expectedConceptScores(FIVE_OF_EIGHT, 'fiveOfEight'));
    expectCleanStream(statements, registration);
  });
});

describe('resume through the State API', () => {
  test('a learner who leaves mid-quiz continues on the same question in another browser, with the lesson read and the answers kept', { timeout: 120_000 }, async () => {
    const registration = randomUUID();
    const first = await fx.newContext({ viewport: { width: 1280, height: 900 } });
    const one = await openCourse(first, launchUrl(registration));
    await readLesson(one.frame);
    await startQuiz(one.frame);
    await answerQuestions(one.frame, ALL_RIGHT, 0, 5);
    expect(await questionPosition(one.frame)).toBe('Question 6 of 8');
    await exitCourse(one.frame);
    await statementsAfterExit(fx.lrs, registration);
    await first.close();
    const saved = fx.lrs.store.statesOf(registration).map((document) => document.stateId);
    expect(saved).toEqual([LEARNER_STATE_ID]);

    // Another browser: nothing in its storage, only the LRS remembers.
    const second = await fx.newContext({ viewport: { width: 1280, height: 900 } });
    const two = await openCourse(second, launchUrl(registration));
    await expect.poll(() => two.frame.url()).toMatch(/#\/quiz$/);
    await expect.poll(() => questionPosition(two.frame)).toBe('Question 6 of 8');
    await openView(two.frame, 'Summary');
    await two.frame.locator('lms-lesson-view article h1').first().waitFor();
    const read = await sectionsMarkedRead(two.frame);
    expect(REQUIRED_SECTIONS.filter((id) => !read.includes(id)), 'required sections not marked read in the other browser').toEqual([]);
    await openView(two.frame, 'Quiz');
    await answerQuestions(two.frame, ALL_RIGHT, 5, 8);
    expect(await resultScore(two.frame)).toBe('Your score: 100%');
    await exitCourse(two.frame);
    const statements = await statementsAfterExit(fx.lrs, registration, 2);
    await second.close();

    expect(answerRecords(statements, courseIri()).map((record) => record.question), 'one answer per question across both browsers').toEqual(SEED_QUESTIONS.map((question) => question.id));
    const verbs = statements.map(verbOf);
    expect(verbs.slice(0, 1)).toEqual(['initialized']);
    expect(verbs.filter((verb) => ['initialized', 'resumed', 'suspended', 'terminated', 'passed'].includes(verb))).toEqual(['initialized', 'suspended', 'terminated', 'resumed', 'passed', 'terminated']);
    const statePuts = fx.lrs.requests().filter((request) => request.target === 'state' && request.url.includes(registration) && (request.method === 'PUT' || request.method === 'POST'));
    expect(statePuts.length, 'state writes').toBeGreaterThan(0);
    expect(statePuts.slice(1).every((request) => request.ifMatch !== undefined), 'every state write after the first carries If-Match').toBe(true);
    expectCleanStream(statements, registration);
  });
});
