/**
 * The second policy an xAPI or cmi5 launch page gets (tracking/xapi/connect-policy.ts): its
 * exact text for the origins a launch names, and that the trackers add it before their first
 * request. test/security/launch-connect-policy.test.ts shows it at work in Chromium.
 */
import { describe, expect, test } from 'vitest';
import { Cmi5Tracker } from '../../tracking/cmi5.ts';
import type { Tracker } from '../../tracking/tracker.ts';
import { XapiTracker } from '../../tracking/xapi.ts';
import { connectPolicy } from '../../tracking/xapi/connect-policy.ts';
import { MemoryStorage } from '../tracking/fake-scorm-api.ts';
import { FakeLrsFetch } from '../tracking/fake-lrs-fetch.ts';
import { loadSeedCourse } from '../tracking/seed-course.ts';

describe('the policy text', () => {
  test('an xAPI launch: the page itself and the LRS endpoint, its origin only', () => {
    expect(connectPolicy(['https://lrs.example.org/xapi/'])).toBe("connect-src 'self' https://lrs.example.org");
    expect(connectPolicy(['http://127.0.0.1:8080/xAPI/'])).toBe("connect-src 'self' http://127.0.0.1:8080");
  });

  test('a cmi5 launch: the endpoint and the fetch URL, once each; default ports are not written', () => {
    expect(connectPolicy(['https://lrs.example.org:443/xapi/', 'https://lms.example.org:8443/cmi5/fetch/1?k=2'])).toBe(
      "connect-src 'self' https://lrs.example.org https://lms.example.org:8443",
    );
    expect(connectPolicy(['http://localhost:9000/xapi/', 'http://localhost:9000/fetch/1'])).toBe("connect-src 'self' http://localhost:9000");
  });

  test('no launch: the page itself only', () => {
    expect(connectPolicy([])).toBe("connect-src 'self'");
  });

  test('a host a source expression cannot name keeps only its scheme; an international domain is written in Punycode', () => {
    expect(connectPolicy(['https://[2001:db8::1]:8443/xapi/', 'https://10.0.0.5/xapi/', 'https://bücher.example/lrs/'])).toBe(
      "connect-src 'self' https: https://xn--bcher-kva.example",
    );
  });
});

describe('the trackers narrow the policy before their first request', () => {
  const ACTOR = JSON.stringify({ objectType: 'Agent', name: 'Ada', account: { homePage: 'https://lms.example.org', name: 'ada' } });
  const REGISTRATION = '6f1c2f7e-3b1a-4c55-9d2e-2b7f3c1d0a11';

  /** Connects a tracker and returns, in order, each narrowing and each request it made. */
  async function firstSteps(make: (deps: { fetch: FakeLrsFetch['fetch']; narrowConnections: (urls: readonly string[]) => void }) => Tracker): Promise<string[]> {
    const lrs = new FakeLrsFetch();
    const steps: string[] = [];
    const tracker = make({
      fetch: (url, init) => {
        steps.push(`${init.method ?? 'GET'} ${url.split('?')[0]}`);
        return lrs.fetch(url, init);
      },
      narrowConnections: (urls) => steps.push(`narrow to [${urls.join(', ')}]`),
    });
    await tracker.connect();
    await tracker.restoreState();
    return steps.slice(0, 2);
  }

  test('xAPI: to the endpoint, then the resume document is read', async () => {
    const course = await loadSeedCourse();
    const search = `?${new URLSearchParams({ endpoint: 'https://lrs.example.org/xapi', auth: 'Basic abc=', actor: ACTOR, registration: REGISTRATION })}`;
    const steps = await firstSteps((deps) => new XapiTracker({ course }, { ...deps, search, storage: new MemoryStorage(), lifecycle: null, log: () => {} }));
    expect(steps).toEqual(['narrow to [https://lrs.example.org/xapi/]', 'GET https://lrs.example.org/xapi/activities/state']);
  });

  test('cmi5: to the endpoint and the fetch URL, then the fetch URL is called', async () => {
    const course = await loadSeedCourse();
    const search = `?${new URLSearchParams({ endpoint: 'https://lrs.example.org/xapi/', fetch: 'https://lms.example.org/fetch', actor: ACTOR, registration: REGISTRATION, activityId: 'https://lms.example.org/au/1' })}`;
    const steps = await firstSteps((deps) => new Cmi5Tracker({ course }, { ...deps, search, storage: new MemoryStorage(), sessionStorage: new MemoryStorage(), lifecycle: null, log: () => {} }));
    expect(steps).toEqual(['narrow to [https://lrs.example.org/xapi/, https://lms.example.org/fetch]', 'POST https://lms.example.org/fetch']);
  });

  test.each([
    ['opened without a launch', ''],
    ['launched with an endpoint that is not an http(s) URL', `?${new URLSearchParams({ endpoint: 'javascript:alert(1)', actor: ACTOR })}`],
  ])('%s: to the page itself, and nothing is requested', async (_name, search) => {
    const course = await loadSeedCourse();
    const steps = await firstSteps((deps) => new XapiTracker({ course }, { ...deps, search, storage: new MemoryStorage(), lifecycle: null, log: () => {} }));
    expect(steps).toEqual(['narrow to []']);
  });
});
