/**
 * The score elements: the course score and one objective per key concept.
 *
 * Moodle grades only on `score.raw`, as points against the activity's maximum grade (default
 * 100), and ignores `scaled`; other LMSs grade on `scaled` or `raw/max` (`mod/scorm/locallib.php` `scorm_grade_user_attempt`). So
 * every score is sent as raw 0–100 with at most 2 decimals, min 0, max 100, and in 2004 also
 * scaled = raw / 100, all consistent.
 * @packageDocumentation
 */
import { reachesPassingScore, type ConceptScore } from '../../learning/scoring.ts';
import { clamp, formatDecimal } from './cmi-decimal.ts';
import { lmsId } from '../../format/lms-ids.ts';
import { SCORM_SETTINGS, type ScormVersion } from './scorm-version.ts';

/** `score.raw|min|max` as strings (SCORM 1.2 RTE 3.4 `cmi.core.score`; SCORM 2004 4th RTE 4.2 `cmi.score`). */
export interface ScoreFields {
  raw: string;
  min: string;
  max: string;
  /** 2004 only (RTE 4.2 `cmi.score.scaled`, −1..1): raw / 100. */
  scaled?: string;
}

/**
 * A score 0–100 as the score elements. The raw score is clamped to 0..100 and rounded to 2
 * decimals (Moodle's 1.2 PHP template allows at most 2 fraction digits and range-checks 0..100);
 * scaled is computed from the rounded raw so the two always agree (≤ 4 decimals).
 *
 * @example scoreFields('2004', 66.666) → { raw: '66.67', min: '0', max: '100', scaled: '0.6667' }
 */
export function scoreFields(version: ScormVersion, score: number): ScoreFields {
  // Integer hundredths: scaled = hundredths / 10 000 is then exact to 4 decimals.
  const hundredths = Math.round(clamp(score, 0, 100) * 100);
  const fields: ScoreFields = { raw: formatDecimal(hundredths / 100, 2), min: '0', max: '100' };
  if (SCORM_SETTINGS[version].scaledScore) fields.scaled = formatDecimal(hundredths / 10_000, 4);
  return fields;
}

/** The `LMSSetValue`/`SetValue` calls for the course score, raw last so min/max are in place when an LMS reacts to raw. */
export function scoreElements(version: ScormVersion, score: number): [element: string, value: string][] {
  const fields = scoreFields(version, score);
  const base = SCORM_SETTINGS[version].names.score;
  const elements: [string, string][] = [
    [`${base}.min`, fields.min],
    [`${base}.max`, fields.max],
  ];
  if (fields.scaled !== undefined) elements.push([`${base}.scaled`, fields.scaled]);
  elements.push([`${base}.raw`, fields.raw]);
  return elements;
}

/** One key concept as an objective record; statuses in each version's vocabulary. */
export interface ObjectiveRecord {
  /** The concept id made safe for the version (`cmi.objectives.n.id`). */
  id: string;
  score: ScoreFields;
  /** 1.2 `cmi.objectives.n.status` (SCORM 1.2 RTE 3.4): `passed` or `failed`. */
  status?: 'passed' | 'failed';
  /** 2004 `cmi.objectives.n.success_status` (RTE 4.2 `cmi.objectives`). */
  successStatus?: 'passed' | 'failed';
  /** 2004 `cmi.objectives.n.completion_status` (RTE 4.2 `cmi.objectives`): every question on it was asked and scored. */
  completionStatus?: 'completed';
}

/**
 * One objective per key concept, from the per-concept breakdown `learning/scoring.ts` gives:
 * its score is the weighted share of right answers among the questions tagged with it, and it
 * is passed when that share reaches the course's passing score, the same rule as the quiz.
 *
 * @param concepts `AttemptScore.concepts` of a submitted attempt
 * @param passingScore `quiz.passingScore`, 0–100
 */
export function objectiveRecords(version: ScormVersion, concepts: readonly ConceptScore[], passingScore: number): ObjectiveRecord[] {
  return concepts.map((concept) => {
    const score = scoreFields(version, concept.score);
    const passed = reachesPassingScore(Number(score.raw), passingScore);
    const word = passed ? 'passed' : 'failed';
    return SCORM_SETTINGS[version].objectiveVerdict === 'status'
      ? { id: lmsId(concept.conceptId, 'scorm12'), score, status: word }
      : { id: lmsId(concept.conceptId, 'scorm2004-long'), score, successStatus: word, completionStatus: 'completed' };
  });
}

/**
 * The calls for an objective at `index` (`cmi.objectives.n.*`): `id` first, as 2004 requires
 * (an objective's other elements before its id are error 408; the id cannot change once set).
 */
export function objectiveElements(version: ScormVersion, index: number, record: ObjectiveRecord): [element: string, value: string][] {
  const base = `cmi.objectives.${index}`;
  const elements: [string, string][] = [
    [`${base}.id`, record.id],
    [`${base}.score.min`, record.score.min],
    [`${base}.score.max`, record.score.max],
  ];
  if (record.score.scaled !== undefined) elements.push([`${base}.score.scaled`, record.score.scaled]);
  elements.push([`${base}.score.raw`, record.score.raw]);
  const verdict = SCORM_SETTINGS[version].objectiveVerdict;
  if (verdict === 'status' && record.status) elements.push([`${base}.status`, record.status]);
  if (verdict === 'success-and-completion') {
    if (record.successStatus) elements.push([`${base}.success_status`, record.successStatus]);
    if (record.completionStatus) elements.push([`${base}.completion_status`, record.completionStatus]);
  }
  return elements;
}
