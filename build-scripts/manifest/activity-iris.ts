/**
 * Activity IRIs of xAPI (`tincan.xml`) and cmi5 (`cmi5.xml`) packages, derived from the course's
 * `iri` setting (the IRI base the author controls). xAPI activity ids must be absolute IRIs and
 * must not change once learners have records against them (xAPI Data, "Activity" id requirements), so they depend
 * on nothing but that setting.
 * @packageDocumentation
 */

function base(iri: string): string {
  return iri.replace(/\/+$/, '');
}

/** Activity id of the course: the `iri` setting itself, without a trailing slash. */
export function courseActivityIri(iri: string): string {
  return base(iri);
}

/**
 * Id of the course's one cmi5 assignable unit. cmi5 §13.1.4 requires AU ids to be unique in the
 * course structure and distinct from the course id, so it is a child IRI of the course.
 */
export function auActivityIri(iri: string): string {
  return `${base(iri)}/au/main`;
}
