/**
 * The xAPI package against an LRS that misbehaves (test/support/lrs/faults.ts): down at launch,
 * 500s, 429 with Retry-After, an answer that comes too late, a 400 for one statement, and a tab
 * closed while statements wait. Every valid statement must reach the LRS exactly once and in
 * order, the one the LRS refuses must be set aside without blocking the rest, and the learner
 * must see the "not saved yet" banner while anything waits.
 */
import { randomUUID } from 'node:crypto';
import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { startLrsCourse, type LrsCourseFixture } from '../../support/lrs/course-fixture.ts';
import { statementProblems } from '../../support/lrs/statement-validation.ts';
import { testLearner } from '../../support/lrs/test-lrs.ts';
import { answerQuestions, exitCourse, questionPosition, resultScore, startQuiz } from '../scorm/learner.ts';
import { ALL_RIGHT, SEED_QUESTIONS } from '../scorm/seed-quiz.ts';
import { NOT_SAVED, bannerText, openCourse, reviewCards, statementsAfterExit, verbOf } from './course-run.ts';
import { answerRecords, deliveryProblems, expectedAnswers } from './statement-checks.ts';

/** Longer than the tracker waits for an LRS answer before it gives up on a request and retries. */
const SLOW_ANSWER_MS = 32_000;

let fx: LrsCourseFixture;
let context: BrowserContext | undefined;
const learner = testLearner();

beforeAll(async () => {
  fx = await startLrsCourse(['xapi']);
}, 180_000);
afterAll(async () => {
  await fx?.close();
});
afterEach(async () => {
  fx.lrs.faults.clear();
  await context?.close();
  context = undefined;
});

const courseIri = (): string => fx.pkg('xapi').activityId;
const launchUrl = (registration: string): string => fx.lrs.xapiLaunchUrl(fx.packageUrl('xapi'), { actor: learner, registration });
const answeredCount = async (registration: string): Promise<number> => (await fx.lrs.statements(registration)).filter((s) => verbOf(s) === 'answered').length;

test('LRS down at launch, then back: the learner is told, and everything queued arrives once, in order', { timeout: 90_000 }, async () => {
  const registration = randomUUID();
  fx.lrs.faults.add('any', { kind: 'down' });
  context = await fx.browser.newContext();
  const { frame } = await openCourse(context, launchUrl(registration));
  await expect.poll(() => bannerText(frame), { timeout: 15_000 }).toContain(NOT_SAVED);
  await reviewCards(frame, 1);
  expect(await fx.lrs.statements(registration)).toEqual([]);

  fx.lrs.faults.clear();
  await frame.getByRole('button', { name: 'Retry', exact: true }).click();
  await expect.poll(() => bannerText(frame), { timeout: 30_000 }).toBe('');
  await exitCourse(frame);
  const statements = await statementsAfterExit(fx.lrs, registration);
  expect(statements.map(verbOf)).toEqual(['initialized', 'interacted', 'suspended', 'terminated']);
  expect(deliveryProblems(statements)).toEqual([]);
  expect(statementProblems(statements)).toEqual([]);
});

