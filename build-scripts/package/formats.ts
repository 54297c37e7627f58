/**
 * The package formats lmspack builds and what distinguishes them at build time.
 * @packageDocumentation
 */
import { PACKAGE_FORMAT_LABELS, type PackageFormat } from '../../format/package-format.ts';

export { isPackageFormat, PACKAGE_FORMATS, type PackageFormat } from '../../format/package-format.ts';

/** Human names, for logs and the result table: the standard, with the edition or launch convention lmspack builds. */
export const FORMAT_LABELS: Record<PackageFormat, string> = {
  ...PACKAGE_FORMAT_LABELS,
  scorm2004: `${PACKAGE_FORMAT_LABELS.scorm2004} 4th ed.`,
  xapi: `${PACKAGE_FORMAT_LABELS.xapi} (tincan.xml)`,
};

/**
 * Source module of each standard's tracker, relative to the Vite root. Each is a dynamic-import
 * chunk in the player build, so the Vite manifest maps it to the output files that only that
 * standard needs; packages for the other standards leave those files out.
 */
export const TRACKER_SOURCES: Record<PackageFormat, string> = {
  scorm12: 'tracking/scorm12.ts',
  scorm2004: 'tracking/scorm2004.ts',
  xapi: 'tracking/xapi.ts',
  cmi5: 'tracking/cmi5.ts',
};
