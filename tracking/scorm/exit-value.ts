/**
 * What `cmi.core.exit` (1.2) / `cmi.exit` (2004) says when the learner leaves.
 * @packageDocumentation
 */
import type { ScormVersion } from './scorm-version.ts';

/** 1.2 `cmi.core.exit` vocabulary (SCORM 1.2 RTE 3.4): no `normal`, which Moodle rejects (405). */
export type Scorm12Exit = '' | 'suspend' | 'logout' | 'time-out';
/** 2004 `cmi.exit` vocabulary (SCORM 2004 4th RTE 4.2). */
export type Scorm2004Exit = '' | 'suspend' | 'logout' | 'time-out' | 'normal';

/** The exit value for each version, complete or not. */
export const EXIT_VALUES = {
  '1.2': { incomplete: 'suspend', complete: 'suspend' },
  '2004': { incomplete: 'suspend', complete: 'suspend' },
} as const satisfies Record<ScormVersion, { incomplete: Scorm12Exit & Scorm2004Exit; complete: Scorm12Exit & Scorm2004Exit }>;

/**
 * The exit value to write before finishing: `suspend`, whether or not the course is complete.
 *
 * - While incomplete, `suspend` is the only value that keeps the bookmark: Moodle 2004 reloads
 *   suspend data and location only after a `suspend` exit (`scorm_13lib.php`
 *   `get_scorm_default`; docs/lms-behaviour.md), and gives `cmi.entry=resume` only then (1.2
 *   and 2004).
 * - Once complete, we still send `suspend`, deliberately: with `normal` Moodle starts the next
 *   launch blank, so a learner who comes back to see their results or study flashcards would
 *   find an empty course (spoor's `_exitStateIfComplete` exists for this reason;
 *   docs/lms-behaviour.md).
 *   Grades do not depend on it: Moodle grades from score and status whatever the exit. A
 *   teacher who wants a fresh attempt uses Moodle's "start a new attempt" option.
 * - 1.2 never sends `normal` (not in its vocabulary; Moodle 405, scorm-again rewrites it to `""`).
 */
export function exitValue(version: ScormVersion, complete: boolean): Scorm12Exit | Scorm2004Exit {
  return EXIT_VALUES[version][complete ? 'complete' : 'incomplete'];
}
