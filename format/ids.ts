/**
 * The one id rule every author-written id follows: course, section, card, question, concept,
 * group, choice, pair and item ids alike.
 *
 * Lowercase letters, digits, `-`, `_` and `.`, starting with a letter or digit, at most
 * {@link MAX_ID_LENGTH} characters. Lowercase only, because the places ids end up compare them
 * differently: xAPI IRIs and SCORM identifiers are case-sensitive, but the course id names the
 * package files (`<id>-scorm12.zip`), which case-insensitive file systems (macOS, Windows) would
 * merge, and LMS databases often compare text case-insensitively (MySQL's default collations),
 * so `Q1` and `q1` would be one record there and two everywhere else.
 *
 * Where a standard allows fewer characters (SCORM 2004 response patterns, Moodle's
 * validators), the packager maps the id to a safe form: `format/lms-ids.ts`.
 * @packageDocumentation
 */

/** Every author-written id. */
export const ID = /^[a-z0-9][a-z0-9_.-]*$/;

/** Longest id we accept; SCORM short identifiers allow 250 characters, we leave room for prefixes. */
export const MAX_ID_LENGTH = 64;

/** Whether `text` is an id: it follows {@link ID} and is at most {@link MAX_ID_LENGTH} characters. */
export const isId = (text: string): boolean => text.length <= MAX_ID_LENGTH && ID.test(text);

/** The rule in words, for messages and the JSON Schemas. */
export const ID_RULE = 'lowercase letters, digits, "-", "_" or ".", starting with a letter or digit';

/**
 * Derives an id from visible text, for items whose author gave none. The loader warns when it
 * does this, because editing the text then changes the id and orphans saved progress.
 *
 * The two patterns are what earlier versions derived (choices, pairs and items joined words
 * with `_`, everything else with `-` and started with a letter); derived ids of existing
 * courses, and so their learners' saved state, stay the same.
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

/**
 * The valid id closest to what an author wrote, for the hint of an id error: lowercased,
 * accents removed, every run of other characters turned into one `-`, cut to
 * {@link MAX_ID_LENGTH} at a word boundary. `Hand Washing` → `hand-washing`, `Étape_2` → `etape_2`.
 */
export function suggestId(written: string): string {
  const slug = written
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '');
  const cut = slug.length <= MAX_ID_LENGTH ? slug : slug.slice(0, MAX_ID_LENGTH + 1).replace(/[-_.]?[a-z0-9]*$/, '') || slug.slice(0, MAX_ID_LENGTH);
  const id = cut.replace(/-+$/, '');
  return ID.test(id) ? id : 'item';
}
