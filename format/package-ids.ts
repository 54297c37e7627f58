/**
 * Identifiers written into manifests. They derive only from ids the author controls (course and
 * concept ids), never from titles, file names or build time, so they stay the same across rebuilds
 * and an LMS recognises an updated package as the same course.
 *
 * Course and concept ids already match `format/ids.ts` ENTITY_ID (lowercase letters first), so they
 * are valid XML NCNames; the prefixes keep the manifest, organization, item and resource ids
 * distinct from each other within one `xs:ID` space (IMS CP 1.1.4 `identifier` is `xs:ID`).
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
 * tracker must write for that concept. `imsss:objectiveID` is `xs:anyURI` and
 * `cmi.objectives.n.id` a long identifier; a concept id (letters, digits, `-_.`) fits both,
 * including Moodle's no-whitespace rule.
 */
export function conceptObjectiveId(conceptId: string): string {
  return `concept.${conceptId}`;
}
