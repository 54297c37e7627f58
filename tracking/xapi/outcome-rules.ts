/**
 * What differs between the plain xAPI and the cmi5 tracker once the session is open: how an
 * attempt is judged, what a course-level statement's context adds, and which statements a
 * launch may send at all. Plain xAPI sends everything and judges by the course's passing score;
 * cmi5's rules are in `tracking/cmi5/cmi5-rules.ts`.
 * @packageDocumentation
 */
import type { QuizSubmitted } from '../../learning/learner-events.ts';
import type { ContextActivities } from './statement.ts';

/** The verbs with a meaning for the course as a whole (cmi5 calls them "defined", cmi5 §9.3). */
export type CourseVerb = 'initialized' | 'completed' | 'passed' | 'failed' | 'terminated';

export interface OutcomeRules {
  /** Whether the attempt passes. */
  passes(event: QuizSubmitted): boolean;
  /** What a course-level statement's context adds (cmi5: its categories and masteryscore). */
  courseContext(verb: CourseVerb): { contextActivities?: ContextActivities; extensions?: Record<string, unknown> };
  /** False in cmi5 Browse and Review: only initialized and terminated are sent (cmi5 §10.2.2). */
  recordsLearning: boolean;
  /** cmi5: one passed or failed per session and none after passed (cmi5 §9.3); plain xAPI: one per attempt. */
  oneVerdictPerSession: boolean;
}

/** Plain xAPI (tincan.xml): every attempt judged by the course's passing score. */
export const XAPI_RULES: OutcomeRules = {
  passes: (event) => event.passed,
  courseContext: () => ({}),
  recordsLearning: true,
  oneVerdictPerSession: false,
};
