/**
 * A problem found in a course, as data: rendering is separate (see format-diagnostics.ts).
 * @packageDocumentation
 */
import { DIAGNOSTIC_CODES, type DiagnosticName, type Severity } from './diagnostic-codes.ts';

/** Where in a course file a problem is: 1-based line and column. */
export interface SourceLocation {
  /** Path relative to the course folder, with forward slashes. */
  file: string;
  line: number;
  column: number;
  /** Characters to underline in the code frame; 1 when unknown. */
  length?: number;
}

export interface Diagnostic extends SourceLocation {
  name: DiagnosticName;
  /** Stable code such as `LMS003`; the README's diagnostics section explains each. */
  code: string;
  severity: Severity;
  /** What is wrong, in one sentence. */
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** Builds a diagnostic, taking code and severity from the table so they never drift. */
export function diagnostic(name: DiagnosticName, at: SourceLocation, message: string, hint?: string): Diagnostic {
  const { code, severity } = DIAGNOSTIC_CODES[name];
  // Copy only the location: `at` may be another diagnostic whose code must not leak in.
  const where = { file: at.file, line: at.line, column: at.column, ...(at.length ? { length: at.length } : {}) };
  return { name, code, severity, ...where, message, ...(hint ? { hint } : {}) };
}

export const isError = (d: Diagnostic): boolean => d.severity === 'error';

/** Orders diagnostics by file, line and column, so output reads top to bottom. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
