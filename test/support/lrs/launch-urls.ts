/**
 * Launch URLs as an LMS builds them. xAPI: the Rustici launch convention (`endpoint`, `auth`,
 * `actor`, `registration`, `activity_id`; the actor in xAPI JSON or the legacy TinCan form with
 * arrays). cmi5: the five launch parameters of cmi5 spec §8.1 (`endpoint`, `fetch`, `actor`,
 * `registration`, `activityId`). Every value is URL-encoded.
 * @packageDocumentation
 */
import type { Agent } from '@xapi/xapi';

export interface XapiLaunch {
  endpoint: string;
  auth: string;
  actor: Agent;
  registration: string;
  activityId?: string;
  /** Send the actor in the legacy TinCan form (`{"name":["…"],"mbox":["mailto:…"]}`). */
  legacyActor?: boolean;
}

/** The TinCan 0.9 actor shape some LMSs still send (single values wrapped in arrays). */
export function legacyActorOf(actor: Agent): Record<string, unknown> {
  const legacy: Record<string, unknown> = { objectType: 'Agent' };
  if (actor.name) legacy.name = [actor.name];
  if (actor.mbox) legacy.mbox = [actor.mbox];
  if (actor.account) legacy.account = [{ accountServiceHomePage: actor.account.homePage, accountName: actor.account.name }];
  return legacy;
}

export function xapiLaunchUrl(packageUrl: string, launch: XapiLaunch): string {
  const url = new URL(packageUrl);
  url.searchParams.set('endpoint', launch.endpoint);
  url.searchParams.set('auth', launch.auth);
  url.searchParams.set('actor', JSON.stringify(launch.legacyActor ? legacyActorOf(launch.actor) : launch.actor));
  url.searchParams.set('registration', launch.registration);
  if (launch.activityId) url.searchParams.set('activity_id', launch.activityId);
  return url.href;
}

export interface Cmi5LaunchParameters {
  endpoint: string;
  fetch: string;
  actor: Agent;
  registration: string;
  activityId: string;
}

export function cmi5LaunchUrl(packageUrl: string, launch: Cmi5LaunchParameters): string {
  const url = new URL(packageUrl);
  url.searchParams.set('endpoint', launch.endpoint);
  url.searchParams.set('fetch', launch.fetch);
  url.searchParams.set('actor', JSON.stringify(launch.actor));
  url.searchParams.set('registration', launch.registration);
  url.searchParams.set('activityId', launch.activityId);
  return url.href;
}
