/**
 * The cmi5 launch URL (cmi5 §8.1): `endpoint`, `fetch`, `actor`, `registration` and
 * `activityId`, all required; `endpoint` and `fetch` are absolute http(s) URLs. The actor must
 * identify the learner by an account (cmi5 §9.2).
 * @packageDocumentation
 */
import { httpUrl, readLrsLaunch, type LaunchReading, type LrsLaunch } from '../xapi/launch-params.ts';

export interface Cmi5Launch extends LrsLaunch {
  registration: string;
  /** The one-time URL that hands out the session's credential (cmi5 §8.2). */
  fetchUrl: string;
}

export function readCmi5Launch(search: string): LaunchReading<Cmi5Launch> {
  const params = new URLSearchParams(search);
  const read = readLrsLaunch(params, 'activityId');
  if (!read.ok) return read;
  const { launch } = read;
  const fetchUrl = params.get('fetch');
  if (!fetchUrl) return { ok: false, reason: 'invalid', message: 'the cmi5 launch URL has no fetch URL' };
  // Its origin is one the page will be allowed to connect to (connect-policy.ts), so it must have one.
  if (!httpUrl(fetchUrl)) return { ok: false, reason: 'invalid', message: `the cmi5 launch URL's fetch is not an http(s) URL: ${fetchUrl}` };
  if (!launch.registration) return { ok: false, reason: 'invalid', message: 'the cmi5 launch URL has no registration' };
  if (!('account' in launch.actor)) return { ok: false, reason: 'invalid', message: 'the cmi5 actor must identify the learner by an account (cmi5 §9.2)' };
  return { ok: true, launch: { ...launch, registration: launch.registration, fetchUrl } };
}
