/**
 * The two SCORM versions lmspack packages for. Every module in this folder takes the version
 * as data, so one table per concept holds both vocabularies side by side.
 * @packageDocumentation
 */

export const SCORM_VERSIONS = ['1.2', '2004'] as const;

/** `'1.2'` is SCORM 1.2 (2001); `'2004'` is SCORM 2004 4th Edition (2009). */
export type ScormVersion = (typeof SCORM_VERSIONS)[number];
