/**
 * A result as the LMS holds it, which the player shows instead of one of its own when the LMS
 * records nothing in a session (review, browse, no credit).
 * @packageDocumentation
 */

export interface HeldResult {
  /** Score 0–100. */
  score?: number;
  /** The LMS's verdict on the quiz; absent when it has none (not attempted, completed…). */
  passed?: boolean;
}
