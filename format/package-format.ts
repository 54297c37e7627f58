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

/**
 * Source module of each standard's tracker, relative to the project root: the one table the
 * player (app/pick-tracker.ts loads it) and the packager (build-scripts/package/vite-manifest.ts
 * keeps only that standard's chunk in its package) share. Every tracker module lives directly in
 * `tracking/`; what they share lives in `tracking/core/`.
 */
export const TRACKER_MODULES: Readonly<Record<PackageFormat, string>> = {
  scorm12: 'tracking/scorm12.ts',
  scorm2004: 'tracking/scorm2004.ts',
  xapi: 'tracking/xapi.ts',
  cmi5: 'tracking/cmi5.ts',
};

/** The tracker of a page without a format (the dev server, a plain web page): progress stays in the browser. */
export const STANDALONE_TRACKER_MODULE = 'tracking/standalone.ts';
