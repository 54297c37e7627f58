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
