/**
 * The player's active term table. The tables themselves live in format/i18n/ (the build writes
 * some of the same words into lesson HTML); the player picks one when it gets its course.
 * @packageDocumentation
 */
import { en } from '../../format/i18n/en.ts';
import type { Terms } from '../../format/i18n/terms.ts';

export type { Terms };

let active: Terms = en;

/** Makes `table` the one every element reads (set by the course player before it renders). */
export function useTerms(table: Terms): void {
  active = table;
}

/** The active table. */
export function terms(): Terms {
  return active;
}
