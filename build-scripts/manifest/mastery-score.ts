/**
 * The course's passing score (percent, 0-100) in the notations the manifests need.
 * @packageDocumentation
 */

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
