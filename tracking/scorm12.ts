/**
 * The SCORM 1.2 tracker (SCORM 1.2 RTE 3): the `API` object, one `cmi.core.lesson_status`,
 * `cmi.core.score.*` 0–100, interactions with single-character patterns when the LMS supports
 * them, one objective per key concept, `cmi.core.lesson_location`, `cmi.suspend_data` within
 * 4,096 characters, `cmi.core.session_time` as `HHHH:MM:SS.SS` and `cmi.core.exit` `suspend`.
 * The session's life and commit policy are shared with 2004 (`scorm/scorm-tracker.ts`).
 * @packageDocumentation
 */
import { conceptObjectiveId } from '../format/package-ids.ts';
import { lmsId } from '../format/lms-ids.ts';
import { scorm12Interaction, scorm12InteractionElements, type InteractionInput } from './scorm/interaction-record.ts';
import { relativePairs } from './scorm/relative-pairs.ts';
import { objectiveElements, scoreElements, type ObjectiveRecord } from './scorm/score-fields.ts';
import { ScormTracker, type ScormTrackerDeps } from './scorm/scorm-tracker.ts';
import { SCORM_SETTINGS } from './scorm/scorm-version.ts';
import {
  scorm12Status,
  scorm12StatusFor,
  type RecordedOutcome,
  type Scorm12StoredLessonStatus,
  type StatusProgress,
} from './scorm/status-mapping.ts';
import type { TrackerFactory, TrackerOptions } from './tracker.ts';

const LESSON_STATUS = 'cmi.core.lesson_status';
const SCORE_RAW = 'cmi.core.score.raw';
const STORED_STATUSES: readonly Scorm12StoredLessonStatus[] = ['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'];

function lessonStatus(value: string | undefined): Scorm12StoredLessonStatus | undefined {
  return STORED_STATUSES.find((status) => status === value);
}

function raw(value: string | undefined): number | undefined {
  return value === undefined || value.trim() === '' || !Number.isFinite(Number(value)) ? undefined : Number(value);
}

/** Reports to a SCORM 1.2 LMS. */
export class Scorm12Tracker extends ScormTracker {
  protected readonly settings = SCORM_SETTINGS['1.2'];
  private supportsInteractions: boolean | undefined;

  constructor(options: TrackerOptions, deps?: ScormTrackerDeps) {
    super(options, deps);
  }

  protected readOutcome(): RecordedOutcome {
    const read = (element: string): string | undefined => this.connection?.get(element).value;
    return this.outcomeFromScalars({ [LESSON_STATUS]: read(LESSON_STATUS) ?? '', [SCORE_RAW]: read(SCORE_RAW) ?? '' });
  }

  protected outcomeFromScalars(scalars: Record<string, string>): RecordedOutcome {
    const outcome: RecordedOutcome = {};
    const status = lessonStatus(scalars[LESSON_STATUS]);
    const score = raw(scalars[SCORE_RAW]);
    if (status) outcome.lessonStatus = status;
    if (score !== undefined) outcome.scoreRaw = score;
    return outcome;
  }

  protected statusOutcome(progress: StatusProgress): RecordedOutcome | undefined {
    const status = scorm12StatusFor(this.policy, scorm12Status(this.options.course.settings, progress));
    return status ? { lessonStatus: status.lessonStatus } : undefined;
  }

  /** Score before status: an LMS with a mastery score judges the status from the raw score (SCORM 1.2 CAM `adlcp:masteryscore`). */
  protected outcomeElements(outcome: RecordedOutcome): [string, string][] {
    const elements: [string, string][] = outcome.scoreRaw !== undefined ? scoreElements('1.2', outcome.scoreRaw) : [];
    // `not attempted` is readable but not writable (SCORM 1.2 RTE 3.4 `cmi.core.lesson_status`; Moodle answers 405).
    if (outcome.lessonStatus && outcome.lessonStatus !== 'not attempted') elements.push([LESSON_STATUS, outcome.lessonStatus]);
    return elements;
  }

  protected interactionPairs(input: InteractionInput): [string, string][] {
    const record = scorm12Interaction(input);
    // The objective ids of cmi.objectives (below), so the LMS can relate answers to concepts.
    record.objectives = [...new Set((input.question.concepts ?? []).map((id) => lmsId(conceptObjectiveId(id), 'scorm12')))];
    return relativePairs('interactions', scorm12InteractionElements(0, record));
  }

  /**
   * Interactions are optional in 1.2 and some LMSs do not implement them (errors on every
   * write, spoor#294): probe `cmi.interactions._children` once, and skip them when it fails.
   */
  protected interactionsSupported(): boolean {
    if (this.supportsInteractions === undefined) {
      const read = this.connection?.get('cmi.interactions._children');
      this.supportsInteractions = read !== undefined && read.code === '0' && read.value.trim() !== '';
      if (!this.supportsInteractions) this.log(`this LMS does not support cmi.interactions (error ${read?.code ?? '?'}); answers are not sent one by one`);
    }
    return this.supportsInteractions;
  }

  protected objectivePairs(record: ObjectiveRecord): [string, string][] {
    return relativePairs('objectives', objectiveElements('1.2', 0, record));
  }
}

export const createTracker: TrackerFactory = (options) => new Scorm12Tracker(options);
