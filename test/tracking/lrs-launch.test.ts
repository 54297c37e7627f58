import { describe, expect, test } from 'vitest';
import { keptSession, obtainToken } from '../../tracking/cmi5/auth-token.ts';
import { readCmi5Launch } from '../../tracking/cmi5/cmi5-launch.ts';
import { parseLaunchData } from '../../tracking/cmi5/launch-data.ts';
import { agentFromLaunch } from '../../tracking/xapi/launch-actor.ts';
import { readXapiLaunch } from '../../tracking/xapi/launch-params.ts';
import { MemoryStorage } from './fake-scorm-api.ts';

const COURSE = 'https://lmspack.example.org/courses/c';
const query = (params: Record<string, string>): string => `?${new URLSearchParams(params)}`;

describe('the xAPI (Rustici) launch URL', () => {
  test('reads endpoint (adding the slash), auth, an xAPI actor, the registration and activity_id', () => {
    const read = readXapiLaunch(
      query({
        endpoint: 'https://lrs.example.org/xapi',
        auth: 'Basic abc=',
        actor: JSON.stringify({ objectType: 'Agent', name: 'Ada', mbox: 'mailto:ada@example.org' }),
        registration: '6F1C2F7E-3B1A-4C55-9D2E-2B7F3C1D0A11',
        activity_id: 'https://lms.example.org/activity/42',
      }),
      COURSE,
    );
    expect(read).toEqual({
      ok: true,
      launch: {
        endpoint: 'https://lrs.example.org/xapi/',
        auth: 'Basic abc=',
        actor: { objectType: 'Agent', name: 'Ada', mbox: 'mailto:ada@example.org' },
        registration: '6f1c2f7e-3b1a-4c55-9d2e-2b7f3c1d0a11',
        activityId: 'https://lms.example.org/activity/42',
      },
    });
  });

  test('defaults activity_id to the course activity of tincan.xml and allows no registration', () => {
    const read = readXapiLaunch(query({ endpoint: 'https://lrs.example.org/', auth: 'Basic x', actor: '{"mbox":"mailto:a@b.org"}' }), COURSE);
    expect(read).toEqual({ ok: true, launch: { endpoint: 'https://lrs.example.org/', auth: 'Basic x', actor: { objectType: 'Agent', mbox: 'mailto:a@b.org' }, activityId: COURSE } });
  });

  test('reads the legacy TinCan actor with arrays, for mbox and for an account', () => {
    expect(agentFromLaunch({ mbox: ['mailto:a@b.org'], name: ['A'] })).toEqual({ objectType: 'Agent', name: 'A', mbox: 'mailto:a@b.org' });
    expect(agentFromLaunch({ name: ['A'], account: [{ accountServiceHomePage: 'https://lms.example.org', accountName: 'a1' }] })).toEqual({
      objectType: 'Agent',
      name: 'A',
      account: { homePage: 'https://lms.example.org', name: 'a1' },
    });
    expect(agentFromLaunch({ name: 'nobody' })).toBeUndefined();
  });

  test('without an endpoint it is not a launch; with unusable parameters it says what is wrong', () => {
    expect(readXapiLaunch('', COURSE)).toEqual({ ok: false, reason: 'not-launched' });
    expect(readXapiLaunch(query({ endpoint: 'ftp://x', actor: '{}' }), COURSE)).toEqual({ ok: false, reason: 'invalid', message: "the launch URL's endpoint is not an http(s) URL: ftp://x" });
    expect(readXapiLaunch(query({ endpoint: 'https://lrs.example.org/', actor: 'not json' }), COURSE)).toEqual({ ok: false, reason: 'invalid', message: 'the launch URL has no actor, or it is not JSON' });
    expect(readXapiLaunch(query({ endpoint: 'https://lrs.example.org/', actor: '{"mbox":"mailto:a@b.org"}', registration: '42' }), COURSE)).toEqual({
      ok: false,
      reason: 'invalid',
      message: "the launch URL's registration is not a UUID: 42",
    });
  });
});

