/**
 * Finds a package's manifest and, from it, the standard the package follows.
 * @packageDocumentation
 */
import { finding, type Finding } from './check-codes.ts';
import { MANIFEST_NAMES, type PackageContents } from './package-contents.ts';
import type { ScormPackageFormat } from '../../format/package-format.ts';
import { NS } from './standards.ts';
import { childElements, textOf } from './xml-document.ts';
import type { Element } from '@xmldom/xmldom';

/** Which manifest at the zip root the package is checked by, and what was wrong on the way. */
export interface ManifestLocation {
  /** Root manifest the rules use: imsmanifest.xml before cmi5.xml before tincan.xml. */
  manifest?: (typeof MANIFEST_NAMES)[number];
  findings: Finding[];
}

/**
 * Looks for manifests. Reports a manifest that sits only in a sub-folder (the commonest packaging
 * mistake), tincan.xml and cmi5.xml together, and manifests of two standards side by side.
 */
export function locateManifest(contents: PackageContents): ManifestLocation {
  const atRoot = MANIFEST_NAMES.filter((name) => contents.files.includes(name));
  const findings: Finding[] = [];
  if (atRoot.length === 0) {
    const nested = contents.files.filter((file) => MANIFEST_NAMES.some((name) => file.endsWith(`/${name}`)));
    if (nested.length === 0) return { findings: [finding('no-manifest', {})] };
    const shallowest = [...nested].sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1));
    return { findings: shallowest.map((found) => finding('manifest-not-at-root', { found }, found)) };
  }
  if (atRoot.includes('tincan.xml') && atRoot.includes('cmi5.xml')) findings.push(finding('dual-manifest', {}));
  else if (atRoot.length > 1) findings.push(finding('mixed-manifests', { names: atRoot.join(', ') }));
  const manifest = (['imsmanifest.xml', 'cmi5.xml', 'tincan.xml'] as const).find((name) => atRoot.includes(name));
  return { ...(manifest ? { manifest } : {}), findings };
}

/** The SCORM version an imsmanifest.xml declares, with the schemaversion text it gave. */
export interface DeclaredScormVersion {
  /** Undefined when the manifest declares neither. */
  standard?: ScormPackageFormat;
  schemaversion: string;
}

/**
 * Reads the SCORM version from `<metadata><schemaversion>` (SCORM CAM), falling back to the
 * namespaces declared when the metadata is missing: the ADL 1.2 and 2004 extension namespaces,
 * then the IMS CP namespace of the root element.
 */
export function declaredScormVersion(root: Element): DeclaredScormVersion {
  const metadata = childElements(root, root.namespaceURI, 'metadata')[0];
  const schemaversion = metadata ? textOf(childElements(metadata, root.namespaceURI, 'schemaversion')[0]) : '';
  if (schemaversion === '1.2') return { standard: 'scorm12', schemaversion };
  if (/2004|CAM 1\.3/i.test(schemaversion)) return { standard: 'scorm2004', schemaversion };
  const declared = new Set<string>();
  for (let index = 0; index < root.attributes.length; index++) {
    const attr = root.attributes.item(index);
    if (attr && (attr.name === 'xmlns' || attr.name.startsWith('xmlns:'))) declared.add(attr.value);
  }
  if (declared.has(NS.adlcp12)) return { standard: 'scorm12', schemaversion };
  if (declared.has(NS.adlcp2004) || declared.has(NS.imsss)) return { standard: 'scorm2004', schemaversion };
  if (root.namespaceURI === NS.imscp12) return { standard: 'scorm12', schemaversion };
  return { schemaversion };
}
