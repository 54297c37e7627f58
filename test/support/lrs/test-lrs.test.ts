/**
 * The test LRS on its own, before any course is involved: Learning Locker's statements service
 * in its own process stores and validates what is POSTed through the gateway, the TEST document
 * store behaves as the State and Agent Profile APIs say, the cmi5 fetch URL hands out one token,
 * and each injected fault looks to a client the way the real failure does.
 */
import { randomUUID } from 'node:crypto';
import type { Statement } from '@xapi/xapi';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { CMI5, VERB } from './cmi5-vocabulary.ts';
import { statementProblems } from './statement-validation.ts';
import { startTestLrs, testLearner, type TestLrs } from './test-lrs.ts';

let lrs: TestLrs;
const learner = testLearner();
const ORIGIN = 'http://127.0.0.1:9'; // where the course would be served from: another origin

beforeAll(async () => {
  lrs = await startTestLrs();
}, 60_000);
afterAll(async () => {
  await lrs?.close();
});
beforeEach(() => lrs.faults.clear());

function statement(registration: string, verb = 'experienced', extra: Partial<Statement> = {}): Statement {
  return {
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    actor: learner,
    verb: { id: VERB(verb), display: { 'en-US': verb } },
    object: { objectType: 'Activity', id: 'https://courses.example.org/test/lesson' },
    context: { registration },
    ...extra,
  };
}

