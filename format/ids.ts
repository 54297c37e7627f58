/**
 * Identifier rules shared by every course file.
 *
 * Ids end up in SCORM interaction and objective ids, xAPI activity IRIs, XML ids and
 * saved learner state, so they are deliberately narrower than any one of those needs.
 * @packageDocumentation
 */

/** Ids of courses, sections, cards, questions, concepts and groups: lowercase words joined by `-`, `_` or `.`. */
export const ENTITY_ID = /^[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*$/;

/**
 * Ids of choices, matching pairs and ordering items. SCORM 2004 response patterns use them as
 * short identifiers, and Moodle accepts only `[\w.]` there (no hyphens), so they are narrower.
 */
export const OPTION_ID = /^[a-z0-9][a-z0-9_.]*$/;

/** Longest id we accept; SCORM short identifiers allow 250 characters, we leave room for prefixes. */
export const MAX_ID_LENGTH = 64;

/**
 * Derives an id from visible text, for items whose author gave none. The loader warns when it
 * does this, because editing the text then changes the id and orphans saved progress.
 */
export function deriveId(text: string, pattern: 'entity' | 'option'): string {
  const joiner = pattern === 'entity' ? '-' : '_';
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g) ?? [];
  let id = '';
  for (const word of words) {
    const next = id ? `${id}${joiner}${word}` : word;
    if (next.length > 40) break;
    id = next;
  }
  if (!id) id = 'item';
  return pattern === 'entity' && !/^[a-z]/.test(id) ? `x${joiner}${id}` : id;
}
