/**
 * The player's active term table. The tables themselves live in format/i18n/ (the build writes
 * some of the same words into lesson HTML); the course player loads one for its course (or its
 * learner) and makes it active before any view renders.
 * @packageDocumentation
 */
import type { Terms } from '../../format/i18n/terms.ts';

export type { Terms };

let active: Terms | undefined;

/** Makes `table` the one every element reads (set by the course player before it renders). */
export function useTerms(table: Terms): void {
  active = table;
}

/** The active table. */
export function terms(): Terms {
  if (!active) throw new Error('no term table is in use yet: elements render inside lms-course-player, which loads one first');
  return active;
}
