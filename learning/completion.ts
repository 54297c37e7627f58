/**
 * When the course counts as complete, from the rule in `course.yaml`, and which status word
 * the LMS should see.
 * @packageDocumentation
 */
import { COMPLETION_RULE_PARTS, type CompletionRule, type StatusReport } from '../format/course-schema.ts';

/** What the learner has done so far, as the completion rule needs it. */
export interface CompletionFacts {
  /** Every required (non-optional) lesson section has been on screen. */
  lessonViewed: boolean;
  /** At least one quiz attempt has been submitted. */
  quizSubmitted: boolean;
  /** Some submitted attempt reached the passing score (never downgraded by a later attempt). */
  quizPassed: boolean;
}

/** Whether the completion rule is met. */
export function isCourseComplete(rule: CompletionRule, facts: CompletionFacts): boolean {
  return COMPLETION_RULE_PARTS[rule].every((part) => facts[part]);
}

/** A status word as lmspack names it; each tracker maps it to its standard's vocabulary. */
export type ReportedStatus = 'passed' | 'completed' | 'failed' | 'incomplete';

/**
 * The status to report. The first word of `reportStatus` when the rule is met, the second while
 * it is not, with two refinements:
 * - "failed" is only reported once a submitted attempt has failed: before the learner has tried
 *   the quiz there is nothing to fail, so they are "incomplete".
 * - "passed" never describes a failed quiz. Under a rule that needs only a submitted quiz (or
 *   only the lesson) the course can be complete while the quiz failed; the LMS then hears
 *   "failed" when the author's words include it, and "completed" otherwise.
 */
export function reportedStatus(reportStatus: StatusReport, rule: CompletionRule, facts: CompletionFacts): ReportedStatus {
  const [met, notMet] = reportStatus.split('-') as [ReportedStatus, ReportedStatus];
  const quizFailed = facts.quizSubmitted && !facts.quizPassed;
  if (isCourseComplete(rule, facts)) {
    if (met === 'passed' && quizFailed) return notMet === 'failed' ? 'failed' : 'completed';
    return met;
  }
  if (notMet === 'failed' && !quizFailed) return 'incomplete';
  return notMet;
}

/**
 * The quiz's verdict for SCORM 2004's `success_status`, which is separate from completion there:
 * passed or failed once an attempt is submitted, unknown before. `completed-incomplete` asks for
 * no verdict at all, so it stays unknown.
 */
export function quizVerdict(reportStatus: StatusReport, facts: CompletionFacts): 'passed' | 'failed' | 'unknown' {
  if (reportStatus === 'completed-incomplete' || !facts.quizSubmitted) return 'unknown';
  return facts.quizPassed ? 'passed' : 'failed';
}
