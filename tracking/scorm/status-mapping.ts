/**
 * Which status words the LMS receives: from the course's completion rule, its `reportStatus`
 * mapping and the learner's progress, in each version's vocabulary; the never-downgrade rule
 * for relaunches; and what `mode` and `credit` allow.
 *
 * SCORM 1.2 has one field, `cmi.core.lesson_status` (SCORM 1.2 RTE 3.4), where `passed`/`failed`
 * mean judged and `completed` means done but unjudged. SCORM 2004 splits it into
 * `cmi.completion_status` and `cmi.success_status`, plus `cmi.progress_measure` (SCORM 2004 4th
 * RTE 4.2). The 1.2 word is the author's choice (`learning/completion.ts`). In 2004 the two are
 * separate: completion comes from the completion rule, success from the quiz's verdict, so a
 * learner who failed the quiz is reported `failed` even while the course is still incomplete
 * (Moodle never judges success from the score itself, `mod/scorm/datamodels/scorm_13lib.php`).
 * @packageDocumentation
 */
import { COMPLETION_RULE_PARTS, type CompletionRule, type StatusReport } from '../../format/course-schema.ts';
import { isCourseComplete, quizVerdict, reportedStatus, type CompletionFacts } from '../../learning/completion.ts';
import { formatDecimal } from './cmi-decimal.ts';

/** What SCORM 1.2 `cmi.core.lesson_status` may be set to by content (Moodle CMIStatus). */
export type Scorm12LessonStatus = 'passed' | 'completed' | 'failed' | 'incomplete' | 'browsed';
/** What an LMS may hold in 1.2 `cmi.core.lesson_status` (readable, not writable: `not attempted`). */
export type Scorm12StoredLessonStatus = Scorm12LessonStatus | 'not attempted';
/** SCORM 2004 `cmi.completion_status` vocabulary. */
export type Scorm2004CompletionStatus = 'completed' | 'incomplete' | 'not attempted' | 'unknown';
/** SCORM 2004 `cmi.success_status` vocabulary. */
export type Scorm2004SuccessStatus = 'passed' | 'failed' | 'unknown';

/** The course settings the mapping needs. */
export interface StatusSettings {
  completion: CompletionRule;
  reportStatus: StatusReport;
}

/** The learner's progress, as the mapping needs it. */
export interface StatusProgress extends CompletionFacts {
  /** Required lesson sections viewed so far and how many there are (for `progress_measure`). */
  sectionsViewed: number;
  sectionsRequired: number;
}

/**
 * `cmi.progress_measure` (SCORM 2004 4th RTE 4.2), 0..1: how much of the completion rule is
 * met. It is exactly 1 if and only if the rule is met, so an LMS that compares it with a
 * manifest `completionThreshold` (and overrides `completion_status`, SCORM 2004 4th RTE 4.2.4.1) reaches the
 * same verdict as the course.
 */
export function progressMeasure(rule: CompletionRule, progress: StatusProgress): number {
  if (isCourseComplete(rule, progress)) return 1;
  const lesson = progress.lessonViewed ? 1 : progress.sectionsRequired > 0 ? Math.min(1, progress.sectionsViewed / progress.sectionsRequired) : 0;
  const done = { lessonViewed: lesson, quizSubmitted: progress.quizSubmitted ? 1 : 0, quizPassed: progress.quizPassed ? 1 : 0 };
  const parts = COMPLETION_RULE_PARTS[rule];
  const mean = parts.reduce((sum, part) => sum + done[part], 0) / parts.length;
  // Never 1 while the rule is unmet, even when rounding would make it so.
  return Math.min(mean, 0.99);
}

/** The status elements for SCORM 1.2. */
export interface Scorm12Status {
  lessonStatus: Scorm12LessonStatus;
}

/** The status elements for SCORM 2004. */
export interface Scorm2004Status {
  completionStatus: Scorm2004CompletionStatus;
  successStatus: Scorm2004SuccessStatus;
  /** Decimal string 0..1, at most 4 decimals. */
  progressMeasure: string;
}

/** `cmi.core.lesson_status` for the learner's progress (SCORM 1.2 RTE 3.4). */
export function scorm12Status(settings: StatusSettings, progress: StatusProgress): Scorm12Status {
  return { lessonStatus: reportedStatus(settings.reportStatus, settings.completion, progress) };
}

/** `cmi.completion_status`, `cmi.success_status` and `cmi.progress_measure` (SCORM 2004 4th RTE 4.2). */
export function scorm2004Status(settings: StatusSettings, progress: StatusProgress): Scorm2004Status {
  return {
    completionStatus: isCourseComplete(settings.completion, progress) ? 'completed' : 'incomplete',
    successStatus: quizVerdict(settings.reportStatus, progress),
    progressMeasure: formatDecimal(progressMeasure(settings.completion, progress), 4),
  };
}

// ---------------------------------------------------------------------------------------------
// Mode and credit

/** `cmi.core.lesson_mode` (1.2) / `cmi.mode` (2004) as read; `''` when the LMS leaves it empty. */
export type LaunchMode = 'normal' | 'browse' | 'review' | '';
/** `cmi.core.credit` (1.2) / `cmi.credit` (2004) as read; `''` when the LMS leaves it empty. */
export type LaunchCredit = 'credit' | 'no-credit' | '';

/** What the adapter may write in this launch. */
export interface RecordingPolicy {
  /** Whether status elements (lesson_status, completion/success status, progress) may change. */
  statuses: boolean;
  /** Whether graded data (scores, pass/fail, interaction results, objectives) may be recorded. */
  graded: boolean;
}

