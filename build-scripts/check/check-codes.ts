/**
 * Every finding the package checker can report: its severity, why the rule exists, and its
 * message. One typed table, so a code without a message is a compile error and tests can assert
 * codes rather than wording (publint's model, STYLE §6).
 * @packageDocumentation
 */

/** How much a finding matters. Only errors make `npm run check` exit with 1 (unless `--strict`). */
export type Severity = 'error' | 'warning' | 'suggestion';

interface CodeSpec<Args> {
  severity: Severity;
  /** Why the rule exists, for documentation and `--explain`-style help. */
  why: string;
  message: (args: Args) => string;
}

/** Declares a code; the type parameter is the shape of the message arguments. */
const code = <Args = Record<never, never>>(spec: CodeSpec<Args>): CodeSpec<Args> => spec;

/** The table of checker codes. */
export const CHECK_CODES = {
  'unreadable-zip': code<{ reason: string }>({
    severity: 'error',
    why: 'LMSs unzip a package on upload; a file they cannot read as a zip is rejected.',
    message: ({ reason }) => `The file cannot be read as a zip: ${reason}.`,
  }),
  'no-manifest': code({
    severity: 'error',
    why: 'An LMS recognises a package by imsmanifest.xml (SCORM), tincan.xml (xAPI) or cmi5.xml (cmi5).',
    message: () => 'No imsmanifest.xml, tincan.xml or cmi5.xml in the package, so no LMS can tell what it is.',
  }),
  'manifest-not-at-root': code<{ found: string }>({
    severity: 'error',
    why: 'LMSs look for the manifest only at the zip root; Moodle then treats the zip as AICC and fails.',
    message: ({ found }) => `${found} is not at the zip root. Zip the contents of the package folder, not the folder itself.`,
  }),
  'dual-manifest': code({
    severity: 'error',
    why: 'A package carries tincan.xml or cmi5.xml, never both: players such as SCORM Cloud mishandle dual manifests.',
    message: () => 'The package has both tincan.xml and cmi5.xml; keep only the one for the standard it targets.',
  }),
  'mixed-manifests': code<{ names: string }>({
    severity: 'warning',
    why: 'A zip with manifests of two standards is imported differently by different LMSs.',
    message: ({ names }) => `The package has manifests of more than one standard (${names}); an LMS may pick either.`,
  }),
  'manifest-not-well-formed': code<{ detail: string }>({
    severity: 'error',
    why: 'An LMS cannot import a manifest that is not well-formed XML.',
    message: ({ detail }) => `The manifest is not well-formed XML: ${detail}`,
  }),
  'unknown-scorm-version': code({
    severity: 'error',
    why: 'SCORM 1.2 and 2004 differ in namespaces, attributes and run-time API; the manifest must say which it is.',
    message: () =>
      'imsmanifest.xml declares neither SCORM 1.2 nor SCORM 2004 (no ADL metadata schemaversion or adlcp namespace), so its SCORM rules were not checked.',
  }),
  'schema-invalid': code<{ schema: string; detail: string }>({
    severity: 'error',
    why: 'LMSs and conformance tools validate manifests against the official schemas published by ADL, IMS and AICC.',
    message: ({ schema, detail }) => `Not valid against ${schema}: ${detail}`,
  }),
  'schemas-unavailable': code<{ searched: string }>({
    severity: 'warning',
    why: 'Without the official schemas the manifest is checked by lmspack\'s own rules only.',
    message: ({ searched }) =>
      `The manifest was NOT validated against the official schemas: no standards folder at ${searched}. Set LMSPACK_STANDARDS_DIR to a folder with the official schemas.`,
  }),
  'validator-unavailable': code<{ reason: string }>({
    severity: 'warning',
    why: 'Schema validation runs xmllint (Debian package libxml2-utils).',
    message: ({ reason }) => `The manifest was NOT validated against the official schemas: ${reason}`,
  }),
  'schema-unusable': code<{ schema: string; detail: string }>({
    severity: 'warning',
    why: 'A schema that does not compile validates nothing.',
    message: ({ schema, detail }) => `The manifest was NOT validated: ${schema} did not compile (${detail}).`,
  }),
  'bad-default-organization': code<{ ref: string }>({
    severity: 'error',
    why: 'IMS CP: <organizations default> must name one of its <organization> elements; the LMS launches that one.',
    message: ({ ref }) => `<organizations default="${ref}"> names no <organization>.`,
  }),
  'nothing-to-launch': code({
    severity: 'error',
    why: 'An LMS launches the resources that the items of the default organization refer to.',
    message: () => 'No item of the default organization refers to a resource with an href, so the LMS has nothing to launch.',
  }),
  'unresolved-identifierref': code<{ element: string; ref: string }>({
    severity: 'error',
    why: 'IMS CP: every identifierref must name a resource in the same manifest; LMSs reject the package otherwise.',
    message: ({ element, ref }) => `<${element} identifierref="${ref}"> refers to no <resource identifier="${ref}">.`,
  }),
  'duplicate-identifier': code<{ id: string }>({
    severity: 'error',
    why: 'IMS CP identifiers are xs:ID: unique within the manifest.',
    message: ({ id }) => `The identifier "${id}" is used more than once.`,
  }),
  'missing-launch-file': code<{ href: string; hint: string }>({
    severity: 'error',
    why: 'The LMS opens the launch page; without it the learner sees an error page.',
    message: ({ href, hint }) => `The launch page ${href} is not in the zip.${hint}`,
  }),
  'missing-file': code<{ href: string; hint: string }>({
    severity: 'error',
    why: 'A file the manifest lists but the zip lacks is a broken link, and some LMSs reject the package on import.',
    message: ({ href, hint }) => `The manifest lists ${href}, which is not in the zip.${hint}`,
  }),
  'unlisted-file': code<{ file: string }>({
    severity: 'error',
    why: 'IMS CP resources list the files they use; ADL checkers and some LMSs only copy or trust listed files.',
    message: ({ file }) => `${file} is in the zip but no <file href> lists it.`,
  }),
  'outside-url': code<{ url: string; how: string }>({
    severity: 'error',
    why: 'A package must make no request outside itself: LMSs serve it from arbitrary hosts, often offline or behind strict CSPs, and learners\' browsers may block third-party requests.',
    message: ({ url, how }) => `Fetches ${url} from outside the package (${how}). Ship the file inside the package instead.`,
  }),
  'missing-scormtype': code<{ resource: string; attribute: string }>({
    severity: 'error',
    why: 'SCORM requires adlcp:scormtype (1.2) or adlcp:scormType (2004) on every resource, so the LMS knows whether to provide the run-time API.',
    message: ({ resource, attribute }) => `<resource identifier="${resource}"> has no ${attribute} ("sco" or "asset").`,
  }),
  'masteryscore-out-of-range': code<{ value: string }>({
    severity: 'error',
    why: 'SCORM 1.2 adlcp:masteryscore is compared with cmi.core.score.raw on a 0-100 scale.',
    message: ({ value }) => `adlcp:masteryscore "${value}" is not a number from 0 to 100.`,
  }),
  'bad-schemaversion': code<{ found: string; expected: string }>({
    severity: 'error',
    why: 'The metadata schema and schemaversion tell the LMS which SCORM version to run.',
    message: ({ found, expected }) => `The manifest metadata says ${found}; expected ${expected}.`,
  }),
  'scorm2004-older-edition': code<{ found: string }>({
    severity: 'warning',
    why: 'lmspack checks SCORM 2004 packages against the 4th edition schemas; earlier editions differ in details.',
    message: ({ found }) => `The manifest declares SCORM ${found}, not 2004 4th Edition; it was checked against the 4th edition rules.`,
  }),
  'objective-without-measure': code<{ item: string }>({
    severity: 'warning',
    why: 'Moodle copies the minNormalizedMeasure of every objective into cmi.scaled_passing_score (last wins) and defaults a missing one to 1.0.',
    message: ({ item }) => `Item ${item} declares objectives without imsss:minNormalizedMeasure; Moodle may then require a perfect score to pass.`,
  }),
  'objective-measures-differ': code<{ item: string; values: string }>({
    severity: 'warning',
    why: 'Moodle takes cmi.scaled_passing_score from the last objective with a measure, so differing measures make the pass mark depend on order.',
    message: ({ item, values }) => `The objectives of item ${item} have different minNormalizedMeasure values (${values}); Moodle uses only the last one as the passing score.`,
  }),
  'status-not-set-by-content': code<{ item: string }>({
    severity: 'suggestion',
    why: 'With completionSetByContent/objectiveSetByContent false (the default) a sequencing LMS may set completion and success itself on delivery.',
    message: ({ item }) =>
      `Item ${item} does not set imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"; a sequencing LMS may mark it complete on launch.`,
  }),
  'no-sco': code({
    severity: 'warning',
    why: 'Only SCO resources get the SCORM run-time API; a package of assets reports nothing to the LMS.',
    message: () => 'No resource is a SCO, so the LMS will record no progress or score.',
  }),
  'bad-activity-id': code<{ element: string; id: string }>({
    severity: 'error',
    why: 'xAPI activity ids and cmi5 course/AU ids must be absolute IRIs (xAPI Data; cmi5 §3 "IRI").',
    message: ({ element, id }) => `<${element}> id "${id}" is not an absolute IRI.`,
  }),
  'no-launch-activity': code({
    severity: 'error',
    why: 'tincan.xml must name one activity with a <launch> so the LMS knows what to open.',
    message: () => 'No activity in tincan.xml has a <launch> element.',
  }),
  'multiple-launch-activities': code<{ count: number }>({
    severity: 'error',
    why: 'At most one activity of a tincan.xml package may be launchable.',
    message: ({ count }) => `${count} activities in tincan.xml have a <launch>; only one may.`,
  }),
  'credentials-in-package': code<{ where: string }>({
    severity: 'error',
    why: 'The LMS passes the LRS endpoint and credentials at launch; credentials shipped in a package leak to every learner.',
    message: ({ where }) => `The package carries LRS credentials or an endpoint (${where}). Remove them: the LMS passes them at launch.`,
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
}

/** Builds a finding; severity and message come from {@link CHECK_CODES}, so they never drift. */
export function finding<C extends CheckCode>(code: C, args: CheckArgs<C>, path?: string): Finding {
  const spec = CHECK_CODES[code] as CodeSpec<CheckArgs<C>>;
  return { code, severity: spec.severity, message: spec.message(args), ...(path === undefined ? {} : { path }) };
}
