/**
 * The completion rules and the status words an author can choose in `course.yaml`, and what
 * each rule asks for. Kept apart from the zod schema so that the player and the trackers, which
 * judge by these rules in the browser, do not ship a schema library.
 * @packageDocumentation
 */

/** What has to happen before the LMS is told the course is complete. */
export const COMPLETION_RULES = [
  'lesson-viewed',
  'quiz-submitted',
  'quiz-passed',
  'lesson-viewed-and-quiz-submitted',
  'lesson-viewed-and-quiz-passed',
] as const;
export type CompletionRule = (typeof COMPLETION_RULES)[number];

/**
 * What each completion rule asks for: the course is complete when every listed fact holds. The
 * build checks that a rule needing the quiz has one; the player and the trackers judge by it
 * (learning/completion.ts).
 */
export const COMPLETION_RULE_PARTS = {
  'lesson-viewed': ['lessonViewed'],
  'quiz-submitted': ['quizSubmitted'],
  'quiz-passed': ['quizPassed'],
  'lesson-viewed-and-quiz-submitted': ['lessonViewed', 'quizSubmitted'],
  'lesson-viewed-and-quiz-passed': ['lessonViewed', 'quizPassed'],
} as const satisfies Record<CompletionRule, readonly ('lessonViewed' | 'quizSubmitted' | 'quizPassed')[]>;

/**
 * Which pair of words the LMS sees, as Storyline and Adapt let authors choose. The first word
 * is sent when the completion rule is met, the second while it is not (or when the quiz fails).
 */
export const STATUS_REPORTS = ['passed-failed', 'passed-incomplete', 'completed-incomplete', 'completed-failed'] as const;
export type StatusReport = (typeof STATUS_REPORTS)[number];
