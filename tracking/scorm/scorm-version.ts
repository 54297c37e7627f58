/**
 * The two SCORM versions lmspack packages for, and everything that differs between them as one
 * settings object per version: modules in this folder take the version's settings as data
 * instead of branching on the version.
 * @packageDocumentation
 */
import { scorm12Timespan, scorm2004Duration } from './cmi-time.ts';

export const SCORM_VERSIONS = ['1.2', '2004'] as const;

/** `'1.2'` is SCORM 1.2 (2001); `'2004'` is SCORM 2004 4th Edition (2009). */
export type ScormVersion = (typeof SCORM_VERSIONS)[number];

/** The elements whose names differ between versions and that the shared code reads or writes. */
export interface ScormElementNames {
  learnerId: string;
  learnerName: string;
  /** The learner's preferred language, a BCP 47 tag or empty: the interface may speak it. */
  learnerLanguage: string;
  entry: string;
  mode: string;
  credit: string;
  location: string;
  suspendData: string;
  sessionTime: string;
  exit: string;
  /** Prefix of the course score's `raw`, `min`, `max` (and, in 2004, `scaled`). */
  score: string;
}

/** What one SCORM version's run-time data model looks like to lmspack. */
export interface ScormVersionSettings {
  version: ScormVersion;
  /** The package format (`format/package-format.ts`), also the save mirror's key part. */
  standard: 'scorm12' | 'scorm2004';
  names: ScormElementNames;
  /**
   * Longest suspend data in characters: 1.2 CMIString4096 (SCORM 1.2 RTE 3.4); 2004 64,000
   * (SCORM 2004 4th RTE 4.2 `cmi.suspend_data`).
   */
  suspendDataLimit: number;
  /**
   * Longest location: 1.2 CMIString255 (SCORM 1.2 RTE 3.4; Moodle `CMIString256` is `{0,255}`),
   * 2004 characterstring SPM 1000 (SCORM 2004 4th RTE 4.2; Moodle `CMIString1000`).
   */
  locationLimit: number;
  /** Whether scores carry `scaled` (2004 only, RTE 4.2 `cmi.score.scaled`, −1..1). */
  scaledScore: boolean;
  /**
   * How an objective's verdict is written: 1.2 has one `cmi.objectives.n.status`; 2004 splits it
   * into `success_status` and `completion_status` (SCORM 2004 4th RTE 4.2 `cmi.objectives`).
   */
  objectiveVerdict: 'status' | 'success-and-completion';
  /** `session_time` in the version's format: 1.2 CMITimespan, 2004 an ISO 8601 duration. */
  sessionTime: (ms: number) => string;
  /**
   * The error code of a read of an element nobody has set yet, which means "empty", not a
   * failure: 2004's 403 "value not initialized" (SCORM 2004 4th RTE 3.1.7.6); 1.2 has none.
   */
  unsetReadCode?: string;
}

/** The settings of each version, defined here and nowhere else. */
export const SCORM_SETTINGS: { readonly [V in ScormVersion]: Readonly<ScormVersionSettings> & { version: V } } = {
  '1.2': {
    version: '1.2',
    standard: 'scorm12',
    names: {
      learnerId: 'cmi.core.student_id',
      learnerName: 'cmi.core.student_name',
      // SCORM 1.2 RTE §3.4.2: cmi.student_preference.language.
      learnerLanguage: 'cmi.student_preference.language',
      entry: 'cmi.core.entry',
      mode: 'cmi.core.lesson_mode',
      credit: 'cmi.core.credit',
      location: 'cmi.core.lesson_location',
      suspendData: 'cmi.suspend_data',
      sessionTime: 'cmi.core.session_time',
      exit: 'cmi.core.exit',
      score: 'cmi.core.score',
    },
    suspendDataLimit: 4096,
    locationLimit: 255,
    scaledScore: false,
    objectiveVerdict: 'status',
    sessionTime: scorm12Timespan,
  },
  '2004': {
    version: '2004',
    standard: 'scorm2004',
    names: {
      learnerId: 'cmi.learner_id',
      learnerName: 'cmi.learner_name',
      // SCORM 2004 4th ed. RTE §4.2.12: cmi.learner_preference.language.
      learnerLanguage: 'cmi.learner_preference.language',
      entry: 'cmi.entry',
      mode: 'cmi.mode',
      credit: 'cmi.credit',
      location: 'cmi.location',
      suspendData: 'cmi.suspend_data',
      sessionTime: 'cmi.session_time',
      exit: 'cmi.exit',
      score: 'cmi.score',
    },
    suspendDataLimit: 64_000,
    locationLimit: 1000,
    scaledScore: true,
    objectiveVerdict: 'success-and-completion',
    sessionTime: scorm2004Duration,
    unsetReadCode: '403',
  },
};
