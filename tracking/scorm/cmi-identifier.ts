/**
 * Identifiers made safe for each version's data model. Course ids are already narrow
 * (`format/ids.ts`): entity ids are `[a-z0-9]` words joined by one `-`, `_` or `.`, option ids
 * are `[a-z0-9_.]`. These functions still sanitise, so a future id rule cannot leak an
 * identifier an LMS rejects.
 * @packageDocumentation
 */

/** SCORM 1.2 CMIIdentifier allows at most 255 characters (SCORM 1.2 RTE 3.4). */
const MAX_12 = 255;
/** SCORM 2004 long_identifier_type: at most 4000 characters (SCORM 2004 4th RTE 4.1). */
const MAX_LONG = 4000;
/** SCORM 2004 short_identifier_type: at most 250 characters (SCORM 2004 4th RTE 4.1). */
const MAX_SHORT = 250;

/**
 * An id for SCORM 1.2 `cmi.interactions.n.id`, `cmi.interactions.n.objectives.n.id` and
 * `cmi.objectives.n.id` (CMIIdentifier, SCORM 1.2 RTE 3.4: "alphanumeric, no white space").
 *
 * Current Moodle accepts any printable ASCII (0x21–0x7E), an older Moodle template only `\w`;
 * we keep to `[A-Za-z0-9_-]`, which both accept (docs/lms-behaviour.md). A `.` becomes `__`, which keeps the
 * mapping one-to-one: entity ids never contain two separators in a row, so no other id can
 * produce `__`. Any other character becomes `_`.
 *
 * @example scorm12Identifier('biology.cells') === 'biology__cells'
 */
export function scorm12Identifier(id: string): string {
  const safe = id.replace(/\./g, '__').replace(/[^A-Za-z0-9_-]/g, '_');
  return (safe || '_').slice(0, MAX_12);
}

/**
 * An id for SCORM 2004 `cmi.interactions.n.id`, `cmi.interactions.n.objectives.n.id` and
 * `cmi.objectives.n.id` (long_identifier_type, SCORM 2004 4th RTE 4.1). Moodle's
 * `scorm_13.js` CMILongIdentifier is `^\S{0,4000}[a-zA-Z0-9]$`: no white space, and the last
 * character must be a letter or digit. Course ids already satisfy this; white space becomes
 * `_`, and a trailing non-alphanumeric gets a `0` appended.
 *
 * SPEC DEVIATION: the spec recommends a URN (`urn:…`); we send the bare stable id so the
 * Moodle interactions report shows the id the author wrote.
 */
export function scorm2004LongIdentifier(id: string): string {
  let safe = id.replace(/\s/g, '_').slice(0, MAX_LONG);
  if (!/[A-Za-z0-9]$/.test(safe)) safe = `${safe.slice(0, MAX_LONG - 1)}0`;
  return safe;
}

/**
 * An option id (choice, matching pair, ordering item) for SCORM 2004 response patterns
 * (short_identifier_type, SCORM 2004 4th RTE 4.1). Moodle's CMIShortIdentifier is
 * `^[\w.]{1,250}$`: hyphens, colons and spaces are rejected (406), so anything outside
 * `[A-Za-z0-9_.]` becomes `_`.
 */
export function scorm2004ShortIdentifier(id: string): string {
  return (id.replace(/[^A-Za-z0-9_.]/g, '_') || '_').slice(0, MAX_SHORT);
}

/**
 * The single characters SCORM 1.2 uses for choice, sequencing and matching-target responses
 * (`[0-9a-z]`, SCORM 1.2 RTE 3.4 `cmi.interactions.n.student_response`). Letters come first
 * so the first choice is `a`, as teachers name options.
 */
export const SCORM12_OPTION_CODES = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * The characters SCORM 1.2 matching responses use for sources (`1.a,2.c` as spoor writes them):
 * `1`–`9`, then `a`–`z`.
 */
export const SCORM12_SOURCE_CODES = '123456789abcdefghijklmnopqrstuvwxyz';

/** The 1.2 single-character code of the option at `index` in course order; undefined past 36. */
export function scorm12OptionCode(index: number): string | undefined {
  return index >= 0 ? SCORM12_OPTION_CODES[index] : undefined;
}

/** The 1.2 single-character code of the matching source at `index` in course order; undefined past 35. */
export function scorm12SourceCode(index: number): string | undefined {
  return index >= 0 ? SCORM12_SOURCE_CODES[index] : undefined;
}
