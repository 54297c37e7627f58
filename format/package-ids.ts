/**
 * Identifiers written into manifests. They derive only from ids the author controls (course and
 * concept ids), never from titles, file names or build time, so they stay the same across rebuilds
 * and an LMS recognises an updated package as the same course.
 *
 * Every id character `format/ids.ts` allows (`[a-z0-9_.-]`) is an XML NCName character and each
 * prefix starts with a letter, so these are valid NCNames for any course id, also one starting
 * with a digit; the prefixes keep the manifest, organization, item and resource ids distinct
 * from each other within one `xs:ID` space (IMS CP 1.1.4 `identifier` is `xs:ID`).
 * @packageDocumentation
 */

/** `<manifest identifier>`: the package as a whole. */
export function manifestIdentifier(courseId: string): string {
  return `lmspack-${courseId}`;
}

/** `<organization identifier>` and `<organizations default>`. */
export function organizationIdentifier(courseId: string): string {
  return `ORG-${courseId}`;
}

/** `<item identifier>` of the one item (the whole course is one SCO). */
export function itemIdentifier(courseId: string): string {
  return `ITEM-${courseId}`;
}

/** `<resource identifier>` of the SCO resource, referenced by the item's `identifierref`. */
export function resourceIdentifier(courseId: string): string {
  return `RES-${courseId}`;
}

/**
 * `objectiveID` of the SCORM 2004 primary objective. The runtime sees it as one of
 * `cmi.objectives.n.id` (LMSs preload manifest objective ids), so the tracker must use the same
 * string. The `course.` and `concept.` prefixes keep it apart from every concept objective id.
 */
export function primaryObjectiveId(courseId: string): string {
  return `course.${courseId}`;
}

/**
 * `objectiveID` of a key concept's SCORM 2004 objective, and the `cmi.objectives.n.id` the
 * tracker must write for that concept, both through `lmsId` (`format/lms-ids.ts`), which makes
 * it end in a letter or digit as Moodle requires. `imsss:objectiveID` is `xs:anyURI`, which any
 * id (letters, digits, `-_.`) fits.
 */
export function conceptObjectiveId(conceptId: string): string {
  return `concept.${conceptId}`;
}

/**
 * Activity id of the course in xAPI (`tincan.xml`) and cmi5 (`cmi5.xml`) packages: the course's
 * `iri` setting without a trailing slash. xAPI activity ids must be absolute IRIs that never
 * change once learners have records against them (xAPI 1.0.3 Data §2.4.4.1), so they depend on
 * nothing but that setting. The xAPI tracker uses it when the launch URL names no `activity_id`,
 * and both trackers name the course's parts below it.
 */
export function courseActivityIri(iri: string): string {
  return iri.replace(/\/+$/, '');
}

/**
 * Id of the course's one cmi5 assignable unit. cmi5 §13.1.4 requires AU ids to be unique in the
 * course structure and distinct from the course id, so it is a child IRI of the course.
 */
export function auActivityIri(iri: string): string {
  return `${courseActivityIri(iri)}/au/main`;
}
