/**
 * Writes the SCORM 1.2 `imsmanifest.xml` (IMS CP 1.1.2 with the ADL SCORM 1.2 extensions):
 * one organization, one item, one SCO resource that lists every file of the package.
 * Shape from the ADL 1.2 schemas (`adlcp_rootv1p2.xsd`).
 * @packageDocumentation
 */
import { fileHref } from './file-href.ts';
import type { ManifestInput, ManifestOutput } from './manifest-input.ts';
import { carriesMasteryScore, rawPassingScore } from './mastery-score.ts';
import { itemIdentifier, manifestIdentifier, organizationIdentifier, resourceIdentifier } from '../../format/package-ids.ts';
import { el, renderXmlDocument } from './xml-tree.ts';

const IMSCP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const IMSMD = 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1';
const ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';

/** `imscp_rootv1p1p2.xsd` caps the manifest `version` attribute at 20 characters. */
const MAX_VERSION_LENGTH = 20;

/** Writes the SCORM 1.2 manifest for a course. */
export function scorm12Manifest({ course, files, launch }: ManifestInput): ManifestOutput {
  const { id, title, version, quiz, reportStatus, completion } = course.settings;
  const warnings: string[] = [];
  const mastery = carriesMasteryScore(reportStatus, completion) ? rawPassingScore(quiz.passingScore) : undefined;

  let manifestVersion: string | undefined = version;
  if (version.length > MAX_VERSION_LENGTH) {
    manifestVersion = undefined;
    warnings.push(
      `Version "${version}" is longer than the ${MAX_VERSION_LENGTH} characters the manifest's version attribute allows, so the attribute is left out.`,
    );
  }

  const manifest = el(
    'manifest',
    {
      identifier: manifestIdentifier(id),
      version: manifestVersion,
      xmlns: IMSCP,
      'xmlns:adlcp': ADLCP,
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': `${IMSCP} imscp_rootv1p1p2.xsd ${IMSMD} imsmd_rootv1p2p1.xsd ${ADLCP} adlcp_rootv1p2.xsd`,
    },
    // adlcp_rootv1p2.xsd restricts these two to exactly "ADL SCORM" and "1.2".
    el('metadata', {}, el('schema', {}, 'ADL SCORM'), el('schemaversion', {}, '1.2')),
    el(
      'organizations',
      { default: organizationIdentifier(id) },
      el(
        'organization',
        { identifier: organizationIdentifier(id) },
        el('title', {}, title),
        el(
          'item',
          { identifier: itemIdentifier(id), identifierref: resourceIdentifier(id), isvisible: 'true' },
          el('title', {}, title),
          mastery !== undefined && el('adlcp:masteryscore', {}, mastery),
        ),
      ),
    ),
    el(
      'resources',
      {},
      el(
        'resource',
        // Lower-case `scormtype` is the 1.2 spelling (2004 uses `scormType`).
        { identifier: resourceIdentifier(id), type: 'webcontent', 'adlcp:scormtype': 'sco', href: fileHref(launch) },
        // Listing every file, not only the launch page, is the portable choice (SCORM 1.2 CAM
        // asks for every file the resource uses).
        files.map((file) => el('file', { href: fileHref(file) })),
      ),
    ),
  );
  return { fileName: 'imsmanifest.xml', xml: renderXmlDocument(manifest), warnings };
}
