/**
 * The single-character codes SCORM 1.2 responses use for options. Author ids themselves are
 * mapped to each data model's identifier form by `format/lms-ids.ts`.
 * @packageDocumentation
 */

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
