/**
 * The contract between the packager and the player: which standards a package can be built for,
 * and the meta element of `index.html` that tells the player which one it was. Both sides import
 * it from here so that they cannot drift apart.
 * @packageDocumentation
 */

/** The standards a package can be built for. */
export const PACKAGE_FORMATS = ['scorm12', 'scorm2004', 'xapi', 'cmi5'] as const;

/** One standard: `scorm12` (SCORM 1.2), `scorm2004` (SCORM 2004 4th ed.), `xapi` (tincan.xml), `cmi5`. */
export type PackageFormat = (typeof PACKAGE_FORMATS)[number];

/** Whether a string (a CLI argument, a meta element's content) names a package format. */
export function isPackageFormat(value: string): value is PackageFormat {
  return (PACKAGE_FORMATS as readonly string[]).includes(value);
}

/** The SCORM formats: packages with an imsmanifest.xml and the SCORM run-time API. */
export type ScormPackageFormat = Extract<PackageFormat, 'scorm12' | 'scorm2004'>;

/** The standard's name, as people know it: for logs, tables and reports. */
export const PACKAGE_FORMAT_LABELS: Record<PackageFormat, string> = {
  scorm12: 'SCORM 1.2',
  scorm2004: 'SCORM 2004',
  xapi: 'xAPI',
  cmi5: 'cmi5',
};

/** `<meta name="lmspack-format" content="scorm12">`: written by the packager, read by the player. */
export const FORMAT_META_NAME = 'lmspack-format';
