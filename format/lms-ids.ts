/**
 * Author ids in the forms the SCORM data models accept. The one place that maps an id (see
 * `format/ids.ts` for the rule authors follow) to what reaches an LMS: the tracker uses it for
 * every identifier it writes, the build for the manifest's objective ids and to refuse two ids
 * that would map to the same form (`build-scripts/course/lms-id-collisions.ts`).
 *
 * The mapping is deterministic and leaves every id that was valid under earlier id rules as it
 * was mapped then, so suspend data and the records an LMS already holds keep matching. It is
 * not one-to-one for every pair of ids (`a-b` and `a_b` share the 2004 short form); the build
 * reports such a pair as an error instead of letting two answers share a record.
 *
 * XML ids in manifests need no mapping: every id character (`[a-z0-9_.-]`) is an NCName
 * character, and `format/package-ids.ts` prefixes each id with a letter.
 * @packageDocumentation
 */

/** The identifier types of the SCORM data models that carry author ids. */
export type LmsIdForm = 'scorm12' | 'scorm2004-long' | 'scorm2004-short';

/** SCORM 1.2 CMIIdentifier: at most 255 characters (SCORM 1.2 RTE 3.4). */
const MAX_12 = 255;
/** SCORM 2004 long_identifier_type: at most 4000 characters (SCORM 2004 4th RTE 4.1). */
const MAX_LONG = 4000;
/** SCORM 2004 short_identifier_type: at most 250 characters (SCORM 2004 4th RTE 4.1). */
const MAX_SHORT = 250;

/**
 * `id` as the LMS must receive it in `form`:
 *
 * - `scorm12`: `cmi.interactions.n.id`, `cmi.interactions.n.objectives.n.id`,
 *   `cmi.objectives.n.id` (CMIIdentifier, SCORM 1.2 RTE 3.4: "alphanumeric, no white space").
 *   Current Moodle accepts printable ASCII, an older template only `\w`; we keep to
 *   `[A-Za-z0-9_-]` (docs/lms-behaviour.md): a `.` becomes `__`, any other character `_`.
 * - `scorm2004-long`: the same elements in 2004 (long_identifier_type, SCORM 2004 4th RTE 4.1).
 *   Moodle's `scorm_13.js` CMILongIdentifier is `^\S{0,4000}[a-zA-Z0-9]$`: white space becomes
 *   `_`, and an id ending in `-`, `_` or `.` gets a `0` appended.
 *   SPEC DEVIATION: the spec recommends a URN (`urn:…`); we send the bare id so the Moodle
 *   interactions report shows the id the author wrote.
 * - `scorm2004-short`: choice, matching and sequencing response ids in 2004 patterns
 *   (short_identifier_type, SCORM 2004 4th RTE 4.1). Moodle's CMIShortIdentifier is
 *   `^[\w.]{1,250}$` and refuses hyphens (406, docs/lms-behaviour.md), so `-` and anything else
 *   outside `[A-Za-z0-9_.]` becomes `_`: `rub-is-faster` → `rub_is_faster`.
 *
 * @example lmsId('biology.cells', 'scorm12') === 'biology__cells'
 */
export function lmsId(id: string, form: LmsIdForm): string {
  switch (form) {
    case 'scorm12':
      return (id.replace(/\./g, '__').replace(/[^A-Za-z0-9_-]/g, '_') || '_').slice(0, MAX_12);
    case 'scorm2004-long': {
      const safe = id.replace(/\s/g, '_').slice(0, MAX_LONG);
      return /[A-Za-z0-9]$/.test(safe) ? safe : `${safe.slice(0, MAX_LONG - 1)}0`;
    }
    case 'scorm2004-short':
      return (id.replace(/[^A-Za-z0-9_.]/g, '_') || '_').slice(0, MAX_SHORT);
  }
}
