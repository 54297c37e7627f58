/**
 * Rules for cmi5 course structures (cmi5 §13-14): course, block and AU ids are unique absolute
 * IRIs, and every AU inside the package has its launch page.
 * @packageDocumentation
 */
import type { Element } from '@xmldom/xmldom';
import { finding, type Finding } from './check-codes.ts';
import { checkActivityId, checkLaunchUrl } from './launch-rules.ts';
import type { PackageContents } from './package-contents.ts';
import { NS } from './standards.ts';
import { attribute, childElements, descendantElements, textOf } from './xml-document.ts';

/** Runs the cmi5.xml rules. */
export function checkCmi5(root: Element, contents: PackageContents): Finding[] {
  const manifest = 'cmi5.xml';
  const findings: Finding[] = [];
  const identified = ['course', 'block', 'au'].flatMap((name) => descendantElements(root, NS.cmi5, name));
  const seen = new Map<string, number>();
  for (const element of identified) {
    findings.push(...checkActivityId(element, manifest));
    const id = attribute(element, 'id');
    if (id !== undefined) seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  // cmi5 §13.1.4: AU (and block) ids are unique within the course structure.
  for (const [id, count] of seen) if (count > 1) findings.push(finding('duplicate-identifier', { id }, manifest));
  for (const au of descendantElements(root, NS.cmi5, 'au')) {
    const url = childElements(au, NS.cmi5, 'url')[0];
    // An absolute URL is an AU hosted elsewhere (cmi5 §14.1): allowed, and not ours to find.
    if (url) findings.push(...checkLaunchUrl(textOf(url), manifest, url, contents));
  }
  return findings;
}