/**
 * What a launch may record, from its mode and credit (SCORM 1.2 RTE 3.4 `lesson_mode`,
 * `credit`; SCORM 2004 4th RTE 4.2 `cmi.mode`, `cmi.credit`):
 * - `browse` and `review` change no status and record nothing graded: the learner is looking,
 *   not taking the course (review follows a finished attempt; browse is a preview).
 * - `no-credit` records nothing graded; completion words may still be sent.
 * - An empty mode counts as `normal` and an empty credit as `credit`: some LMSs never set them
 *   (LearnWorlds; scorm-again's 1.2 default credit is `""`), and treating empty as
 *   "record nothing" would silently lose every result there.
 */
export function recordingPolicy(mode: LaunchMode | string, credit: LaunchCredit | string): RecordingPolicy {
  if (mode === 'browse' || mode === 'review') return { statuses: false, graded: false };
  return { statuses: true, graded: credit !== 'no-credit' };
}

/**
 * A 1.2 status limited by the policy: `undefined` when statuses may not change; without credit,
 * `passed`/`failed` (judgements) become `completed`/`incomplete`.
 */
export function scorm12StatusFor(policy: RecordingPolicy, status: Scorm12Status): Scorm12Status | undefined {
  if (!policy.statuses) return undefined;
  if (policy.graded) return status;
  const unjudged: Record<Scorm12LessonStatus, Scorm12LessonStatus> = {
    passed: 'completed',
    failed: 'incomplete',
    completed: 'completed',
    incomplete: 'incomplete',
    browsed: 'browsed',
  };
  return { lessonStatus: unjudged[status.lessonStatus] };
}

/** A 2004 status limited by the policy: `undefined` when statuses may not change; without credit, success stays `unknown`. */
export function scorm2004StatusFor(policy: RecordingPolicy, status: Scorm2004Status): Scorm2004Status | undefined {
  if (!policy.statuses) return undefined;
  return policy.graded ? status : { ...status, successStatus: 'unknown' };
}

// ---------------------------------------------------------------------------------------------
// Never downgrade

/**
 * Rank of each 1.2 status: a later status replaces a recorded one only if it ranks higher.
 * `failed` outranks `incomplete` (a judgement was made); `completed` outranks `failed` (the
 * `completed-failed` mapping moves from failed to completed); `passed` is the top.
 */
const LESSON_STATUS_RANK = {
  'not attempted': 0,
  browsed: 1,
  incomplete: 2,
  failed: 3,
  completed: 4,
  passed: 5,
} as const satisfies Record<Scorm12StoredLessonStatus, number>;

const COMPLETION_RANK = { unknown: 0, 'not attempted': 0, incomplete: 1, completed: 2 } as const satisfies Record<Scorm2004CompletionStatus, number>;
const SUCCESS_RANK = { unknown: 0, failed: 1, passed: 2 } as const satisfies Record<Scorm2004SuccessStatus, number>;

/** What the LMS holds (read at launch) or what the adapter is about to write; absent = unknown/blank. */
export interface RecordedOutcome {
  lessonStatus?: Scorm12StoredLessonStatus;
  completionStatus?: Scorm2004CompletionStatus;
  successStatus?: Scorm2004SuccessStatus;
  /** Raw score 0–100. */
  scoreRaw?: number;
  /** 0..1. */
  progressMeasure?: number;
}

/** Options for {@link neverDowngrade}. */
export interface NeverDowngradeOptions {
  /**
   * The learner started a new LMS attempt (`cmi.entry` is `ab-initio` on a relaunch, or the
   * learner chose to start over): then nothing recorded earlier applies and `next` is returned.
   * @default false
   */
  newAttempt?: boolean;
}

function higher<K extends string>(rank: Record<K, number>, previous: K | undefined, next: K | undefined): K | undefined {
  if (previous === undefined) return next;
  if (next === undefined) return previous;
  return rank[next] > rank[previous] ? next : previous;
}

function larger(previous: number | undefined, next: number | undefined): number | undefined {
  if (previous === undefined || !Number.isFinite(previous)) return next;
  if (next === undefined || !Number.isFinite(next)) return previous;
  return Math.max(previous, next);
}

/**
 * The outcome to write, given what is recorded: a recorded `passed`/`completed` or a higher
 * score is never replaced by a lower one within an attempt, relaunches included; only a new
 * attempt starts afresh. Moodle grades
 * the last raw score written in an attempt (`mod/scorm/locallib.php`), so a weaker quiz retake must not
 * overwrite a better one. Each field is kept at the higher of the two; statuses and scores
 * stay consistent because passing is monotonic in the score.
 */
export function neverDowngrade(previous: RecordedOutcome, next: RecordedOutcome, options: NeverDowngradeOptions = {}): RecordedOutcome {
  if (options.newAttempt) return { ...next };
  const merged: RecordedOutcome = {};
  const lessonStatus = higher(LESSON_STATUS_RANK, previous.lessonStatus, next.lessonStatus);
  const completionStatus = higher(COMPLETION_RANK, previous.completionStatus, next.completionStatus);
  const successStatus = higher(SUCCESS_RANK, previous.successStatus, next.successStatus);
  const scoreRaw = larger(previous.scoreRaw, next.scoreRaw);
  const progress = larger(previous.progressMeasure, next.progressMeasure);
  if (lessonStatus !== undefined) merged.lessonStatus = lessonStatus;
  if (completionStatus !== undefined) merged.completionStatus = completionStatus;
  if (successStatus !== undefined) merged.successStatus = successStatus;
  if (scoreRaw !== undefined) merged.scoreRaw = scoreRaw;
  if (progress !== undefined) merged.progressMeasure = completionStatus === 'completed' ? 1 : progress;
  return merged;
}
