/**
 * What every statement of one session shares, and the one function that assembles a statement:
 * the actor, the registration, the course activity, the language, the platform and the context
 * template (cmi5's `contextTemplate` from LMS.LaunchData, cmi5 §10.2.1; empty for plain xAPI).
 * The template is the base of the context and is never overwritten: lmspack's parent, grouping
 * and category activities are appended to its lists (cmi5 §9.6).
 * @packageDocumentation
 */
import type { Activity, Agent, Context, ContextActivities, Result, Statement, Verb } from './statement.ts';

/** The platform named in every statement's context (xAPI 1.0.3 Data §2.4.6). */
export const PLATFORM = 'lmspack';

/** One session's shared statement parts. */
export interface StatementScope {
  actor: Agent;
  registration?: string;
  /** The launch's activity (`activity_id` / cmi5 `activityId`), with the course's name. */
  course: Activity;
  /** The course's `iri` setting: the base of its parts' ids (`activity-ids.ts`). */
  courseIri: string;
  /** BCP 47 tag of the course's content; also the key of every language map. */
  language: string;
  template: Context;
  /** A new UUID for each statement. */
  newId: () => string;
}

/** What one statement adds to the scope. */
export interface StatementParts {
  verb: Verb;
  object: Activity;
  result?: Result;
  /** When it happened, ms since the epoch. */
  at: number;
  contextActivities?: ContextActivities;
  extensions?: Record<string, unknown>;
}

function mergeActivities(base: ContextActivities | undefined, added: ContextActivities | undefined): ContextActivities | undefined {
  if (!base && !added) return undefined;
  const merged: ContextActivities = { ...base };
  for (const key of ['parent', 'grouping', 'category', 'other'] as const) {
    const list = [...(base?.[key] ?? [])];
    for (const activity of added?.[key] ?? []) if (!list.some((item) => item.id === activity.id)) list.push(activity);
    if (list.length > 0) merged[key] = list;
  }
  return merged;
}

/** A statement of this session, with a new id and the time as an ISO 8601 UTC timestamp. */
export function makeStatement(scope: StatementScope, parts: StatementParts): Statement {
  const template = scope.template;
  const activities = mergeActivities(template.contextActivities, parts.contextActivities);
  const extensions = { ...parts.extensions, ...template.extensions };
  const context: Context = {
    ...template,
    ...(scope.registration ? { registration: scope.registration } : {}),
    ...(activities ? { contextActivities: activities } : {}),
    language: template.language ?? scope.language,
    platform: template.platform ?? PLATFORM,
    ...(Object.keys(extensions).length > 0 ? { extensions } : {}),
  };
  return {
    id: scope.newId(),
    timestamp: new Date(parts.at).toISOString(),
    actor: scope.actor,
    verb: parts.verb,
    object: parts.object,
    ...(parts.result ? { result: parts.result } : {}),
    context,
  };
}

/** The course as a context activity (no definition: the object of other statements carries it). */
export function courseRef(scope: StatementScope): Activity {
  return { objectType: 'Activity', id: scope.course.id };
}
