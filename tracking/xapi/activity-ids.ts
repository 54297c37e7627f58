/**
 * Activity ids of the course's parts, below the course IRI the author controls (`iri` in
 * course.yaml, `format/package-ids.ts`), so they are the same in every LMS and every build:
 * `<course>/section/<id>`, `<course>/flashcard/<id>`, `<course>/quiz`, `<course>/question/<id>`,
 * `<course>/concept/<id>`. Ids are the course's own ids, which are already IRI-safe
 * (`format/ids.ts`); they are percent-encoded anyway so an unusual id never breaks the IRI.
 * @packageDocumentation
 */
import { courseActivityIri } from '../../format/package-ids.ts';

export type CoursePart = 'section' | 'flashcard' | 'question' | 'concept';

/** The id of one part of the course. */
export function partActivityId(courseIri: string, part: CoursePart, id: string): string {
  return `${courseActivityIri(courseIri)}/${part}/${encodeURIComponent(id)}`;
}

/** The id of the course's quiz (the parent of its questions). */
export function quizActivityId(courseIri: string): string {
  return `${courseActivityIri(courseIri)}/quiz`;
}

/** Activity types (ADL vocabulary, http://adlnet.gov/expapi/activities/). */
export const ACTIVITY_TYPES = {
  course: 'http://adlnet.gov/expapi/activities/course',
  module: 'http://adlnet.gov/expapi/activities/module',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  interaction: 'http://adlnet.gov/expapi/activities/interaction',
  question: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  objective: 'http://adlnet.gov/expapi/activities/objective',
} as const;

/**
 * Extensions lmspack defines. Their IRIs are lmspack's own names under one base; they identify,
 * they need not resolve. The attempt number uses the registered TinCan extension.
 */
export const EXTENSIONS = {
  /** Quiz attempt number, 1-based (http://id.tincanapi.com/extension/attempt-id). */
  attempt: 'http://id.tincanapi.com/extension/attempt-id',
  /** The learner's flashcard rating: `again`, `hard`, `good` or `easy` (FSRS). */
  cardRating: 'https://w3id.org/xapi/lmspack/extensions/card-rating',
  /** When FSRS next shows the card, ISO 8601 UTC. */
  cardDue: 'https://w3id.org/xapi/lmspack/extensions/card-due',
  /** The passing score the verdict was judged by, 0..1 (plain xAPI; cmi5 uses its masteryscore). */
  passingScore: 'https://w3id.org/xapi/lmspack/extensions/passing-score',
} as const;
