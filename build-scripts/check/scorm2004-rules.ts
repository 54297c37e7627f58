/**
 * SCORM 2004 rules beyond the schema: the metadata names the 4th edition, every resource has
 * adlcp:scormType, objectives carry consistent measures (Moodle), and SCOs report their own
 * status (SCORM 2004 4th ed. CAM; IMS SS 1.0).
 * @packageDocumentation
 */
import type { Element } from '@xmldom/xmldom';
import { finding, type Finding } from './check-codes.ts';
import type { ContentPackage } from './content-package-rules.ts';
import { NS } from './standards.ts';
import { at, attribute, attributeNS, childElements, textOf } from './xml-document.ts';

const MANIFEST = 'imsmanifest.xml';

function metadataRules(pkg: ContentPackage, schemaversion: string): Finding[] {
  const metadata = childElements(pkg.root, pkg.cp, 'metadata')[0];
  const schema = metadata ? textOf(childElements(metadata, pkg.cp, 'schema')[0]) : '';
  // SCORM 2004 CAM requires manifest metadata with schema "ADL SCORM" and a schemaversion.
  if (schema !== 'ADL SCORM' || schemaversion === '') {
    return [
      finding(
        'bad-schemaversion',
        { found: metadata ? `schema "${schema}", schemaversion "${schemaversion}"` : 'nothing (no <metadata>)', expected: 'schema "ADL SCORM", schemaversion "2004 4th Edition"' },
        metadata ? at(MANIFEST, metadata) : MANIFEST,
      ),
    ];
  }
  if (schemaversion !== '2004 4th Edition') return [finding('scorm2004-older-edition', { found: schemaversion }, at(MANIFEST, metadata ?? pkg.root))];
  return [];
}

/**
 * Measures of an item's objectives. IMS SS: minNormalizedMeasure counts only when an objective is
 * satisfiedByMeasure, and defaults to 1.0 then; reporting objectives (not satisfied by measure)
 * are left alone.
 */
function objectiveRules(item: Element, id: string): Finding[] {
  const sequencing = childElements(item, NS.imsss, 'sequencing')[0];
  const objectives = sequencing ? childElements(sequencing, NS.imsss, 'objectives')[0] : undefined;
  if (!objectives) return [];
  const measured = [...childElements(objectives, NS.imsss, 'primaryObjective'), ...childElements(objectives, NS.imsss, 'objective')].filter(
    (objective) => attribute(objective, 'satisfiedByMeasure') === 'true',
  );
  const measureOf = (objective: Element): string => textOf(childElements(objective, NS.imsss, 'minNormalizedMeasure')[0]);
  const unmeasured = measured.find((objective) => measureOf(objective) === '');
  if (unmeasured) return [finding('objective-without-measure', { item: id, objective: attribute(unmeasured, 'objectiveID') ?? '?' }, at(MANIFEST, unmeasured))];
  const distinct = [...new Set(measured.map((objective) => Number(measureOf(objective))))];
  if (distinct.length > 1) return [finding('objective-measures-differ', { item: id, values: distinct.join(', ') }, at(MANIFEST, objectives))];
  return [];
}

function deliveryRules(item: Element, id: string): Finding[] {
  const sequencing = childElements(item, NS.imsss, 'sequencing')[0];
  const delivery = sequencing ? childElements(sequencing, NS.imsss, 'deliveryControls')[0] : undefined;
  const byContent = (name: string): boolean => (delivery ? attribute(delivery, name) : undefined) === 'true';
  if (byContent('completionSetByContent') && byContent('objectiveSetByContent')) return [];
  return [finding('status-not-set-by-content', { item: id }, at(MANIFEST, item))];
}

/** Runs the SCORM 2004 rules. `schemaversion` is what the metadata declared (may be empty). */
export function checkScorm2004(pkg: ContentPackage, schemaversion: string): Finding[] {
  const findings = metadataRules(pkg, schemaversion);
  let scos = 0;
  for (const resource of pkg.resources) {
    // SCORM 2004 CAM: adlcp:scormType (camel case) is required on every resource.
    const type = attributeNS(resource, NS.adlcp2004, 'scormType');
    if (type === 'sco') scos++;
    if (type !== 'sco' && type !== 'asset') {
      findings.push(finding('missing-scormtype', { resource: attribute(resource, 'identifier') ?? '?', attribute: 'valid adlcp:scormType' }, at(MANIFEST, resource)));
    }
  }
  if (scos === 0 && pkg.resources.length > 0) findings.push(finding('no-sco', {}, MANIFEST));

  for (const item of pkg.items) {
    const id = attribute(item, 'identifier') ?? '?';
    findings.push(...objectiveRules(item, id));
    const resource = pkg.resourcesById.get(attribute(item, 'identifierref') ?? '');
    if (resource && attributeNS(resource, NS.adlcp2004, 'scormType') === 'sco') findings.push(...deliveryRules(item, id));
  }
  return findings;
}