describe('the cmi5 launch', () => {
  const launch = {
    endpoint: 'https://lrs.example.org/xapi/',
    fetch: 'https://lms.example.org/fetch/1',
    actor: JSON.stringify({ objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'ada' } }),
    registration: '6f1c2f7e-3b1a-4c55-9d2e-2b7f3c1d0a11',
    activityId: 'https://lms.example.org/au/1',
  };

  test('needs fetch, registration, activityId and an account actor (cmi5 §8.1, §9.2)', () => {
    expect(readCmi5Launch(query(launch))).toMatchObject({ ok: true, launch: { fetchUrl: 'https://lms.example.org/fetch/1', activityId: 'https://lms.example.org/au/1' } });
    expect(readCmi5Launch(query({ ...launch, actor: '{"mbox":"mailto:a@b.org"}' }))).toEqual({ ok: false, reason: 'invalid', message: 'the cmi5 actor must identify the learner by an account (cmi5 §9.2)' });
    const { fetch: _fetch, ...noFetch } = launch;
    expect(readCmi5Launch(query(noFetch))).toEqual({ ok: false, reason: 'invalid', message: 'the cmi5 launch URL has no fetch URL' });
    expect(readCmi5Launch(query({ ...launch, fetch: '/fetch/1' }))).toEqual({ ok: false, reason: 'invalid', message: "the cmi5 launch URL's fetch is not an http(s) URL: /fetch/1" });
  });

  test('POSTs the fetch URL once per launch and reuses the token on a reload of the same launch', async () => {
    const storage = new MemoryStorage();
    const calls: RequestInit[] = [];
    const fetch = async (_url: string, init: RequestInit): Promise<Response> => {
      calls.push(init);
      return calls.length === 1 ? Response.json({ 'auth-token': 'dG9rZW4=' }) : Response.json({ 'error-code': '1', 'error-text': 'already used' });
    };
    expect(await obtainToken(launch.fetch, fetch, storage)).toEqual({ ok: true, session: { token: 'dG9rZW4=' }, reused: false });
    expect(await obtainToken(launch.fetch, fetch, storage)).toEqual({ ok: true, session: { token: 'dG9rZW4=' }, reused: true });
    expect(calls).toEqual([{ method: 'POST', cache: 'no-store' }]);
    expect(keptSession(storage, launch.fetch)).toEqual({ token: 'dG9rZW4=' });
  });

  test("turns the fetch URL's error codes into a message the learner can act on (cmi5 §8.2.3)", async () => {
    const answer = (body: unknown) => async (): Promise<Response> => Response.json(body);
    expect(await obtainToken(launch.fetch, answer({ 'error-code': '1', 'error-text': 'used' }), new MemoryStorage())).toEqual({
      ok: false,
      message: 'this launch was already used; open the course again from your LMS (used)',
    });
    expect(await obtainToken(launch.fetch, answer({ 'error-code': '2', 'error-text': 'no' }), new MemoryStorage())).toEqual({ ok: false, message: 'the LMS refused the launch for security reasons (no)' });
  });

  test('reads LMS.LaunchData: context template, mode, mastery score, moveOn, returnURL', () => {
    const contextTemplate = { extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's1' } };
    expect(parseLaunchData({ contextTemplate, launchMode: 'Browse', masteryScore: 0.5, moveOn: 'Passed', returnURL: 'https://lms.example.org/back' })).toEqual({
      ok: true,
      data: { contextTemplate, launchMode: 'Browse', masteryScore: 0.5, moveOn: 'Passed', returnURL: 'https://lms.example.org/back' },
    });
    expect(parseLaunchData({ launchMode: 'Normal' })).toEqual({ ok: false, message: 'LMS.LaunchData has no contextTemplate' });
    expect(parseLaunchData({ contextTemplate, launchMode: 'normal' })).toEqual({ ok: false, message: 'LMS.LaunchData has launchMode "normal", not Normal, Browse or Review' });
  });
});
