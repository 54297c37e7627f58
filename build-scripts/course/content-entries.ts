/**
 * The parts of a content file that can be checked when the file as a whole is not valid. A
 * shape error in one card or question then hides nothing else: the other entries still get
 * their id, reference and question checks in the same run.
 * @packageDocumentation
 */
import type { z } from 'zod';
import { deriveId, isId } from '../../format/ids.ts';

/** A file's list entries at their indices: `undefined` where an entry failed its schema. */
export type Entries<T> = (T | undefined)[];

const field = (value: unknown, key: string): unknown => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined);
/** The list under `key` in parsed data, entries as written; empty when there is none. */
export const listAt = (value: unknown, key: string): unknown[] => {
  const list = field(value, key);
  return Array.isArray(list) ? list : [];
};

/** The entries of the list under `key` in a file's parsed data that pass `schema`. */
export function validEntries<S extends z.ZodType>(data: unknown, key: string, schema: S): Entries<z.output<S>> {
  return listAt(data, key).map((entry) => {
    const result = schema.safeParse(entry);
    return result.success ? result.data : undefined;
  });
}

/** What an entry refers to in other files: concepts by id, and a lesson section. */
export interface References {
  /** At their positions in the list; `undefined` where the value is no id (the schema reports it). */
  concepts?: (string | undefined)[];
  section?: string;
}

const asId = (value: unknown): string | undefined => (typeof value === 'string' && isId(value) ? value : undefined);

/**
 * The references of every entry of the list under `key`, read from the parsed data, so that
 * they are checked also in an entry with a problem of its own (a misspelt field beside an
 * unknown concept is two problems, reported together).
 */
export function writtenReferences(data: unknown, key: string): References[] {
  return listAt(data, key).map((entry) => {
    const concepts = field(entry, 'concepts');
    const section = asId(field(entry, 'section'));
    return { ...(Array.isArray(concepts) ? { concepts: concepts.map(asId) } : {}), ...(section === undefined ? {} : { section }) };
  });
}

/**
 * Every concept id concepts.yaml defines, read from its parsed data as well, so that one broken
 * concept does not make every reference to the others in its group unknown. A concept without
 * an id counts under the id its term derives (as `assign-ids.ts` gives it).
 */
export function definedConceptIds(data: unknown, valid: readonly string[]): Set<string> {
  const ids = new Set(valid);
  for (const concept of listAt(data, 'groups').flatMap((group) => listAt(group, 'concepts'))) {
    const id = field(concept, 'id');
    const term = field(concept, 'term');
    if (typeof id === 'string') ids.add(id);
    else if (typeof term === 'string') ids.add(deriveId(term, 'entity'));
  }
  return ids;
}
