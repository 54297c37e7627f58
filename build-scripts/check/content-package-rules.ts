/**
 * Rules of IMS Content Packaging shared by SCORM 1.2 (IMS CP 1.1.2) and SCORM 2004 (IMS CP
 * 1.1.4): identifiers and references resolve, the launch page and every listed file exist, and
 * every file in the zip is listed (IMS CP recommends it; LMSs serve unlisted files too).
 * @packageDocumentation
 */
import type { Element } from '@xmldom/xmldom';
import { finding, type Finding } from './check-codes.ts';
import { caseHint, joinBases, resolveHref } from './package-paths.ts';
import { isRootManifest, type PackageContents } from './package-contents.ts';
import { NS } from './standards.ts';
import { at, attribute, attributeNS, childElements, descendantElements, textOf } from './xml-document.ts';

const MANIFEST = 'imsmanifest.xml';

/** The parts of a content package the version-specific rules build on. */
export interface ContentPackage {
  root: Element;
  /** Namespace of the IMS CP elements (the root's namespace). */
  cp: string | null;
  resources: Element[];
  /** Resource identifier → resource. */
  resourcesById: Map<string, Element>;
  /** Items of every organization, in document order. */
  items: Element[];
  /** Resources the default organization's items launch. */
  launched: Set<Element>;
}

/** Reads the organizations and resources of a manifest. */
export function readContentPackage(root: Element): ContentPackage {
  const cp = root.namespaceURI;
  const resources = childElements(root, cp, 'resources').flatMap((list) => childElements(list, cp, 'resource'));
  const resourcesById = new Map<string, Element>();
  for (const resource of resources) {
    const id = attribute(resource, 'identifier');
    if (id !== undefined && !resourcesById.has(id)) resourcesById.set(id, resource);
  }
  const organizations = childElements(root, cp, 'organizations')[0];
  const orgs = organizations ? childElements(organizations, cp, 'organization') : [];
  const items = orgs.flatMap((org) => descendantElements(org, cp, 'item'));
  const defaultId = organizations ? attribute(organizations, 'default') : undefined;
  const defaultOrg = orgs.find((org) => attribute(org, 'identifier') === defaultId) ?? orgs[0];
  const launched = new Set<Element>();
  for (const item of defaultOrg ? descendantElements(defaultOrg, cp, 'item') : []) {
    const resource = resourcesById.get(attribute(item, 'identifierref') ?? '');
    if (resource && attribute(resource, 'href') !== undefined) launched.add(resource);
  }
  return { root, cp, resources, resourcesById, items, launched };
}

function duplicateIdentifiers(pkg: ContentPackage): Finding[] {
  const seen = new Map<string, number>();
  const elements = [pkg.root, ...['organization', 'item', 'resource'].flatMap((name) => descendantElements(pkg.root, pkg.cp, name))];
  for (const element of elements) {
    const id = attribute(element, 'identifier');
    if (id !== undefined) seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  return [...seen].filter(([, count]) => count > 1).map(([id]) => finding('duplicate-identifier', { id }, MANIFEST));
}

function references(pkg: ContentPackage): Finding[] {
  const findings: Finding[] = [];
  const { root, cp } = pkg;
  const organizations = childElements(root, cp, 'organizations')[0];
  if (!organizations || childElements(organizations, cp, 'organization').length === 0) {
    return [finding('nothing-to-launch', {}, MANIFEST)];
  }
  const defaultId = attribute(organizations, 'default');
  const orgIds = new Set(childElements(organizations, cp, 'organization').map((org) => attribute(org, 'identifier')));
  if (defaultId !== undefined && !orgIds.has(defaultId)) findings.push(finding('bad-default-organization', { ref: defaultId }, at(MANIFEST, organizations)));
  // IMS CP lets an item refer to a resource or to a sub-manifest.
  const targets = new Set([...pkg.resourcesById.keys(), ...descendantElements(root, cp, 'manifest').map((m) => attribute(m, 'identifier') ?? '')]);
  for (const item of pkg.items) {
    const ref = attribute(item, 'identifierref');
    if (ref !== undefined && !targets.has(ref)) findings.push(finding('unresolved-identifierref', { element: 'item', ref }, at(MANIFEST, item)));
  }
  for (const resource of pkg.resources) {
    for (const dependency of childElements(resource, cp, 'dependency')) {
      const ref = attribute(dependency, 'identifierref');
      if (ref !== undefined && !targets.has(ref)) findings.push(finding('unresolved-identifierref', { element: 'dependency', ref }, at(MANIFEST, dependency)));
    }
  }
  if (pkg.launched.size === 0) findings.push(finding('nothing-to-launch', {}, MANIFEST));
  return findings;
}

/** `adlcp:location` (SCORM 1.2 and 2004 CAM): metadata kept in a separate file, which the manifest thereby references. */
function metadataLocations(root: Element): Element[] {
  return [NS.adlcp12, NS.adlcp2004].flatMap((namespace) => descendantElements(root, namespace, 'location'));
}

/** The folder prefix an element's hrefs resolve against: the `xml:base` of the manifest, `<resources>` and its resource. */
function baseOf(pkg: ContentPackage, resource: Element | undefined): string {
  const xmlBase = (element: Element | undefined): string | undefined => (element ? attributeNS(element, NS.xml, 'base') : undefined);
  return joinBases(xmlBase(pkg.root), xmlBase(childElements(pkg.root, pkg.cp, 'resources')[0]), xmlBase(resource));
}

/** The resource an element sits in, if any. */
function enclosingResource(pkg: ContentPackage, element: Element): Element | undefined {
  for (let node = element.parentNode; node; node = node.parentNode) {
    if (pkg.resources.includes(node as Element)) return node as Element;
  }
  return undefined;
}

/**
 * Files named in the manifest exist; every file in the zip is named — by a resource's href or
 * `<file>`, or an `adlcp:location` — except the manifests and the control documents (XSD/DTD)
 * beside them, which no resource uses.
 */
function files(pkg: ContentPackage, contents: PackageContents): Finding[] {
  const findings: Finding[] = [];
  const inZip = new Set(contents.files);
  const listed = new Set<string>();
  const check = (base: string, href: string, element: Element, launch: boolean): void => {
    const target = resolveHref(base, href);
    if (target.kind !== 'local') return;
    listed.add(target.path);
    if (inZip.has(target.path)) return;
    const args = { href, hint: caseHint(target.path, contents.files) };
    findings.push(launch ? finding('missing-launch-file', args, at(MANIFEST, element)) : finding('missing-file', args, at(MANIFEST, element)));
  };
  for (const resource of pkg.resources) {
    const base = baseOf(pkg, resource);
    const href = attribute(resource, 'href');
    if (href !== undefined) check(base, href, resource, pkg.launched.has(resource));
    for (const file of childElements(resource, pkg.cp, 'file')) {
      const fileHref = attribute(file, 'href');
      if (fileHref !== undefined) check(base, fileHref, file, false);
    }
  }
  for (const location of metadataLocations(pkg.root)) {
    const resource = enclosingResource(pkg, location);
    check(resource ? baseOf(pkg, resource) : '', textOf(location), location, false);
  }
  const unlisted = contents.files.filter((file) => !isRootManifest(file) && !/\.(?:xsd|dtd)$/i.test(file) && !listed.has(file));
  return [...findings, ...unlisted.map((file) => finding('unlisted-file', {}, file))];
}

/** Runs the content-packaging rules. */
export function checkContentPackage(pkg: ContentPackage, contents: PackageContents): Finding[] {
  return [...duplicateIdentifiers(pkg), ...references(pkg), ...files(pkg, contents)];
}
