/**
 * The xAPI and cmi5 launch pages in Chromium, against the real test LRS (test/support/lrs): the
 * page's own policy lets it connect to any `http://127.0.0.1:*`, but once the tracker has read the
 * launch, a second policy (tracking/xapi/connect-policy.ts) allows only the LRS endpoint and the
 * cmi5 fetch URL. A script that tries to send data to another server on 127.0.0.1 (counting what
 * it receives) with `fetch`, a `keepalive` fetch or `sendBeacon` is blocked, and the page reports
 * each attempt as a `securitypolicyviolation`; the course's own statements still reach the LRS,
 * also from a cmi5 fetch URL on another origin than the endpoint.
 */
import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import type { Statement } from '@xapi/xapi';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { en } from '../../format/i18n/en.ts';
import { sessionStatements } from '../e2e/cmi5/cmi5-rules.ts';
import { exitCourse } from '../e2e/scorm/learner.ts';
import { openCourse, reviewCards, statementsAfterExit, verbOf, type OpenCourse } from '../e2e/xapi/course-run.ts';
import { useLrsCourse } from '../support/lrs/course-fixture.ts';
import { cmi5LaunchUrl } from '../support/lrs/launch-urls.ts';
import { testLearner } from '../support/lrs/test-lrs.ts';

const fx = useLrsCourse(['xapi', 'cmi5']);
const learner = testLearner();

/** A server on 127.0.0.1 and a free port, with every request it received. */
interface LoopbackServer {
  origin: string;
  received: string[];
  close(): Promise<void>;
}

