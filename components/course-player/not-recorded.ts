/**
 * A session in which nothing the learner does is recorded: the LMS launched the course for
 * review or browsing, or for no credit (SCORM 1.2 `cmi.core.lesson_mode`/`cmi.core.credit`,
 * SCORM 2004 `cmi.mode`/`cmi.credit`). The app sets it on the player; the views then show the
 * result the LMS holds, never one of their own, and run the quiz as practice.
 * @packageDocumentation
 */
import type { HeldResult } from '../../learning/held-result.ts';
import { shownScore } from '../../learning/scoring.ts';
import { terms } from '../i18n/terms.ts';

export interface NotRecorded {
  reason: 'review' | 'browse' | 'no-credit';
  /** What the LMS holds, when it says. */
  held?: HeldResult;
}

/** The line naming the result the LMS holds, its score shown as every score is (rounded by `shownScore`). */
export function recordedResultLine(held: HeldResult | undefined, passingScore: number): string {
  return terms().recordedResult(held?.score === undefined ? undefined : shownScore(held.score, passingScore), held?.passed);
}
