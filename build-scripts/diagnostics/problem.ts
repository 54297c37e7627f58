/**
 * The one shape in which the course loader and the package checker report: a code from a code
 * table (with its severity and, where the table has one, the fix), a message, and where it is.
 * Both turn their own records into problems for the renderer (render-problems.ts), so an author
 * reads build and check output the same way.
 * @packageDocumentation
 */

/** How much a problem matters. The loader reports errors and warnings; the checker also suggestions. */
export type Severity = 'error' | 'warning' | 'suggestion';

/** Where a problem is: a file (in the course folder or the package), with 1-based line and column when known. */
export interface Location {
  file: string;
  line?: number;
  column?: number;
  /** Characters to underline in a code frame; 1 when unknown. */
  length?: number;
}

export interface Problem {
  /** Stable code, e.g. `LMS011` or `unlisted-file`. */
  code: string;
  severity: Severity;
  /** What is wrong, in one sentence. */
  message: string;
  /** What to do about this occurrence (e.g. "did you mean …"). */
  hint?: string;
  /** What to do about any occurrence of the code, from the code table. */
  fix?: string;
  at?: Location;
  /** The source text the problem is about, on one line. */
  snippet?: string;
  /** The anchor of the code's row in README.md, e.g. `lms011`. */
  anchor: string;
}

/** `file:line:column`, as much of it as is known: the form terminals and editors open. */
export function formatLocation(at: Location): string {
  return [at.file, at.line, at.line === undefined ? undefined : at.column].filter((part) => part !== undefined).join(':');
}

/** The link an author follows to the code's row in the README. */
export function readmeLink(problem: Pick<Problem, 'anchor'>): string {
  return `README.md#${problem.anchor}`;
}
