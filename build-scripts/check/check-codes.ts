/**
 * Every finding the package checker can report: its severity, the LMS behaviour that severity
 * rests on, the source of the rule, how to fix it, and its message. One typed table, so a code
 * without a message or a fix is a compile error and tests can assert codes rather than wording.
 *
 * Severities follow what LMSs do with a package: `error` when a major LMS (Moodle, Canvas's SCORM
 * tool, SCORM Cloud) rejects it or the course breaks in it; `warning` when it imports but
 * something is lost or fragile; `suggestion` for best practice. Codes with `strict: 'error'` are
 * errors under `--strict`, which lmspack holds its own packages to.
 * @packageDocumentation
 */

import type { Severity } from '../diagnostics/problem.ts';

/** How much a finding matters. Only errors make `lmspack check` exit with 1 (unless `--strict`). */
export type { Severity };

interface CodeSpec<Args> {
  severity: Severity;
  /** Severity under `--strict`, when it differs. */
  strict?: 'error';
  /** The LMS behaviour the severity rests on. */
  why: string;
  /** The standard or LMS source of the rule. */
  source: string;
  /** What to do about it, shown once per code in the report. */
  fix: string;
  message: (args: Args) => string;
}

/** Declares a code; the type parameter is the shape of the message arguments. */
const code = <Args = Record<never, never>>(spec: CodeSpec<Args>): CodeSpec<Args> => spec;

const MOODLE_SCORM = 'Moodle mod/scorm (datamodels/scormlib.php)';

