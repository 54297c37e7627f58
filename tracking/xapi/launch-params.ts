/**
 * What an LMS puts in the launch URL of an xAPI package (the Rustici "Launch" convention a
 * `tincan.xml` package implies: `endpoint`, `auth`, `actor`, `registration`, `activity_id`) and
 * of a cmi5 AU (cmi5 §8.1: `endpoint`, `fetch`, `actor`, `registration`, `activityId`). The
 * package carries no endpoint and no credentials: everything comes from here.
 * @packageDocumentation
 */
import { agentFromLaunch } from './launch-actor.ts';
import type { Agent } from './statement.ts';

/** Where to report and as whom. */
export interface LrsLaunch {
  /** The LRS endpoint, always ending in `/`. */
  endpoint: string;
  actor: Agent;
  /** UUID tying statements and state to one enrolment; absent when the LMS sends none (xAPI only). */
  registration?: string;
  /** The activity the launch is about: statements about the course use it as their object. */
  activityId: string;
}

/** The outcome of reading a launch URL. */
export type LaunchReading<T> =
  | { ok: true; launch: T }
  /** No `endpoint`: opened outside an LMS (the player runs standalone, quietly). */
  | { ok: false; reason: 'not-launched' }
  /** Launched, but the parameters are unusable: the learner is told results are not sent. */
  | { ok: false; reason: 'invalid'; message: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An absolute http(s) URL, or undefined. */
export function httpUrl(value: string | null): URL | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** An absolute IRI (a scheme, then something): xAPI rejects relative activity ids (Data §2.4.4.1). */
function isAbsoluteIri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\S+$/i.test(value);
}

/** The parts every LRS launch shares: endpoint, actor, registration and activity id. */
export function readLrsLaunch(params: URLSearchParams, activityParam: string, defaultActivityId?: string): LaunchReading<LrsLaunch> {
  const rawEndpoint = params.get('endpoint');
  if (!rawEndpoint) return { ok: false, reason: 'not-launched' };
  const endpoint = httpUrl(rawEndpoint);
  if (!endpoint) return { ok: false, reason: 'invalid', message: `the launch URL's endpoint is not an http(s) URL: ${rawEndpoint}` };
  let actorJson: unknown;
  try {
    actorJson = JSON.parse(params.get('actor') ?? '');
  } catch {
    return { ok: false, reason: 'invalid', message: 'the launch URL has no actor, or it is not JSON' };
  }
  const actor = agentFromLaunch(actorJson);
  if (!actor) return { ok: false, reason: 'invalid', message: 'the launch URL\'s actor names no learner (no mbox, mbox_sha1sum, openid or account)' };
  const registration = params.get('registration') ?? undefined;
  if (registration !== undefined && !UUID.test(registration)) {
    return { ok: false, reason: 'invalid', message: `the launch URL's registration is not a UUID: ${registration}` };
  }
  const activityId = params.get(activityParam) ?? defaultActivityId;
  if (!activityId || !isAbsoluteIri(activityId)) {
    return { ok: false, reason: 'invalid', message: `the launch URL's ${activityParam} is not an absolute IRI: ${activityId ?? '(none)'}` };
  }
  const href = endpoint.href.endsWith('/') ? endpoint.href : `${endpoint.href}/`;
  return { ok: true, launch: { endpoint: href, actor, activityId, ...(registration ? { registration: registration.toLowerCase() } : {}) } };
}

/** An xAPI (tincan.xml) launch: the LRS parts plus `auth`, the whole Authorization header value. */
export interface XapiLaunch extends LrsLaunch {
  auth: string;
}

/**
 * Reads a Rustici launch URL's query. `activity_id` defaults to the course activity of the
 * package's tincan.xml. A missing `auth` is allowed (an LRS may accept the package's origin).
 */
export function readXapiLaunch(search: string, courseActivityId: string): LaunchReading<XapiLaunch> {
  const params = new URLSearchParams(search);
  const read = readLrsLaunch(params, 'activity_id', courseActivityId);
  if (!read.ok) return read;
  return { ok: true, launch: { ...read.launch, auth: params.get('auth') ?? '' } };
}
