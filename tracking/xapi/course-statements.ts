/**
 * The learner events other than answers as statements, one pure function each:
 * - `experienced` a lesson section (`<course>/section/<id>`), once per section;
 * - `interacted` with a flashcard (`<course>/flashcard/<id>`), with the FSRS rating and the next
 *   due date as result extensions and no score (cards never count towards the grade);
 * - `scored` per key concept at each quiz submit (`<course>/concept/<id>`), with the concept's
 *   score and `success` by the passing score: concept mastery, queryable per concept activity;
 * - `passed` / `failed` / `completed` of the course, with score and duration;
 * - `initialized`, `resumed`, `suspended`, `terminated` of the session.
 * @packageDocumentation
 */
import type { ValidatedCourse } from '../../format/validated-course.ts';
import type { CardReviewed, SectionViewed } from '../../learning/learner-events.ts';
import { reachesPassingScore, type ConceptScore } from '../../learning/scoring.ts';
import { isoDuration } from '../core/iso-duration.ts';
import { ACTIVITY_TYPES, EXTENSIONS, partActivityId, quizActivityId } from './activity-ids.ts';
import { courseRef, makeStatement, type StatementScope } from './statement-scope.ts';
import type { ContextActivities, Score, Statement } from './statement.ts';
import { VERBS } from './verbs.ts';

const MINUTE = 60_000;

/** How an attempt or a concept scored: the weights earned of those possible, and the 0–100 share. */
export interface WeightedScore {
  score: number;
  earned: number;
  possible: number;
}

/**
 * As an xAPI score (xAPI 1.0.3 Data §2.4.5.1): `scaled` the share (0..1, from the 2-decimal
 * percentage, so 4 decimals), `raw` the question weights earned, `min` 0, `max` the weights
 * possible. cmi5 §9.5.1 wants raw, min and max as integers, so with fractional weights only
 * `scaled` is sent. Undefined when nothing was possible (`min` must be below `max`).
 */
export function xapiScore({ score, earned, possible }: WeightedScore): Score | undefined {
  if (!(possible > 0)) return undefined;
  const scaled = Math.round(Math.min(100, Math.max(0, score)) * 100) / 10_000;
  return Number.isInteger(earned) && Number.isInteger(possible) ? { scaled, raw: earned, min: 0, max: possible } : { scaled };
}

/** Context activities of a statement about a part of the course. */
function inCourse(scope: StatementScope, parent = courseRef(scope)): ContextActivities {
  return { parent: [parent], grouping: [courseRef(scope)] };
}

/** `experienced` a lesson section. */
export function sectionStatement(scope: StatementScope, course: ValidatedCourse, event: SectionViewed): Statement {
  const section = course.lessons.flatMap((lesson) => lesson.sections).find((item) => item.id === event.sectionId);
  return makeStatement(scope, {
    verb: VERBS.experienced,
    object: {
      objectType: 'Activity',
      id: partActivityId(scope.courseIri, 'section', event.sectionId),
      definition: { type: ACTIVITY_TYPES.module, ...(section ? { name: { [scope.language]: section.title } } : {}) },
    },
    at: event.at,
    contextActivities: inCourse(scope),
  });
}

/** `interacted` with a flashcard: the rating and when FSRS shows it next. */
export function cardStatement(scope: StatementScope, course: ValidatedCourse, event: CardReviewed): Statement {
  const card = course.flashcards.find((item) => item.id === event.cardId);
  return makeStatement(scope, {
    verb: VERBS.interacted,
    object: {
      objectType: 'Activity',
      id: partActivityId(scope.courseIri, 'flashcard', event.cardId),
      definition: { type: ACTIVITY_TYPES.interaction, ...(card ? { name: { [scope.language]: card.front } } : {}) },
    },
    result: {
      extensions: {
        [EXTENSIONS.cardRating]: event.rating,
        [EXTENSIONS.cardDue]: new Date(event.schedule[0] * MINUTE).toISOString(),
      },
    },
    at: event.at,
    contextActivities: inCourse(scope),
  });
}

/** `scored` for each key concept the attempt tested; success is the concept's mastery. */
export function conceptStatements(scope: StatementScope, course: ValidatedCourse, concepts: readonly ConceptScore[], at: number, attempt: number): Statement[] {
  const passingScore = course.settings.quiz.passingScore;
  const terms = new Map(course.conceptGroups.flatMap((group) => group.concepts).map((concept) => [concept.id, concept.term]));
  return concepts.map((concept) => {
    const term = terms.get(concept.conceptId);
    const score = xapiScore(concept);
    return makeStatement(scope, {
      verb: VERBS.scored,
      object: {
        objectType: 'Activity',
        id: partActivityId(scope.courseIri, 'concept', concept.conceptId),
        definition: { type: ACTIVITY_TYPES.objective, ...(term ? { name: { [scope.language]: term } } : {}) },
      },
      result: { ...(score ? { score } : {}), success: reachesPassingScore(concept.score, passingScore) },
      at,
      contextActivities: inCourse(scope, { objectType: 'Activity', id: quizActivityId(scope.courseIri) }),
      extensions: { [EXTENSIONS.attempt]: attempt, [EXTENSIONS.passingScore]: passingScore / 100 },
    });
  });
}

/** What a course-level verdict or completion carries. */
export interface CourseOutcome {
  at: number;
  /** Since the session started, ms. */
  durationMs: number;
  /** The attempt's score (verdicts only). */
  score?: WeightedScore;
  attempt?: number;
  /** Extra context (cmi5: its categories and masteryscore). */
  contextActivities?: ContextActivities;
  extensions?: Record<string, unknown>;
}

/** `passed` or `failed` of the course: success, the attempt's score and the session's duration. */
export function verdictStatement(scope: StatementScope, passed: boolean, outcome: CourseOutcome): Statement {
  const score = outcome.score ? xapiScore(outcome.score) : undefined;
  return makeStatement(scope, {
    verb: passed ? VERBS.passed : VERBS.failed,
    object: scope.course,
    result: {
      ...(score ? { score } : {}),
      success: passed,
      duration: isoDuration(outcome.durationMs),
    },
    at: outcome.at,
    ...(outcome.contextActivities ? { contextActivities: outcome.contextActivities } : {}),
    extensions: { ...(outcome.attempt !== undefined ? { [EXTENSIONS.attempt]: outcome.attempt } : {}), ...outcome.extensions },
  });
}

/** `completed` of the course: the completion rule is met. */
export function completedStatement(scope: StatementScope, outcome: CourseOutcome): Statement {
  return makeStatement(scope, {
    verb: VERBS.completed,
    object: scope.course,
    result: { completion: true, duration: isoDuration(outcome.durationMs) },
    at: outcome.at,
    ...(outcome.contextActivities ? { contextActivities: outcome.contextActivities } : {}),
    ...(outcome.extensions ? { extensions: outcome.extensions } : {}),
  });
}

/** `initialized`, `resumed`, `suspended` or `terminated`; the last two carry the session's duration. */
export function sessionStatement(
  scope: StatementScope,
  verb: 'initialized' | 'resumed' | 'suspended' | 'terminated',
  at: number,
  options: { durationMs?: number; contextActivities?: ContextActivities } = {},
): Statement {
  return makeStatement(scope, {
    verb: VERBS[verb],
    object: scope.course,
    ...(options.durationMs !== undefined ? { result: { duration: isoDuration(options.durationMs) } } : {}),
    at,
    ...(options.contextActivities ? { contextActivities: options.contextActivities } : {}),
  });
}