/** A request as the course's browser makes it: cross-origin, with the version header and the given credentials. */
function send(path: string, init: { method?: string; body?: unknown; auth?: string; headers?: Record<string, string> } = {}): Promise<Response> {
  return fetch(new URL(path, lrs.endpoint), {
    method: init.method ?? 'POST',
    headers: {
      origin: ORIGIN,
      authorization: init.auth ?? lrs.auth,
      'x-experience-api-version': '1.0.3',
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...init.headers,
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
}

const stateQuery = (registration: string, stateId = 'lmspack.learner-state'): string =>
  `activities/state?${new URLSearchParams({ activityId: 'https://courses.example.org/test', agent: JSON.stringify(learner), registration, stateId })}`;

describe('statements go to Learning Locker', () => {
  test('it listens on 127.0.0.1 only, behind a gateway that is also on 127.0.0.1', () => {
    expect(lrs.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/xAPI\/$/);
    expect((lrs.client as unknown as { endpoint: string }).endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/xAPI\/$/);
    expect((lrs.client as unknown as { endpoint: string }).endpoint).not.toBe(lrs.endpoint);
  });

  test('a batch POSTed through the gateway is stored in order, read back with @xapi/xapi and valid', async () => {
    const registration = randomUUID();
    const batch = [statement(registration, 'initialized'), statement(registration, 'experienced'), statement(registration, 'terminated')];
    const response = await send('statements', { body: batch });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(await response.json()).toEqual(batch.map((s) => s.id));
    const stored = await lrs.statements(registration);
    expect(stored.map((s) => s.id)).toEqual(batch.map((s) => s.id));
    expect(stored[0]!.authority).toEqual({ objectType: 'Agent', name: 'lmspack test LMS', mbox: 'mailto:lms@example.org' });
    expect(statementProblems(stored)).toEqual([]);
  });

  test('the LRS itself rejects an invalid statement with 400, and the validator names the problem', async () => {
    const registration = randomUUID();
    const bad = statement(registration, 'passed', { result: { score: { scaled: 0.05, raw: 5, min: 10, max: 100 } } });
    const response = await send('statements', { body: [bad] });
    expect(response.status).toBe(400);
    expect(await lrs.statements(registration)).toEqual([]);
    expect(statementProblems([bad])).toEqual([expect.stringMatching(/^#0 \(passed\) statement\.result\.score: RawLessThanMinWarning/)]);
  });

  test('an id sent again with the same content is stored once; with other content it is a 409', async () => {
    const registration = randomUUID();
    const once = statement(registration);
    expect((await send('statements', { body: [once] })).status).toBe(200);
    expect((await send('statements', { body: [once] })).status).toBe(200);
    expect((await send('statements', { body: [{ ...once, verb: { id: VERB('completed') } }] })).status).toBe(409);
    expect((await lrs.statements(registration)).map((s) => s.id)).toEqual([once.id]);
  });

  test('unknown credentials get 401; a request without the version header gets 400', async () => {
    const registration = randomUUID();
    expect((await send('statements', { body: [statement(registration)], auth: 'Basic bm9ib2R5Om5vdGhpbmc=' })).status).toBe(401);
    expect((await send('statements', { body: [statement(registration)], headers: { 'x-experience-api-version': '' } })).status).toBe(400);
    expect((await send(stateQuery(registration), { method: 'GET', headers: { 'x-experience-api-version': '' } })).status).toBe(400);
    expect(await lrs.statements(registration)).toEqual([]);
  });

  test('a CORS preflight from the course origin is answered with the xAPI headers allowed', async () => {
    const response = await fetch(new URL('statements', lrs.endpoint), { method: 'OPTIONS', headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,x-experience-api-version' } });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toBe('Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match');
    expect(response.headers.get('access-control-expose-headers')).toContain('ETag');
  });
});

describe('the TEST document store (State API, agent profiles)', () => {
  test('PUT, GET with its ETag, a stale If-Match refused with 412, POST merging JSON, DELETE', async () => {
    const registration = randomUUID();
    const path = stateQuery(registration);
    expect((await send(path, { method: 'GET' })).status).toBe(404);
    const put = await send(path, { method: 'PUT', body: { v: 1, answers: ['a'] } });
    expect(put.status).toBe(204);
    const first = await send(path, { method: 'GET' });
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{40}"$/);
    expect(await first.json()).toEqual({ v: 1, answers: ['a'] });
    expect((await send(path, { method: 'PUT', body: { v: 1, answers: ['a', 'b'] }, headers: { 'if-match': etag } })).status).toBe(204);
    expect((await send(path, { method: 'PUT', body: { v: 1, answers: ['lost'] }, headers: { 'if-match': etag } })).status).toBe(412);
    expect((await send(path, { method: 'POST', body: { route: '/quiz' } })).status).toBe(204);
    expect(lrs.store.statesOf(registration)).toEqual([{ stateId: 'lmspack.learner-state', bytes: 43, etag: expect.stringMatching(/^"/), value: { v: 1, answers: ['a', 'b'], route: '/quiz' } }]);
    expect((await send(path, { method: 'DELETE' })).status).toBe(204);
    expect((await send(path, { method: 'GET' })).status).toBe(404);
  });

  test('an agent profile cannot be overwritten without If-Match (409)', async () => {
    const path = `agents/profile?${new URLSearchParams({ agent: JSON.stringify(testLearner('Bo', 'bo')), profileId: 'notes' })}`;
    expect((await send(path, { method: 'PUT', body: { a: 1 } })).status).toBe(204);
    expect((await send(path, { method: 'PUT', body: { a: 2 } })).status).toBe(409);
    expect(await (await send(path, { method: 'GET' })).json()).toEqual({ a: 1 });
  });
});

describe('a cmi5 launch', () => {
  test('writes LMS.LaunchData and preferences, records `launched`, and its fetch URL hands out one token', async () => {
    const launch = await lrs.prepareCmi5Launch({ packageUrl: 'http://127.0.0.1:9/package/cmi5/index.html', auId: 'https://courses.example.org/test/au/main', masteryScore: 0.6, moveOn: 'Passed', returnURL: 'http://127.0.0.1:9/done', languagePreference: 'fr-FR' });
    const params = new URL(launch.url).searchParams;
    expect(Object.fromEntries(params)).toEqual({ endpoint: lrs.endpoint, fetch: expect.stringMatching(/\/cmi5\/fetch\//), actor: JSON.stringify(learner), registration: launch.registration, activityId: launch.activityId });
    expect(launch.activityId).not.toBe('https://courses.example.org/test/au/main');

    const denied = await fetch(params.get('fetch')!, { method: 'GET' });
    expect(await denied.json()).toEqual({ 'error-code': '3', 'error-text': 'the fetch URL must be called with POST' });
    const first = await fetch(params.get('fetch')!, { method: 'POST' });
    const token = ((await first.json()) as { 'auth-token': string })['auth-token'];
    expect(token).toMatch(/^[A-Za-z0-9+/=]{32}$/);
    const second = await fetch(params.get('fetch')!, { method: 'POST' });
    expect(await second.json()).toEqual({ 'error-code': '1', 'error-text': 'This fetch URL has already been used; launch the AU again from the LMS.' });

    const auth = `Basic ${token}`;
    const launchData = new URLSearchParams({ activityId: launch.activityId, agent: JSON.stringify(learner), registration: launch.registration, stateId: 'LMS.LaunchData' });
    const data = (await (await send(`activities/state?${launchData}`, { method: 'GET', auth })).json()) as Record<string, unknown>;
    expect(data).toEqual({
      contextTemplate: { contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://courses.example.org/test/au/main' }] }, extensions: { [CMI5.sessionId]: launch.sessionId } },
      launchMode: 'Normal',
      moveOn: 'Passed',
      masteryScore: 0.6,
      returnURL: 'http://127.0.0.1:9/done',
    });
    const prefs = await send(`agents/profile?${new URLSearchParams({ agent: JSON.stringify(learner), profileId: 'cmi5LearnerPreferences' })}`, { method: 'GET', auth });
    expect(await prefs.json()).toEqual({ languagePreference: 'fr-FR', audioPreference: 'on' });

    const stored = await lrs.statements(launch.registration);
    expect(stored.map((s) => [s.id, s.verb.id])).toEqual([[launch.launchedStatementId, VERB('launched')]]);
    expect(statementProblems(stored)).toEqual([]);

    expect((await send('statements', { body: [statement(launch.registration)], auth })).status).toBe(200);
    lrs.expireCmi5Tokens();
    expect((await send('statements', { body: [statement(launch.registration)], auth })).status).toBe(401);
    expect(await lrs.statements(launch.registration)).toHaveLength(2);
  });
});

describe('faults', () => {
  test('down: the connection drops with no answer, and nothing is stored', async () => {
    const registration = randomUUID();
    lrs.faults.add('any', { kind: 'down' }, 1);
    await expect(send('statements', { body: [statement(registration)] })).rejects.toThrow(/fetch failed/);
    expect((await send('statements', { body: [statement(registration)] })).status).toBe(200);
    expect(await lrs.statements(registration)).toHaveLength(1);
    expect(lrs.requests().slice(-2).map((r) => r.status)).toEqual(['dropped', 200]);
  });

  test('500 and 429 with Retry-After answer before anything is stored', async () => {
    const registration = randomUUID();
    lrs.faults.add('statements', { kind: 'status', status: 500 }, 1);
    lrs.faults.add('statements', { kind: 'rate-limit', retryAfterSeconds: 2 }, 1);
    const s = statement(registration);
    const error = await send('statements', { body: [s] });
    expect([error.status, error.headers.get('access-control-allow-origin')]).toEqual([500, ORIGIN]);
    const limited = await send('statements', { body: [s] });
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '2']);
    expect(await lrs.statements(registration)).toEqual([]);
    expect((await send('statements', { body: [s] })).status).toBe(200);
    expect(await lrs.statements(registration)).toHaveLength(1);
  });

  test('slow: the statement is stored at once, the answer comes late', async () => {
    const registration = randomUUID();
    lrs.faults.add('statements', { kind: 'slow', ms: 1_500 }, 1);
    const started = Date.now();
    const pending = send('statements', { body: [statement(registration)] });
    await expect.poll(() => lrs.statements(registration).then((s) => s.length), { timeout: 1_000, interval: 100 }).toBe(1);
    expect((await pending).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
  });

  test('reject-statement: 400 for any batch carrying that id, the others pass', async () => {
    const registration = randomUUID();
    const [good, bad] = [statement(registration), statement(registration)];
    lrs.faults.add('statements', { kind: 'reject-statement', statementId: bad.id! });
    const batch = await send('statements', { body: [good, bad] });
    expect(batch.status).toBe(400);
    expect(await batch.json()).toEqual({ message: `Problem in statement ${bad.id}: rejected by the test LRS (fault injected)`, warnings: [`statement ${bad.id}`] });
    expect((await send('statements', { body: [good] })).status).toBe(200);
    expect((await send('statements', { body: [bad] })).status).toBe(400);
    expect((await lrs.statements(registration)).map((s) => s.id)).toEqual([good.id]);
    expect(lrs.requests().slice(-3).map((r) => [r.status, r.statementIds])).toEqual([[400, [good.id, bad.id]], [200, [good.id]], [400, [bad.id]]]);
  });

  test('reject-statement by select: the first statement picked is refused from then on, in any batch', async () => {
    const registration = randomUUID();
    const [first, answered, last] = [statement(registration, 'initialized'), statement(registration, 'answered'), statement(registration, 'terminated')];
    lrs.faults.add('statements', { kind: 'reject-statement', select: (sent) => sent.verb?.id === VERB('answered') });
    expect((await send('statements', { body: [first] })).status).toBe(200);
    expect((await send('statements', { body: [answered, last] })).status).toBe(400);
    expect((await send('statements', { body: [last] })).status).toBe(200);
    expect((await send('statements', { body: [answered] })).status).toBe(400);
    expect((await lrs.statements(registration)).map((s) => s.id)).toEqual([first.id, last.id]);
  });
});
