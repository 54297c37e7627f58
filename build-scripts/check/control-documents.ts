/**
 * SCORM's control documents: the XSD and DTD files a manifest names (in `xsi:schemaLocation`,
 * `xsi:noNamespaceSchemaLocation` or its DOCTYPE) must be in the package, at its root — ADL's
 * content-package test stops at the first one missing (SCORM 2004 4th ed. CAM and SCORM 1.2 CAM,
 * "XML control documents"). Locations that are URLs are left alone: they are not files of the package.
 * @packageDocumentation
 */
import type { Element } from '@xmldom/xmldom';
import { finding, type Finding } from './check-codes.ts';
import type { PackageContents } from './package-contents.ts';
import { resolveHref } from './package-paths.ts';
import { at, attributeNS, descendantElements } from './xml-document.ts';

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const MANIFEST = 'imsmanifest.xml';

/** The locations an element names: every second token of `xsi:schemaLocation` (namespace, location pairs), and `xsi:noNamespaceSchemaLocation`. */
function schemaLocations(element: Element): string[] {
  const pairs = (attributeNS(element, XSI, 'schemaLocation') ?? '').trim().split(/\s+/).filter(Boolean);
  const locations = pairs.filter((_, index) => index % 2 === 1);
  const noNamespace = attributeNS(element, XSI, 'noNamespaceSchemaLocation');
  return noNamespace ? [...locations, noNamespace.trim()] : locations;
}

/** A finding for each control document the manifest names that the zip does not have where it says. */
export function checkControlDocuments(root: Element, contents: PackageContents): Finding[] {
  const named: { location: string; element: Element }[] = [];
  for (const element of [root, ...descendantElements(root)]) {
    for (const location of schemaLocations(element)) named.push({ location, element });
  }
  const systemId = root.ownerDocument?.doctype?.systemId;
  if (systemId) named.push({ location: systemId, element: root });

  const files = new Set(contents.files);
  const reported = new Set<string>();
  const findings: Finding[] = [];
  for (const { location, element } of named) {
    const target = resolveHref('', location);
    if (target.kind !== 'local' || files.has(target.path) || reported.has(target.path)) continue;
    reported.add(target.path);
    findings.push(finding('missing-control-document', { file: location }, at(MANIFEST, element)));
  }
  return findings;
}
