/**
 * Rules for `tincan.xml` packages (the xAPI "Rustici launch" launch convention): one
 * launchable activity with an absolute IRI, its launch page in the zip, no LRS credentials.
 * @packageDocumentation
 */
import type { Element } from '@xmldom/xmldom';
import { finding, type Finding } from './check-codes.ts';
import { checkActivityId, checkLaunchUrl } from './launch-rules.ts';
import type { PackageContents } from './package-contents.ts';
import { NS } from './standards.ts';
import { at, childElements, descendantElements, textOf } from './xml-document.ts';

/** Runs the tincan.xml rules. */
export function checkTincan(root: Element, contents: PackageContents): Finding[] {
  const manifest = 'tincan.xml';
  const findings: Finding[] = [];
  const activities = descendantElements(root, NS.tincan, 'activity');
  for (const activity of activities) findings.push(...checkActivityId(activity, manifest));
  const launchable = activities.filter((activity) => childElements(activity, NS.tincan, 'launch').length > 0);
  if (launchable.length === 0) findings.push(finding('no-launch-activity', {}, manifest));
  if (launchable.length > 1) findings.push(finding('multiple-launch-activities', { count: launchable.length }, manifest));
  for (const activity of launchable) {
    for (const launch of childElements(activity, NS.tincan, 'launch')) findings.push(...checkLaunchUrl(textOf(launch), manifest, launch, contents));
  }
  // tincan.xsd allows a <provider> with a <secret>: an OAuth consumer secret has no place in content.
  for (const name of ['secret', 'endpoint', 'auth']) {
    for (const element of descendantElements(root, NS.tincan, name)) {
      findings.push(finding('credentials-in-package', { where: `<${name}> in tincan.xml` }, at(manifest, element)));
    }
  }
  return findings;
}
