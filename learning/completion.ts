/**
 * When the course counts as complete, from the rule in `course.yaml`, and which status word
 * the LMS should see.
 * @packageDocumentation
 */
import type { CompletionRule, StatusReport } from '../format/course-schema.ts';

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
  switch (rule) {
    case 'lesson-viewed':
      return facts.lessonViewed;
    case 'quiz-submitted':
      return facts.quizSubmitted;
    case 'quiz-passed':
      return facts.quizPassed;
    case 'lesson-viewed-and-quiz-submitted':
      return facts.lessonViewed && facts.quizSubmitted;
    case 'lesson-viewed-and-quiz-passed':
      return facts.lessonViewed && facts.quizPassed;
    default:
      return rule satisfies never;
  }
}

/** A status word as lmspack names it; each tracker maps it to its standard's vocabulary. */
export type ReportedStatus = 'passed' | 'completed' | 'failed' | 'incomplete';

/**
 * The status to report. The first word of `reportStatus` when the rule is met, the second while
 * it is not. "failed" is only reported once a submitted attempt has failed: before the learner
 * has tried the quiz there is nothing to fail, so they are "incomplete".
 */
export function reportedStatus(reportStatus: StatusReport, rule: CompletionRule, facts: CompletionFacts): ReportedStatus {
  const [met, notMet] = reportStatus.split('-') as [ReportedStatus, ReportedStatus];
  if (isCourseComplete(rule, facts)) return met;
  if (notMet === 'failed' && !(facts.quizSubmitted && !facts.quizPassed)) return 'incomplete';
  return notMet;
}
