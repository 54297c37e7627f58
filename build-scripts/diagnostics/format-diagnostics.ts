/**
 * Renders a course's diagnostics for a terminal, through the one problem renderer
 * (render-problems.ts): each with its location, code frame, hint and README link, then a count.
 * @packageDocumentation
 */
import type { Diagnostic } from './diagnostic.ts';
import { painter } from './paint.ts';
import type { Problem } from './problem.ts';
import { renderEach } from './render-problems.ts';

export interface FormatOptions {
  /** How a course-relative path is shown, e.g. prefixed with the course folder. */
  displayPath: (file: string) => string;
  /** Source text of a course-relative file, for the code frame; undefined when unreadable. */
  source: (file: string) => string | undefined;
  color: boolean;
}

/** A loader diagnostic as a problem; its README row's anchor is its code in lowercase. */
export function diagnosticProblem(d: Diagnostic): Problem {
  const at = { file: d.file, line: d.line, column: d.column, ...(d.length ? { length: d.length } : {}) };
  return { code: d.code, severity: d.severity, message: d.message, ...(d.hint ? { hint: d.hint } : {}), at, anchor: d.code.toLowerCase() };
}

export function formatDiagnostics(list: readonly Diagnostic[], options: FormatOptions): string {
  return renderEach(list.map(diagnosticProblem), { paint: painter(options.color), displayPath: options.displayPath, source: options.source });
}
