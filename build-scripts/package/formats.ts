/**
 * The package formats lmspack builds and what distinguishes them at build time.
 * @packageDocumentation
 */
import type { PackageFormat } from '../../format/package-format.ts';

export { isPackageFormat, PACKAGE_FORMATS, type PackageFormat } from '../../format/package-format.ts';

/** Human names, for logs and the result table. */
export const FORMAT_LABELS: Record<PackageFormat, string> = {
  scorm12: 'SCORM 1.2',
  scorm2004: 'SCORM 2004 4th ed.',
  xapi: 'xAPI (tincan.xml)',
  cmi5: 'cmi5',
};
