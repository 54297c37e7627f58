/**
 * "Did you mean …" for names an author misspelt: fields, ids, container names. One rule for
 * what counts as close, so every suggestion in the loader behaves alike.
 * @packageDocumentation
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { closest, distance } from 'fastest-levenshtein';

/** How many known ids a hint lists when none is close: enough to show their shape, no more. */
const LISTED = 3;

/** Edits allowed for a name to count as a misspelling of another: 2, or a third of its length. */
const isClose = (given: string, known: string): boolean => distance(given, known) <= Math.max(2, Math.floor(given.length / 3));

/** The option closest to `given` when it is close enough to be a misspelling of it. */
export function closestMatch(given: string, options: readonly string[]): string | undefined {
  if (options.length === 0) return undefined;
  const guess = closest(given, [...options]);
  return isClose(given, guess) ? guess : undefined;
}

/**
 * The hint for a reference to an id that does not exist: the closest id (also when one
 * contains the other, as `hand` and `hand-washing`), else a few of the known ids, else `none`.
 */
export function unknownIdHint(given: string, known: Iterable<string>, none: string): string {
  const ids = [...new Set(known)];
  const guess = closestMatch(given, ids) ?? ids.find((id) => id.includes(given) || given.includes(id));
  if (guess !== undefined) return `did you mean "${guess}"?`;
  if (ids.length === 0) return none;
  const nearest = ids.sort((a, b) => distance(given, a) - distance(given, b) || a.localeCompare(b)).slice(0, LISTED);
  const more = ids.length - nearest.length;
  return `known ids include ${nearest.map((id) => `"${id}"`).join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/**
 * The file beside a missing one whose name is closest to it (`assets/cel.png` → `cell.png`),
 * as a course-relative path, when there is one close enough to be a misspelling.
 */
export function closestSibling(courseDir: string, relative: string): string | undefined {
  const folder = path.posix.dirname(relative);
  let names: string[];
  try {
    names = readdirSync(path.join(courseDir, folder), { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
  } catch {
    return undefined; // no such folder: nothing to suggest
  }
  const guess = closestMatch(path.posix.basename(relative), names);
  return guess === undefined ? undefined : path.posix.join(folder, guess);
}