async function startServer(answer: (req: IncomingMessage, res: ServerResponse) => void): Promise<LoopbackServer> {
  const received: string[] = [];
  const server = createServer((req, res) => {
    received.push(`${req.method} ${req.url}`);
    answer(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Where a script would send the learner's data: allowed by the page's own policy (`http://127.0.0.1:*`). */
let outside: LoopbackServer;
/** The LMS's cmi5 fetch URLs on an origin of their own: passes each request on to the test LRS's. */
let fetchOrigin: LoopbackServer;

beforeAll(async () => {
  outside = await startServer((_req, res) => res.writeHead(204, { 'access-control-allow-origin': '*' }).end());
  fetchOrigin = await startServer((req, res) => {
    const upstream = new URL(req.url ?? '/', fx.lrs.endpoint);
    const forward = request(upstream, { method: req.method, headers: { ...req.headers, host: upstream.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(forward);
  });
});

afterAll(async () => {
  await outside?.close();
  await fetchOrigin?.close();
});

const lrsOrigin = (): string => new URL(fx.lrs.endpoint).origin;

/** What the page's `securitypolicyviolation` events said. */
interface Violation {
  blockedURI: string;
  effectiveDirective: string;
  originalPolicy: string;
  disposition: string;
}

/** A context whose pages record every `securitypolicyviolation` in `window.violations`. */
async function watchedContext(): Promise<BrowserContext> {
  const context = await fx.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { violations: Violation[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({ blockedURI: event.blockedURI, effectiveDirective: event.effectiveDirective, originalPolicy: event.originalPolicy, disposition: event.disposition });
    });
  });
  return context;
}

const violations = (page: Page): Promise<Violation[]> => page.evaluate(() => (window as unknown as { violations: Violation[] }).violations);

/** The three ways a script could send data away without waiting for an answer. */
const ATTEMPTS = ['/fetch', '/keepalive', '/beacon'];

/** A script in the page tries to send the learner's data to `origin` by each of {@link ATTEMPTS}. */
async function sendOut(page: Page, origin: string): Promise<void> {
  await page.evaluate(async (to) => {
    const data = 'learner data';
    await fetch(`${to}/fetch`, { mode: 'no-cors' }).catch(() => undefined);
    await fetch(`${to}/keepalive`, { method: 'POST', mode: 'no-cors', body: data, keepalive: true }).catch(() => undefined);
    navigator.sendBeacon(`${to}/beacon`, data);
  }, origin);
}

/** Each attempt blocked by `policy`, in order. */
const blockedBy = (policy: string): Violation[] =>
  ATTEMPTS.map((attempt) => ({ blockedURI: `${outside.origin}${attempt}`, effectiveDirective: 'connect-src', originalPolicy: policy, disposition: 'enforce' }));

/** The Content-Security-Policy meta elements of the page, in document order. */
const policies = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...document.querySelectorAll<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]')].map((meta) => meta.content));

/** The policy the build wrote into the package's launch page. */
async function packagePolicy(format: 'xapi' | 'cmi5'): Promise<string> {
  const html = await readFile(path.join(fx.pkg(format).dir, fx.pkg(format).launch), 'utf8');
  return /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1]!;
}

/** Sends out and waits until each attempt was reported or arrived; then gives a request that got through time to arrive. */
async function sendOutAndWait(page: Page): Promise<void> {
  const before = outside.received.length;
  await sendOut(page, outside.origin);
  await expect.poll(async () => (await violations(page)).length + outside.received.length - before, { timeout: 10_000 }).toBeGreaterThanOrEqual(ATTEMPTS.length);
  await page.waitForTimeout(500);
}

/** A script in the page tries every way out: each is blocked by `policy` and reported, and nothing arrives. */
async function expectSendingOutBlocked(page: Page, policy: string): Promise<void> {
  outside.received.length = 0;
  await sendOutAndWait(page);
  expect(outside.received).toEqual([]);
  expect(await violations(page)).toEqual(blockedBy(policy));
}

/**
 * The learner goes on after the attempts: reviews a card and leaves with Exit (the last
 * statements go with `keepalive`). Returns what the LRS then holds for the registration; the
 * course's own requests added no violation.
 */
async function reviewCardAndExit({ page, frame }: OpenCourse, registration: string, policy: string): Promise<Statement[]> {
  await reviewCards(frame, 1);
  await exitCourse(frame);
  const statements = await statementsAfterExit(fx.lrs, registration);
  expect(await violations(page), 'violations caused by the course itself').toEqual(blockedBy(policy));
  return statements;
}

test('the package policy alone lets a page send to another server on 127.0.0.1: the narrowing is what stops it', async () => {
  const policy = await packagePolicy('xapi');
  expect(policy).toContain("connect-src 'self' https: http://127.0.0.1:* http://localhost:*;");
  // A page of the package's origin with the launch page's policy and nothing else.
  await writeFile(path.join(fx.pkg('xapi').dir, 'package-policy-only.html'), `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policy}"><title>policy</title></head><body></body></html>`);
  const context = await watchedContext();
  const page = await context.newPage();
  await page.goto(new URL('package-policy-only.html', fx.packageUrl('xapi')).href);
  outside.received.length = 0;
  await sendOutAndWait(page);
  expect(outside.received.sort()).toEqual(['GET /fetch', 'POST /beacon', 'POST /keepalive']);
  expect(await violations(page)).toEqual([]);
});

describe('after the launch', () => {
  test('xAPI: the page may connect only to the LRS; a script sending elsewhere is blocked and reported, and the statements still arrive', { timeout: 120_000 }, async () => {
    const registration = randomUUID();
    const context = await watchedContext();
    const run = await openCourse(context, fx.lrs.xapiLaunchUrl(fx.packageUrl('xapi'), { actor: learner, registration }));
    const narrowed = `connect-src 'self' ${lrsOrigin()}`;
    expect(await policies(run.page)).toEqual([await packagePolicy('xapi'), narrowed]);
    await expect.poll(async () => (await fx.lrs.statements(registration)).map(verbOf), { timeout: 15_000 }).toEqual(['initialized']);
    await expectSendingOutBlocked(run.page, narrowed);
    const statements = await reviewCardAndExit(run, registration, narrowed);
    expect(statements.map(verbOf)).toEqual(['initialized', 'interacted', 'suspended', 'terminated']);
  });

  test('cmi5 with the fetch URL on another origin than the LRS: both are allowed, the token is fetched once, everything else is blocked', { timeout: 120_000 }, async () => {
    const au = fx.pkg('cmi5');
    const prepared = await fx.lrs.prepareCmi5Launch({ packageUrl: fx.packageUrl('cmi5'), auId: au.activityId, moveOn: au.moveOn!, masteryScore: au.masteryScore! });
    const fetchUrl = `${fetchOrigin.origin}/cmi5/fetch/${prepared.fetchId}`;
    const url = cmi5LaunchUrl(fx.packageUrl('cmi5'), { endpoint: fx.lrs.endpoint, fetch: fetchUrl, actor: prepared.actor, registration: prepared.registration, activityId: prepared.activityId });
    const context = await watchedContext();
    const run = await openCourse(context, url);
    const narrowed = `connect-src 'self' ${lrsOrigin()} ${fetchOrigin.origin}`;
    expect(await policies(run.page)).toEqual([await packagePolicy('cmi5'), narrowed]);
    expect(fetchOrigin.received).toEqual([`POST /cmi5/fetch/${prepared.fetchId}`]);
    expect(fx.lrs.requests().filter((entry) => entry.url.includes(prepared.fetchId)).map((entry) => [entry.method, entry.status])).toEqual([['POST', 200]]);
    await expectSendingOutBlocked(run.page, narrowed);
    const all = await reviewCardAndExit(run, prepared.registration, narrowed);
    expect(sessionStatements(all, prepared).map(verbOf)).toEqual(['initialized', 'interacted', 'terminated']);
  });

  test('an endpoint that is not an http(s) URL: the learner sees the standalone notice, and the page may connect only to itself', { timeout: 60_000 }, async () => {
    const launch = new URL(fx.lrs.xapiLaunchUrl(fx.packageUrl('xapi'), { actor: learner, registration: randomUUID() }));
    launch.searchParams.set('endpoint', 'javascript:alert(1)');
    const context = await watchedContext();
    const { page, frame } = await openCourse(context, launch.href);
    await expect.poll(() => frame.locator('lms-course-player .notice').textContent()).toBe(en.standaloneNotice);
    expect(await policies(page)).toEqual([await packagePolicy('xapi'), "connect-src 'self'"]);
    await expectSendingOutBlocked(page, "connect-src 'self'");
  });
});
