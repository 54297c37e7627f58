/**
 * The SCORM 2004 4th Edition tracker (SCORM 2004 4th RTE 3–4): the `API_1484_11` object,
 * `cmi.completion_status` + `cmi.success_status` + `cmi.progress_measure`, `cmi.score.*` with
 * scaled = raw / 100, interactions with `[,]`/`[.]` patterns and the prompt as description, the
 * manifest's objectives (`course.<id>` primary, `concept.<id>` per key concept), `cmi.location`,
 * `cmi.suspend_data`, `cmi.session_time` as an ISO 8601 duration and `cmi.exit` `suspend`.
 * The session's life and commit policy are shared with 1.2 (`scorm/scorm-tracker.ts`).
 * @packageDocumentation
 */
import { conceptObjectiveId, primaryObjectiveId } from '../format/package-ids.ts';
import { formatDecimal } from './scorm/cmi-decimal.ts';
import { lmsId } from '../format/lms-ids.ts';
import { scorm2004Interaction, scorm2004InteractionElements, type InteractionInput } from './scorm/interaction-record.ts';
import { relativePairs } from './scorm/relative-pairs.ts';
import { objectiveElements, scoreElements, scoreFields, type ObjectiveRecord } from './scorm/score-fields.ts';
import { ScormTracker, type ScormTrackerDeps } from './scorm/scorm-tracker.ts';
import { SCORM_SETTINGS } from './scorm/scorm-version.ts';
import {
  scorm2004Status,
  scorm2004StatusFor,
  type RecordedOutcome,
  type Scorm2004CompletionStatus,
  type Scorm2004SuccessStatus,
  type StatusProgress,
} from './scorm/status-mapping.ts';
import type { TrackerFactory, TrackerOptions } from './tracker.ts';

const COMPLETION = 'cmi.completion_status';
const SUCCESS = 'cmi.success_status';
const PROGRESS = 'cmi.progress_measure';
const SCORE_RAW = 'cmi.score.raw';

const COMPLETIONS: readonly Scorm2004CompletionStatus[] = ['completed', 'incomplete', 'not attempted', 'unknown'];
const SUCCESSES: readonly Scorm2004SuccessStatus[] = ['passed', 'failed', 'unknown'];

function decimal(value: string | undefined): number | undefined {
  return value === undefined || value.trim() === '' || !Number.isFinite(Number(value)) ? undefined : Number(value);
}

/** Reports to a SCORM 2004 LMS. */
export class Scorm2004Tracker extends ScormTracker {
  protected readonly settings = SCORM_SETTINGS['2004'];

  constructor(options: TrackerOptions, deps?: ScormTrackerDeps) {
    super(options, deps);
  }

  protected readOutcome(): RecordedOutcome {
    const scalars: Record<string, string> = {};
    // A first launch answers these with 403 "not initialized": CmiConnection reads that as "".
    for (const element of [COMPLETION, SUCCESS, PROGRESS, SCORE_RAW]) scalars[element] = this.connection?.get(element).value ?? '';
    return this.outcomeFromScalars(scalars);
  }

  protected outcomeFromScalars(scalars: Record<string, string>): RecordedOutcome {
    const outcome: RecordedOutcome = {};
    const completion = COMPLETIONS.find((word) => word === scalars[COMPLETION]);
    const success = SUCCESSES.find((word) => word === scalars[SUCCESS]);
    const progress = decimal(scalars[PROGRESS]);
    const score = decimal(scalars[SCORE_RAW]);
    if (completion) outcome.completionStatus = completion;
    if (success) outcome.successStatus = success;
    if (progress !== undefined) outcome.progressMeasure = progress;
    if (score !== undefined) outcome.scoreRaw = score;
    return outcome;
  }

  protected statusOutcome(progress: StatusProgress): RecordedOutcome | undefined {
    const status = scorm2004StatusFor(this.policy, scorm2004Status(this.options.course.settings, progress));
    if (!status) return undefined;
    return { completionStatus: status.completionStatus, successStatus: status.successStatus, progressMeasure: Number(status.progressMeasure) };
  }

  /**
   * Score (raw, min, max and scaled, raw last), then completion, success and progress. `unknown`
   * and `not attempted` are never written: they are what the LMS starts from, not a report.
   */
  protected outcomeElements(outcome: RecordedOutcome): [string, string][] {
    const elements: [string, string][] = outcome.scoreRaw !== undefined ? scoreElements('2004', outcome.scoreRaw) : [];
    if (outcome.completionStatus === 'completed' || outcome.completionStatus === 'incomplete') elements.push([COMPLETION, outcome.completionStatus]);
    if (outcome.successStatus === 'passed' || outcome.successStatus === 'failed') elements.push([SUCCESS, outcome.successStatus]);
    if (outcome.progressMeasure !== undefined) elements.push([PROGRESS, formatDecimal(Math.min(1, Math.max(0, outcome.progressMeasure)), 4)]);
    return elements;
  }

  protected interactionPairs(input: InteractionInput): [string, string][] {
    const record = scorm2004Interaction(input);
    // The manifest's objective ids (`concept.<id>`), as cmi.objectives carries them.
    record.objectives = [...new Set((input.question.concepts ?? []).map((id) => lmsId(conceptObjectiveId(id), 'scorm2004-long')))];
    return relativePairs('interactions', scorm2004InteractionElements(0, record));
  }

  /** Interactions are part of the 2004 data model every LMS implements. */
  protected interactionsSupported(): boolean {
    return true;
  }

  /**
   * The primary objective (`course.<id>` in the manifest; LMSs preload it into cmi.objectives)
   * carries the course's own score and statuses, so the objective and the SCO never disagree.
   */
  protected override extraObjectives(outcome: RecordedOutcome): ObjectiveRecord[] {
    if (outcome.scoreRaw === undefined) return [];
    const record: ObjectiveRecord = {
      id: lmsId(primaryObjectiveId(this.options.course.settings.id), 'scorm2004-long'),
      score: scoreFields('2004', outcome.scoreRaw),
    };
    if (outcome.successStatus === 'passed' || outcome.successStatus === 'failed') record.successStatus = outcome.successStatus;
    if (outcome.completionStatus === 'completed') record.completionStatus = 'completed';
    return [record];
  }

  protected objectivePairs(record: ObjectiveRecord): [string, string][] {
    return relativePairs('objectives', objectiveElements('2004', 0, record));
  }
}

export const createTracker: TrackerFactory = (options) => new Scorm2004Tracker(options);
