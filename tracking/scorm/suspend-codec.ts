/**
 * `cmi.suspend_data`: the learner-state codec (`tracking/learner-state-codec.ts`) with each SCORM
 * version's limit. scorm-again accepts 64,000 characters for 1.2 too, so only this limit (and the
 * strict test validator) keeps 1.2 packages within the 4,096 that Moodle enforces.
 * @packageDocumentation
 */
import { SCORM_SETTINGS, type ScormVersion } from './scorm-version.ts';

export { decodeLearnerState as decodeSuspendData, encodeLearnerState as encodeSuspendData } from '../core/learner-state-codec.ts';

/** Longest suspend data per version, in characters (`SCORM_SETTINGS`). */
export const SUSPEND_DATA_LIMITS: Readonly<Record<ScormVersion, number>> = {
  '1.2': SCORM_SETTINGS['1.2'].suspendDataLimit,
  '2004': SCORM_SETTINGS['2004'].suspendDataLimit,
};