/** The table of checker codes. */
export const CHECK_CODES = {
  'unreadable-zip': code<{ reason: string }>({
    severity: 'error',
    why: 'Moodle, Canvas and SCORM Cloud unzip a package on upload; a file they cannot read as a zip is rejected.',
    source: 'PKWARE APPNOTE (zip format)',
    fix: 'Re-export the package, or zip the package folder again with a standard zip tool.',
    message: ({ reason }) => `The file cannot be read as a zip: ${reason}.`,
  }),
  'zip-limit-exceeded': code<{ detail: string }>({
    severity: 'error',
    why: 'Moodle unpacks every upload on the server; a zip past these limits is a zip bomb or will fail (or fill the disk) there. The checker stops reading it.',
    source: 'lmspack limits (README "Checking a package")',
    fix: 'Re-export the package; a real course never needs entries this large or this compressible.',
    message: ({ detail }) => `The zip is past a safety limit: ${detail}. Its contents were not checked.`,
  }),
  'unsafe-entry-name': code<{ name: string }>({
    severity: 'error',
    why: 'An entry named with `..` or an absolute path is written outside the folder it is unpacked into ("zip slip") by any unzip that trusts names; no real package has one.',
    source: 'PKWARE APPNOTE (file names are relative)',
    fix: 'Re-create the zip from the package folder so that every name is relative and stays inside it.',
    message: ({ name }) => `The entry "${name}" would be unpacked outside the package folder.`,
  }),
  'duplicate-entry': code<{ name: string; count: number }>({
    severity: 'error',
    why: 'Unzip tools disagree on which copy of a repeated name wins, so the LMS may serve a different file than the one checked.',
    source: 'PKWARE APPNOTE (one entry per name)',
    fix: 'Re-create the zip so that each file appears once.',
    message: ({ name, count }) => `${name} is in the zip ${count} times; LMSs may keep any one of the copies.`,
  }),
  'symlink-entry': code<{ name: string }>({
    severity: 'error',
    why: 'A symbolic link unpacked on the LMS server points at a file of that server, not of the package, so what the course needs is missing or, worse, a server file is served.',
    source: 'PKWARE APPNOTE (Unix file mode in the external attributes)',
    fix: 'Replace the link with the file itself before zipping.',
    message: ({ name }) => `${name} is a symbolic link, not a file.`,
  }),
  'file-not-scanned': code<{ limit: string }>({
    severity: 'warning',
    strict: 'error',
    why: 'The file was too large to scan for outside requests; it imports, but what it fetches is unknown.',
    source: 'lmspack limits (README "Checking a package")',
    fix: 'Split the file, or check by hand that it requests nothing from outside the package.',
    message: ({ limit }) => `The file is larger than ${limit} and was not scanned for outside requests.`,
  }),
  'no-manifest': code({
    severity: 'error',
    why: 'Moodle refuses a zip with neither imsmanifest.xml nor AICC files; SCORM Cloud and cmi5 LMSs recognise a package only by imsmanifest.xml, tincan.xml or cmi5.xml.',
    source: 'IMS CP 1.1.4 (imsmanifest.xml); xAPI launch (tincan.xml); cmi5 §14.1',
    fix: 'Export the course as a SCORM, xAPI or cmi5 package rather than as a web page.',
    message: () => 'No imsmanifest.xml, tincan.xml or cmi5.xml in the package, so no LMS can tell what it is.',
  }),
  'manifest-not-at-root': code<{ found: string }>({
    severity: 'error',
    why: 'LMSs look for the manifest only at the zip root; Moodle then treats the zip as AICC and fails.',
    source: 'IMS CP 1.1.4 (imsmanifest.xml at the package root)',
    fix: 'Zip the contents of the package folder, not the folder itself.',
    message: ({ found }) => `${found} is not at the zip root.`,
  }),
  'dual-manifest': code({
    severity: 'warning',
    strict: 'error',
    why: 'It imports, but an LMS that reads both manifests picks one by its own rule, so the package is tracked as xAPI in one LMS and as cmi5 in another.',
    source: 'cmi5 §14.1; xAPI launch (tincan.xml)',
    fix: 'Keep only the manifest of the standard the package targets.',
    message: () => 'The package has both tincan.xml and cmi5.xml; keep only the one for the standard it targets.',
  }),
  'mixed-manifests': code<{ names: string }>({
    severity: 'warning',
    strict: 'error',
    why: 'A zip with manifests of two standards imports, but which one an LMS uses differs (Moodle reads imsmanifest.xml, a cmi5 LMS cmi5.xml).',
    source: 'IMS CP 1.1.4; cmi5 §14.1',
    fix: 'Build one package per standard.',
    message: ({ names }) => `The package has manifests of more than one standard (${names}); an LMS may pick either.`,
  }),
  'manifest-not-well-formed': code<{ detail: string }>({
    severity: 'error',
    why: 'Moodle, SCORM Cloud and cmi5 LMSs parse the manifest on import and refuse one that is not well-formed XML.',
    source: 'XML 1.0 (well-formed documents)',
    fix: 'Correct the XML at the line named, or re-export the package.',
    message: ({ detail }) => `The manifest is not well-formed XML: ${detail}`,
  }),
  'unknown-scorm-version': code({
    severity: 'warning',
    strict: 'error',
    why: 'Moodle imports a manifest without a SCORM version as SCORM 1.2; a SCORM 2004 SCO then finds no API_1484_11.',
    source: 'SCORM CAM (metadata/schemaversion); ' + MOODLE_SCORM,
    fix: 'Add <metadata><schema>ADL SCORM</schema><schemaversion>…</schemaversion></metadata> naming the version.',
    message: () =>
      'imsmanifest.xml declares neither SCORM 1.2 nor SCORM 2004 (no ADL metadata schemaversion or adlcp namespace), so its SCORM rules were not checked.',
  }),
  'schema-invalid': code<{ schema: string; detail: string }>({
    severity: 'warning',
    strict: 'error',
    why: 'Moodle and SCORM Cloud import SCORM and tincan.xml manifests without schema validation, but ADL\'s conformance test suite rejects them and stricter LMSs may too.',
    source: 'SCORM CAM (official XSDs); tincan.xsd',
    fix: 'Correct the manifest at the line named so that it follows the official schema.',
    message: ({ schema, detail }) => `Not valid against ${schema}: ${detail}`,
  }),
  'cmi5-schema-invalid': code<{ schema: string; detail: string }>({
    severity: 'error',
    why: 'A cmi5 LMS must reject a course structure that does not conform to the cmi5 schema (CATAPULT\'s LMS tests import and expect rejection).',
    source: 'cmi5 §13.1 (CourseStructure.xsd)',
    fix: 'Correct cmi5.xml at the line named so that it follows CourseStructure.xsd.',
    message: ({ schema, detail }) => `Not valid against ${schema}: ${detail}`,
  }),
  'schemas-unavailable': code<{ searched: string }>({
    severity: 'warning',
    why: 'Nothing about the package: without the official schemas the manifest is checked by lmspack\'s own rules only.',
    source: 'lmspack (README "Checking a package")',
    fix: 'Set LMSPACK_STANDARDS_DIR to a folder with the official schemas.',
    message: ({ searched }) => `The manifest was NOT validated against the official schemas: no standards folder at ${searched}.`,
  }),
  'validator-unavailable': code<{ reason: string }>({
    severity: 'warning',
    why: 'Nothing about the package: schema validation runs xmllint, which is missing.',
    source: 'lmspack (README "Checking a package")',
    fix: 'Install xmllint (Debian package libxml2-utils).',
    message: ({ reason }) => `The manifest was NOT validated against the official schemas: ${reason}`,
  }),
  'schema-unusable': code<{ schema: string; detail: string }>({
    severity: 'warning',
    why: 'Nothing about the package: a schema that does not compile validates nothing.',
    source: 'lmspack (README "Checking a package")',
    fix: 'Restore the standards folder from its source.',
    message: ({ schema, detail }) => `The manifest was NOT validated: ${schema} did not compile (${detail}).`,
  }),
  'missing-control-document': code<{ file: string }>({
    severity: 'warning',
    strict: 'error',
    why: 'Moodle and SCORM Cloud import without them, but ADL\'s content-package test stops at the first control document (XSD/DTD) the manifest names that is not at the package root.',
    source: 'SCORM 2004 4th ed. CAM and SCORM 1.2 CAM (control documents at the package root); ADL SCORM Test Suite',
    fix: 'Ship the official XSD/DTD files the manifest names at the zip root, byte for byte as ADL and IMS publish them.',
    message: ({ file }) => `The manifest names the control document ${file}, which is not at the zip root.`,
  }),
  'bad-default-organization': code<{ ref: string }>({
    severity: 'error',
    why: 'The LMS launches the default organization; pointing at none makes the manifest invalid (an IDREF to nothing), and which organization an LMS falls back to, if any, differs.',
    source: 'IMS CP 1.1.4 (organizations/@default is an IDREF)',
    fix: 'Make <organizations default> name the identifier of one <organization>.',
    message: ({ ref }) => `<organizations default="${ref}"> names no <organization>.`,
  }),
  'nothing-to-launch': code({
    severity: 'error',
    why: 'Moodle and SCORM Cloud launch the resources the items of the default organization refer to; with none the learner gets nothing.',
    source: 'IMS CP 1.1.4 (item/@identifierref, resource/@href)',
    fix: 'Give an <item> of the default organization an identifierref to a resource with an href.',
    message: () => 'No item of the default organization refers to a resource with an href, so the LMS has nothing to launch.',
  }),
  'unresolved-identifierref': code<{ element: string; ref: string }>({
    severity: 'error',
    why: 'The item launches nothing in any LMS, and the manifest is invalid to ADL\'s test suite.',
    source: 'IMS CP 1.1.4 (identifierref)',
    fix: 'Point the identifierref at the identifier of a <resource> in the manifest.',
    message: ({ element, ref }) => `<${element} identifierref="${ref}"> refers to no <resource identifier="${ref}">.`,
  }),
  'duplicate-identifier': code<{ id: string }>({
    severity: 'error',
    why: 'The manifest is invalid (identifiers are xs:ID), and an LMS that keys tracking data by identifier records two activities as one.',
    source: 'IMS CP 1.1.4 (identifier is xs:ID); cmi5 §13.1.4',
    fix: 'Give each element its own identifier.',
    message: ({ id }) => `The identifier "${id}" is used more than once.`,
  }),
  'missing-launch-file': code<{ href: string; hint: string }>({
    severity: 'error',
    why: 'The LMS opens the launch page; without it the learner sees an error page in every LMS.',
    source: 'IMS CP 1.1.4 (resource/@href); cmi5 §13.1.4 (url); xAPI launch',
    fix: 'Put the launch page in the zip at the path the manifest names (paths are case-sensitive).',
    message: ({ href, hint }) => `The launch page ${href} is not in the zip.${hint}`,
  }),
  'missing-file': code<{ href: string; hint: string }>({
    severity: 'warning',
    strict: 'error',
    why: 'Moodle and SCORM Cloud import it, but the page that uses the file gets a broken link.',
    source: 'IMS CP 1.1.4 (file/@href)',
    fix: 'Add the file to the zip, or remove its <file> element.',
    message: ({ href, hint }) => `The manifest lists ${href}, which is not in the zip.${hint}`,
  }),
  'unlisted-file': code({
    severity: 'warning',
    strict: 'error',
    why: 'Moodle, Canvas and SCORM Cloud serve every file of the zip, listed or not; only ADL\'s checks and strict repositories rely on the list. IMS CP recommends, but does not require, listing every file.',
    source: 'IMS CP 1.1.4 (resource/file); SCORM 2004 4th ed. CAM (resource files)',
    fix: 'List each file in a <file href> of the resource that uses it.',
    message: () => 'In the zip, but no <file href> lists it.',
  }),
  'outside-url': code<{ url: string; how: string }>({
    severity: 'warning',
    strict: 'error',
    why: 'The package imports everywhere, but the request fails offline, behind an LMS\'s Content-Security-Policy or a school firewall, and tells a third party who is learning.',
    source: 'SCORM 2004 4th ed. CAM (a package contains its resources); cmi5 §14.1',
    fix: 'Ship the file inside the package and refer to it by a relative path.',
    message: ({ url, how }) => `Requests ${url} from outside the package (${how}).`,
  }),
  'missing-scormtype': code<{ resource: string; attribute: string }>({
    severity: 'error',
    why: 'Without it an LMS cannot tell a SCO from an asset: Moodle gives the run-time API only to resources marked sco, so nothing is recorded.',
    source: 'SCORM 1.2 CAM (adlcp:scormtype); SCORM 2004 4th ed. CAM (adlcp:scormType)',
    fix: 'Set adlcp:scormtype (1.2) or adlcp:scormType (2004) to "sco" or "asset" on every resource.',
    message: ({ resource, attribute }) => `<resource identifier="${resource}"> has no ${attribute} ("sco" or "asset").`,
  }),
  'masteryscore-out-of-range': code<{ value: string }>({
    severity: 'error',
    why: 'Moodle compares cmi.core.score.raw with it on a 0-100 scale and overrides the status, so learners can never pass (or always pass).',
    source: 'SCORM 1.2 CAM (adlcp:masteryscore)',
    fix: 'Give adlcp:masteryscore a number from 0 to 100.',
    message: ({ value }) => `adlcp:masteryscore "${value}" is not a number from 0 to 100.`,
  }),
  'bad-schemaversion': code<{ found: string; expected: string }>({
    severity: 'error',
    why: 'Moodle reads the SCORM version from schemaversion and runs a 2004 package without it as SCORM 1.2, so its SCO finds no API_1484_11.',
    source: 'SCORM 2004 4th ed. CAM (metadata/schemaversion); ' + MOODLE_SCORM,
    fix: 'Set <schema>ADL SCORM</schema> and <schemaversion>2004 4th Edition</schemaversion> (or the edition the package follows).',
    message: ({ found, expected }) => `The manifest metadata says ${found}; expected ${expected}.`,
  }),
  'scorm12-metadata': code<{ found: string }>({
    severity: 'warning',
    strict: 'error',
    why: 'Moodle and SCORM Cloud import it as SCORM 1.2 anyway; ADL\'s 1.2 checks expect the metadata.',
    source: 'SCORM 1.2 CAM (metadata/schema, schemaversion)',
    fix: 'Set <schema>ADL SCORM</schema> and <schemaversion>1.2</schemaversion> in the manifest metadata.',
    message: ({ found }) => `The manifest metadata says ${found}; expected schema "ADL SCORM", schemaversion "1.2".`,
  }),
  'scorm2004-older-edition': code<{ found: string }>({
    severity: 'warning',
    why: 'LMSs run earlier editions; lmspack checks against the 4th edition schemas, which differ in details.',
    source: 'SCORM 2004 4th ed. CAM (metadata/schemaversion)',
    fix: 'None needed if the package imports; re-export as 4th edition for the strictest checks.',
    message: ({ found }) => `The manifest declares SCORM ${found}, not 2004 4th Edition; it was checked against the 4th edition rules.`,
  }),
  'objective-without-measure': code<{ item: string; objective: string }>({
    severity: 'warning',
    why: 'It imports, but Moodle copies the minNormalizedMeasure of every objective satisfied by measure into cmi.scaled_passing_score and defaults a missing one to 1.0, so a learner may need a perfect score to pass.',
    source: 'IMS SS 1.0 (objectives, minNormalizedMeasure); ' + MOODLE_SCORM,
    fix: 'Give every objective with satisfiedByMeasure="true" an imsss:minNormalizedMeasure.',
    message: ({ item, objective }) =>
      `Objective ${objective} of item ${item} is satisfied by measure but has no imsss:minNormalizedMeasure; Moodle may then require a perfect score to pass.`,
  }),
  'objective-measures-differ': code<{ item: string; values: string }>({
    severity: 'warning',
    why: 'Moodle takes cmi.scaled_passing_score from the last objective with a measure, so differing measures make the pass mark depend on order.',
    source: 'IMS SS 1.0 (objectives, minNormalizedMeasure); ' + MOODLE_SCORM,
    fix: 'Use one minNormalizedMeasure for the objectives of an item.',
    message: ({ item, values }) => `The objectives of item ${item} have different minNormalizedMeasure values (${values}); Moodle uses only the last one as the passing score.`,
  }),
  'status-not-set-by-content': code<{ item: string }>({
    severity: 'suggestion',
    why: 'With completionSetByContent/objectiveSetByContent false (the default) a sequencing LMS such as SCORM Cloud may mark the item complete on launch.',
    source: 'IMS SS 1.0 (deliveryControls)',
    fix: 'Set completionSetByContent="true" and objectiveSetByContent="true" on the SCO\'s imsss:deliveryControls.',
    message: ({ item }) =>
      `Item ${item} does not set imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"; a sequencing LMS may mark it complete on launch.`,
  }),
  'no-sco': code({
    severity: 'warning',
    why: 'It imports, but only SCO resources get the SCORM run-time API, so the LMS records no progress or score.',
    source: 'SCORM 1.2 CAM (adlcp:scormtype); SCORM 2004 4th ed. CAM (adlcp:scormType)',
    fix: 'Mark the resource that talks to the LMS adlcp:scormType="sco".',
    message: () => 'No resource is a SCO, so the LMS will record no progress or score.',
  }),
  'bad-activity-id': code<{ element: string; id: string }>({
    severity: 'error',
    why: 'A cmi5 LMS must reject course structure ids that are not fully qualified IRIs (a CATAPULT LMS test); an LRS rejects statements about them.',
    source: 'cmi5 §3 (IRI), §13.1; xAPI Data (activity ids are IRIs)',
    fix: 'Use an absolute IRI (e.g. https://example.org/courses/name) as the id.',
    message: ({ element, id }) => `<${element}> id "${id}" is not an absolute IRI.`,
  }),
  'no-launch-activity': code({
    severity: 'error',
    why: 'An LMS launches the activity with a <launch>; without one it has nothing to open.',
    source: 'xAPI launch (tincan.xsd, activity/launch)',
    fix: 'Give the course activity a <launch> element with the launch page.',
    message: () => 'No activity in tincan.xml has a <launch> element.',
  }),
  'multiple-launch-activities': code<{ count: number }>({
    severity: 'warning',
    strict: 'error',
    why: 'It imports, but an LMS that launches one activity per tincan.xml package picks one by its own rule, and the others are never reachable.',
    source: 'xAPI launch (tincan.xsd, activity/launch)',
    fix: 'Keep <launch> on one activity only.',
    message: ({ count }) => `${count} activities in tincan.xml have a <launch>; only one may.`,
  }),
  'credentials-in-package': code<{ where: string }>({
    severity: 'error',
    why: 'The LMS passes the LRS endpoint and credentials at launch; credentials shipped in a package leak to every learner and override the LMS\'s own.',
    source: 'cmi5 §8.1 (launch parameters); xAPI launch',
    fix: 'Remove the endpoint and credentials: the LMS passes them at launch.',
    message: ({ where }) => `The package carries LRS credentials or an endpoint (${where}).`,
  }),
};

/** A checker code. */
export type CheckCode = keyof typeof CHECK_CODES;

/** Message arguments of a code. */
export type CheckArgs<C extends CheckCode> = Parameters<(typeof CHECK_CODES)[C]['message']>[0];

/** One problem found in a package, as data; render it with `renderReport`. */
export interface Finding {
  code: CheckCode;
  severity: Severity;
  message: string;
  /** Path inside the zip the finding is about, optionally with `:line`. */
  path?: string;
  /** The source text the finding is about (for outside requests: the call, tag or rule). */
  snippet?: string;
}

/** Builds a finding; severity and message come from {@link CHECK_CODES}, so they never drift. */
export function finding<C extends CheckCode>(code: C, args: CheckArgs<C>, path?: string, snippet?: string): Finding {
  const spec = CHECK_CODES[code] as CodeSpec<CheckArgs<C>>;
  return {
    code,
    severity: spec.severity,
    message: spec.message(args),
    ...(path === undefined ? {} : { path }),
    ...(snippet === undefined ? {} : { snippet }),
  };
}

/** The severity of a finding under `--strict`: some warnings become errors. */
export function strictSeverity(item: Finding): Severity {
  return CHECK_CODES[item.code].strict ?? item.severity;
}
