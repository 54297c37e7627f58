/**
 * The course's passing score (percent, 0-100) in the notations the manifests need, and whether
 * the SCORM 1.2 manifest may carry it as `adlcp:masteryscore`.
 * @packageDocumentation
 */
import type { CompletionRule, StatusReport } from '../../format/course-schema.ts';

/**
 * Passing score as a 0-1 decimal with at most 4 fraction digits: cmi5 `masteryScore` (cmi5 §13.1.4
 * allows up to 4) and SCORM 2004 `imsss:minNormalizedMeasure` (decimal -1..1). 80 → `"0.8"`.
 */
export function scaledPassingScore(passingScore: number): string {
  return String(Math.round(passingScore * 100) / 10000);
}

/** Passing score on SCORM 1.2's 0-100 scale for `adlcp:masteryscore`. 80 → `"80"`. */
export function rawPassingScore(passingScore: number): string {
  return String(Math.round(passingScore * 100) / 100);
}

/**
 * Whether the SCORM 1.2 manifest carries `adlcp:masteryscore`. With a mastery score, an LMS in
 * credit mode replaces `cmi.core.lesson_status` with `passed` (raw >= mastery) or `failed` once
 * the SCO has reported a score (SCORM 1.2 RTE §3.4.4, `cmi.core.lesson_status`; Moodle does so
 * at LMSFinish). That agrees with what the course reports (`learning/completion.ts`) only when,
 * from the first submitted attempt on, the course itself says `passed` for a passed quiz and
 * `failed` for a failed one: under `passed-failed` with a rule that asks for nothing but the
 * quiz. Anywhere else the LMS would store a status the author did not choose (a failed quiz as
 * `failed` under `passed-incomplete`, a passed quiz as `passed` before the lesson is read), so
 * the manifest leaves the mastery score out and the LMS keeps the course's word.
 */
export function carriesMasteryScore(reportStatus: StatusReport, completion: CompletionRule): boolean {
  return reportStatus === 'passed-failed' && (completion === 'quiz-passed' || completion === 'quiz-submitted');
}
