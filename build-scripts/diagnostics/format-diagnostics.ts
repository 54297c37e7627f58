/**
 * Renders diagnostics for a terminal: `file:line:column  severity CODE  message`, then a
 * code frame and the hint, then a one-line count.
 * @packageDocumentation
 */
import { styleText } from 'node:util';
import { codeFrame } from './code-frame.ts';
import type { Diagnostic } from './diagnostic.ts';
import { sortDiagnostics } from './diagnostic.ts';
import { showControlCharacters } from './terminal-text.ts';

export interface FormatOptions {
  /** How a course-relative path is shown, e.g. prefixed with the course folder. */
  displayPath: (file: string) => string;
  /** Source text of a course-relative file, for the code frame; undefined when unreadable. */
  source: (file: string) => string | undefined;
  color: boolean;
}

export function formatDiagnostics(list: readonly Diagnostic[], options: FormatOptions): string {
  const paint = (style: Parameters<typeof styleText>[0], text: string) => (options.color ? styleText(style, text) : text);
  const blocks = sortDiagnostics(list).map((d) => {
    // Messages quote the author's text and file names: neither may drive the terminal.
    const where = showControlCharacters(`${options.displayPath(d.file)}:${d.line}:${d.column}`);
    const severity = d.severity === 'error' ? paint('red', 'error') : paint('yellow', 'warning');
    const lines = [`${paint('bold', where)}  ${severity} ${d.code}  ${showControlCharacters(d.message)}`];
    const source = options.source(d.file);
    if (source !== undefined && source.length > 0) lines.push(paint('dim', codeFrame(source, d.line, d.column, d.length)));
    if (d.hint) lines.push(`  hint: ${showControlCharacters(d.hint)}`);
    return lines.join('\n');
  });
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (list.length > 0) blocks.push(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  return blocks.join('\n\n');
}
