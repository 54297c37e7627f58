/**
 * Writes the SCORM 2004 4th edition `imsmanifest.xml` (IMS CP 1.1.4 with the ADL CAM extensions
 * and IMS Simple Sequencing): one organization, one item, one SCO resource listing every file.
 * Shape from the SCORM 2004 4th ed. CAM and its schemas (imscp_v1p1.xsd, adlcp_v1p3.xsd,
 * adlseq_v1p3.xsd, adlnav_v1p3.xsd, imsss_v1p0*.xsd).
 * @packageDocumentation
 */
import { fileHref } from './file-href.ts';
import type { ManifestInput, ManifestOutput } from './manifest-input.ts';
import { scaledPassingScore } from './mastery-score.ts';
import {
  conceptObjectiveId,
  itemIdentifier,
  manifestIdentifier,
  organizationIdentifier,
  primaryObjectiveId,
  resourceIdentifier,
} from '../../format/package-ids.ts';
import { lmsId } from '../../format/lms-ids.ts';
import { el, renderXmlDocument, type XmlElement } from './xml-tree.ts';

const NS = {
  imscp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
  adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
  adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
  imsss: 'http://www.imsglobal.org/xsd/imsss',
} as const;

/** Namespace → schema file pairs for `xsi:schemaLocation`, as the ADL 4th edition templates write them. */
const SCHEMA_LOCATION = [
  [NS.imscp, 'imscp_v1p1.xsd'],
  [NS.adlcp, 'adlcp_v1p3.xsd'],
  [NS.adlseq, 'adlseq_v1p3.xsd'],
  [NS.adlnav, 'adlnav_v1p3.xsd'],
  [NS.imsss, 'imsss_v1p0.xsd'],
]
  .map((pair) => pair.join(' '))
  .join(' ');

/**
 * An objective judged by measure. Every objective carries the same `minNormalizedMeasure`:
 * Moodle copies the measure of *each* objective row of the SCO into `cmi.scaled_passing_score`
 * (last one wins) and defaults a missing measure to 1.0 (docs/lms-behaviour.md), so an objective
 * without it, or with another value, could hand the SCO a different pass mark.
 */
function objective(tag: 'imsss:primaryObjective' | 'imsss:objective', objectiveID: string, measure: string): XmlElement {
  return el(tag, { objectiveID, satisfiedByMeasure: 'true' }, el('imsss:minNormalizedMeasure', {}, measure));
}

/** Writes the SCORM 2004 4th edition manifest for a course. */
export function scorm2004Manifest({ course, files, launch }: ManifestInput): ManifestOutput {
  const { id, title, version, quiz } = course.settings;
  const measure = scaledPassingScore(quiz.passingScore);
  const concepts = course.conceptGroups.flatMap((group) => group.concepts);

  const item = el(
    'item',
    { identifier: itemIdentifier(id), identifierref: resourceIdentifier(id), isvisible: 'true' },
    el('title', {}, title),
    // No adlcp:completionThreshold: with one the LMS overrides completion_status from
    // progress_measure (SCORM 2004 4th ed. RTE, `cmi.completion_threshold`); the course reports
    // its own completion.
    el(
      'imsss:sequencing',
      {},
      // imsss:sequencing children are an xs:sequence: objectives before deliveryControls.
      el(
        'imsss:objectives',
        {},
        // satisfiedByMeasure + minNormalizedMeasure is how the pass mark reaches the SCO as
        // cmi.scaled_passing_score (SCORM 2004 4th ed. RTE, `cmi.scaled_passing_score`; IMS SS 1.0
        // objectives); the tracker reports score.scaled.
        // The ids the tracker writes into cmi.objectives, so the LMS matches them to these.
        objective('imsss:primaryObjective', lmsId(primaryObjectiveId(id), 'scorm2004-long'), measure),
        concepts.map((concept) => objective('imsss:objective', lmsId(conceptObjectiveId(concept.id), 'scorm2004-long'), measure)),
      ),
      // The defaults (false) let a sequencing LMS set completion and satisfaction itself when the
      // SCO is delivered; "true" says the SCO reports both (IMS SS 1.0 deliveryControls,
      // imsss_v1p0delivery.xsd).
      el('imsss:deliveryControls', { completionSetByContent: 'true', objectiveSetByContent: 'true' }),
    ),
    // One SCO has no previous or next activity, so the LMS's flow buttons would only confuse.
    // Exit and suspend stay with the LMS: the player does not replace them.
    el(
      'adlnav:presentation',
      {},
      el('adlnav:navigationInterface', {}, el('adlnav:hideLMSUI', {}, 'previous'), el('adlnav:hideLMSUI', {}, 'continue')),
    ),
  );

  const manifest = el(
    'manifest',
    {
      identifier: manifestIdentifier(id),
      version,
      xmlns: NS.imscp,
      'xmlns:adlcp': NS.adlcp,
      'xmlns:adlseq': NS.adlseq,
      'xmlns:adlnav': NS.adlnav,
      'xmlns:imsss': NS.imsss,
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': SCHEMA_LOCATION,
    },
    el('metadata', {}, el('schema', {}, 'ADL SCORM'), el('schemaversion', {}, '2004 4th Edition')),
    el(
      'organizations',
      { default: organizationIdentifier(id) },
      el(
        'organization',
        // Keep this course's objectives out of the LMS-wide global objective space (SCORM 2004
        // 4th ed. CAM, `adlseq:objectivesGlobalToSystem`).
        { identifier: organizationIdentifier(id), 'adlseq:objectivesGlobalToSystem': 'false' },
        el('title', {}, title),
        item,
        // flow lets the LMS start the one SCO without a choice from the learner; choice keeps
        // the table of contents usable (the defaults are choice=true, flow=false).
        el('imsss:sequencing', {}, el('imsss:controlMode', { choice: 'true', flow: 'true' })),
      ),
    ),
    el(
      'resources',
      {},
      el(
        'resource',
        { identifier: resourceIdentifier(id), type: 'webcontent', 'adlcp:scormType': 'sco', href: fileHref(launch) },
        files.map((file) => el('file', { href: fileHref(file) })),
      ),
    ),
  );
  return { fileName: 'imsmanifest.xml', xml: renderXmlDocument(manifest), warnings: [] };
}
