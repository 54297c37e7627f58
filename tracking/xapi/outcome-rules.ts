/**
 * What differs between the plain xAPI and the cmi5 tracker once the session is open: what a
 * course-level statement's context adds, and which statements a launch may send at all. Plain
 * xAPI sends everything; cmi5's rules are in `tracking/cmi5/cmi5-rules.ts`. Both judge an
 * attempt by the course's passing score, which a cmi5 launch may have replaced with the LMS's
 * mastery score (`learning/with-passing-score.ts`).
 * @packageDocumentation
 */
import type { ContextActivities } from './statement.ts';

/** The verbs with a meaning for the course as a whole (cmi5 calls them "defined", cmi5 §9.3). */
export type CourseVerb = 'initialized' | 'completed' | 'passed' | 'failed' | 'terminated';

export interface OutcomeRules {
  /** What a course-level statement's context adds (cmi5: its categories and masteryscore). */
  courseContext(verb: CourseVerb): { contextActivities?: ContextActivities; extensions?: Record<string, unknown> };
  /** False in cmi5 Browse and Review: only initialized and terminated are sent (cmi5 §10.2.2). */
  recordsLearning: boolean;
  /** cmi5: one passed or failed per session and none after passed (cmi5 §9.3); plain xAPI: one per attempt. */
  oneVerdictPerSession: boolean;
  /**
   * Plain xAPI: a relaunch with a saved state is `resumed` (not `initialized`) and leaving an
   * unfinished course is `suspended` before `terminated`. cmi5 sends neither: every session
   * starts with `initialized` and ends with `terminated` (cmi5 §9.3).
   */
  suspends: boolean;
  /**
   * Whether the page going away ends the session. A cmi5 launch outlives a reload (its token is
   * kept for the launch, cmi5 §8.2), so only the Exit button ends it; a closed tab leaves the
   * session to the LMS, which records it as abandoned (cmi5 §9.3.6).
   */
  pageHideEndsSession: boolean;
}

/** Plain xAPI (tincan.xml): every attempt judged by the course's passing score. */
export const XAPI_RULES: OutcomeRules = {
  courseContext: () => ({}),
  recordsLearning: true,
  oneVerdictPerSession: false,
  suspends: true,
  pageHideEndsSession: true,
};
