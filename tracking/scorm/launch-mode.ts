/**
 * How a SCORM LMS launched the SCO, in the tracker's words: the mode and credit it gives
 * (SCORM 1.2 RTE §3.4 `cmi.core.lesson_mode`, `cmi.core.credit`; SCORM 2004 4th ed. RTE §4.2
 * `cmi.mode`, `cmi.credit`) and the result it already holds, which the player shows when it
 * records nothing (review, browse, no credit) instead of a result of its own.
 * @packageDocumentation
 */
import type { HeldResult } from '../../learning/held-result.ts';
import type { TrackerSession } from '../tracker.ts';
import type { RecordedOutcome } from './status-mapping.ts';

/**
 * The session's mode and credit from the values read. An empty or unknown mode counts as
 * `normal` and an empty credit as credit, as `recordingPolicy` in `status-mapping.ts` reads them:
 * some LMSs never set them.
 */
export function launchMode(mode: string, credit: string): Pick<TrackerSession, 'mode' | 'credit'> {
  return { mode: mode === 'browse' || mode === 'review' ? mode : 'normal', credit: credit !== 'no-credit' };
}

/**
 * The result the LMS holds: its raw score and its verdict on the quiz (1.2 `lesson_status`
 * `passed`/`failed`, 2004 `success_status`); `undefined` when it holds neither.
 */
export function heldResult(outcome: RecordedOutcome): HeldResult | undefined {
  const verdict = outcome.successStatus ?? outcome.lessonStatus;
  const held: HeldResult = {};
  if (outcome.scoreRaw !== undefined) held.score = outcome.scoreRaw;
  if (verdict === 'passed' || verdict === 'failed') held.passed = verdict === 'passed';
  return held.score === undefined && held.passed === undefined ? undefined : held;
}
