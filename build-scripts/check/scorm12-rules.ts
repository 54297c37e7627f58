/**
 * SCORM 1.2 rules beyond the schema: every resource says whether it is a SCO, the mastery score
 * is on the 0-100 scale, and the metadata names SCORM 1.2 (SCORM 1.2 CAM).
 * @packageDocumentation
 */
import { finding, type Finding } from './check-codes.ts';
import type { ContentPackage } from './content-package-rules.ts';
import { NS } from './standards.ts';
import { at, attribute, attributeNS, childElements, textOf } from './xml-document.ts';

const MANIFEST = 'imsmanifest.xml';

/** Runs the SCORM 1.2 rules. `schemaversion` is what the metadata declared (may be empty). */
export function checkScorm12(pkg: ContentPackage, schemaversion: string): Finding[] {
  const findings: Finding[] = [];
  const metadata = childElements(pkg.root, pkg.cp, 'metadata')[0];
  const schema = metadata ? textOf(childElements(metadata, pkg.cp, 'schema')[0]) : '';
  if (metadata && (schema !== 'ADL SCORM' || schemaversion !== '1.2')) {
    findings.push(
      finding('scorm12-metadata', { found: `schema "${schema}", schemaversion "${schemaversion}"` }, at(MANIFEST, metadata)),
    );
  }

  let scos = 0;
  for (const resource of pkg.resources) {
    // SCORM 1.2 CAM: adlcp:scormtype (lower-case t) is required on every resource.
    const type = attributeNS(resource, NS.adlcp12, 'scormtype');
    if (type === 'sco') scos++;
    if (type !== 'sco' && type !== 'asset') {
      findings.push(finding('missing-scormtype', { resource: attribute(resource, 'identifier') ?? '?', attribute: 'valid adlcp:scormtype' }, at(MANIFEST, resource)));
    }
  }
  if (scos === 0 && pkg.resources.length > 0) findings.push(finding('no-sco', {}, MANIFEST));

  for (const item of pkg.items) {
    for (const mastery of childElements(item, NS.adlcp12, 'masteryscore')) {
      const value = textOf(mastery);
      const number = Number(value);
      if (value === '' || !Number.isFinite(number) || number < 0 || number > 100) {
        findings.push(finding('masteryscore-out-of-range', { value }, at(MANIFEST, mastery)));
      }
    }
  }
  return findings;
}