test('500s, a 429 with Retry-After, a late answer and a refused statement during the quiz: the rest arrives exactly once, in order', { timeout: 180_000 }, async () => {
  const registration = randomUUID();
  context = await fx.browser.newContext();
  const { frame } = await openCourse(context, launchUrl(registration));
  await startQuiz(frame);
  await answerQuestions(frame, ALL_RIGHT, 0, 1);
  await expect.poll(() => answeredCount(registration), { timeout: 15_000 }).toBe(1);

  // Two 500s: the answer waits, the learner sees the banner, then the retry delivers it.
  fx.lrs.faults.add('statements', { kind: 'status', status: 500 }, 2);
  await answerQuestions(frame, ALL_RIGHT, 1, 2);
  await expect.poll(() => bannerText(frame), { timeout: 15_000 }).toContain(NOT_SAVED);
  await expect.poll(() => answeredCount(registration), { timeout: 30_000 }).toBe(2);
  await expect.poll(() => bannerText(frame), { timeout: 15_000 }).toBe('');

  // 429 with Retry-After: 3 s: the next try waits at least that long.
  const limited = fx.lrs.faults.add('statements', { kind: 'rate-limit', retryAfterSeconds: 3 }, 1);
  await answerQuestions(frame, ALL_RIGHT, 2, 3);
  await expect.poll(() => answeredCount(registration), { timeout: 30_000 }).toBe(3);
  expect(limited.applied).toBe(1);
  const statementPosts = fx.lrs.requests().filter((request) => request.target === 'statements' && request.method === 'POST');
  const at429 = statementPosts.findIndex((request) => request.status === 429);
  expect(statementPosts[at429 + 1]!.at - statementPosts[at429]!.at, 'ms between the 429 and the next try').toBeGreaterThanOrEqual(3_000);

  // An answer that comes too late: the LRS stores the statement at once, the tracker gives up
  // waiting (its timeout) and sends it again; the LRS already has it and keeps one.
  fx.lrs.faults.add('statements', { kind: 'slow', ms: SLOW_ANSWER_MS }, 1);
  await answerQuestions(frame, ALL_RIGHT, 3, 4);
  await expect.poll(() => answeredCount(registration), { timeout: 15_000 }).toBe(4);
  const fourth = (await fx.lrs.statements(registration)).filter((s) => verbOf(s) === 'answered')[3]!.id!;
  const triesOf = (id: string): number => fx.lrs.requests().filter((request) => request.statementIds.includes(id)).length;
  await expect.poll(() => triesOf(fourth), { timeout: SLOW_ANSWER_MS + 15_000, message: 'the late-answered statement sent again' }).toBeGreaterThanOrEqual(2);

  // The LRS refuses the answer to question 5 (400): it is set aside, the others still arrive.
  const refused = `${courseIri()}/question/${SEED_QUESTIONS[4]!.id}`;
  const rule = fx.lrs.faults.add('statements', { kind: 'reject-statement', select: (statement) => statement.object?.id === refused });
  await answerQuestions(frame, ALL_RIGHT, 4, 5);
  await expect.poll(() => rule.applied, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
  await answerQuestions(frame, ALL_RIGHT, 5, 8);
  expect(await resultScore(frame)).toBe('Your score: 100%');
  await expect.poll(() => answeredCount(registration), { timeout: 30_000 }).toBe(7);
  await exitCourse(frame);
  const statements = await statementsAfterExit(fx.lrs, registration);

  const expected = expectedAnswers(ALL_RIGHT).filter((record) => record.question !== SEED_QUESTIONS[4]!.id);
  expect(answerRecords(statements, courseIri())).toEqual(expected);
  expect(deliveryProblems(statements)).toEqual([]);
  expect(statementProblems(statements)).toEqual([]);
  expect(statements.map(verbOf).slice(-3), 'the lesson was not read: passed, but the course is not complete').toEqual(['passed', 'suspended', 'terminated']);
  const tries = fx.lrs.requests().filter((request) => request.fault === 'reject-statement').length;
  expect(rule.applied, 'requests refused for the bad statement').toBe(tries);
  expect(tries, 'the refused statement is not retried forever').toBeLessThanOrEqual(4);
  expect(await bannerText(frame)).not.toContain(NOT_SAVED);
});

test('a refused statement among those still waiting at Exit: the others still arrive, once, in order', { timeout: 90_000 }, async () => {
  const registration = randomUUID();
  context = await fx.browser.newContext();
  const { frame } = await openCourse(context, launchUrl(registration));
  await startQuiz(frame);
  // The LRS takes 8 s to answer the first answer, so everything after it is still waiting when the learner leaves.
  fx.lrs.faults.add('statements', { kind: 'slow', ms: 8_000 }, 1);
  const refused = `${courseIri()}/question/${SEED_QUESTIONS[1]!.id}`;
  const rule = fx.lrs.faults.add('statements', { kind: 'reject-statement', select: (statement) => statement.object?.id === refused });
  await answerQuestions(frame, ALL_RIGHT);
  expect(await resultScore(frame)).toBe('Your score: 100%');
  await exitCourse(frame);
  const statements = await statementsAfterExit(fx.lrs, registration);
  expect(answerRecords(statements, courseIri())).toEqual(expectedAnswers(ALL_RIGHT).filter((record) => record.question !== SEED_QUESTIONS[1]!.id));
  expect(statements.map(verbOf).slice(-3)).toEqual(['passed', 'suspended', 'terminated']);
  expect(deliveryProblems(statements)).toEqual([]);
  expect(rule.applied, 'requests refused for the bad statement').toBeGreaterThanOrEqual(1);
});

test('the tab closed mid-quiz while the LRS is down: the next launch sends what waited, once, and the quiz goes on where it stopped', { timeout: 120_000 }, async () => {
  const registration = randomUUID();
  context = await fx.browser.newContext();
  const first = await openCourse(context, launchUrl(registration));
  await startQuiz(first.frame);
  await answerQuestions(first.frame, ALL_RIGHT, 0, 2);
  await expect.poll(() => answeredCount(registration), { timeout: 15_000 }).toBe(2);
  fx.lrs.faults.add('any', { kind: 'down' });
  await answerQuestions(first.frame, ALL_RIGHT, 2, 4);
  await expect.poll(() => bannerText(first.frame), { timeout: 15_000 }).toContain(NOT_SAVED);
  await first.page.close({ runBeforeUnload: true });
  expect(await answeredCount(registration)).toBe(2);

  fx.lrs.faults.clear();
  const second = await openCourse(context, launchUrl(registration));
  await expect.poll(() => answeredCount(registration), { timeout: 30_000 }).toBe(4);
  await expect.poll(() => questionPosition(second.frame)).toBe('Question 5 of 8');
  await answerQuestions(second.frame, ALL_RIGHT, 4, 8);
  expect(await resultScore(second.frame)).toBe('Your score: 100%');
  await exitCourse(second.frame);
  const statements = await statementsAfterExit(fx.lrs, registration);
  expect(answerRecords(statements, courseIri())).toEqual(expectedAnswers(ALL_RIGHT));
  expect(deliveryProblems(statements)).toEqual([]);
  expect(statementProblems(statements)).toEqual([]);
});
