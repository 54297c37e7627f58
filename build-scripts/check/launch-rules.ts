/**
 * Checks shared by the xAPI (`tincan.xml`) and cmi5 (`cmi5.xml`) rules: activity ids are
 * absolute IRIs, and a launch URL points into the package without LMS-only parameters.
 * @packageDocumentation
 */
import type { Element } from '@xmldom/xmldom';
import { finding, type Finding } from './check-codes.ts';
import { caseHint, resolveHref } from './package-paths.ts';
import type { PackageContents } from './package-contents.ts';
import { at, attribute } from './xml-document.ts';

/** Absolute IRI: a scheme, then no whitespace (xAPI Data: ids are IRIs; cmi5 §3: fully qualified). */
const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

/** Launch parameters only the LMS may supply (Rustici launch; cmi5 §8.1). */
const CREDENTIAL_PARAM = /[?&](?:endpoint|auth|fetch)=/i;

/** Findings for a launch URL: LMS-only parameters in it, or a local target missing from the zip. */
export function checkLaunchUrl(url: string, manifest: string, element: Element, contents: PackageContents): Finding[] {
  const findings: Finding[] = [];
  if (CREDENTIAL_PARAM.test(url)) findings.push(finding('credentials-in-package', { where: `launch URL ${url}` }, at(manifest, element)));
  const target = resolveHref('', url);
  if (target.kind === 'local' && !contents.files.includes(target.path)) {
    findings.push(finding('missing-launch-file', { href: url, hint: caseHint(target.path, contents.files) }, at(manifest, element)));
  }
  return findings;
}

/** A finding when an element's `id` attribute is not an absolute IRI. */
export function checkActivityId(element: Element, manifest: string): Finding[] {
  const id = attribute(element, 'id') ?? '';
  return ABSOLUTE_IRI.test(id) ? [] : [finding('bad-activity-id', { element: element.localName ?? '?', id }, at(manifest, element))];
}

