/**
 * Prints a load result's diagnostics to stderr, with paths relative to the working directory
 * so that terminals and editors can open them.
 * @packageDocumentation
 */
import path from 'node:path';
import type { LoadResult } from '../course/load-course.ts';
import { formatDiagnostics } from '../diagnostics/format-diagnostics.ts';

export function reportDiagnostics(result: LoadResult, courseDir: string): void {
  if (result.diagnostics.length === 0) return;
  const text = formatDiagnostics(result.diagnostics, {
    displayPath: (file) => path.relative(process.cwd(), path.join(courseDir, file)) || file,
    source: (file) => result.sources.get(file),
    color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR,
  });
  process.stderr.write(`${text}\n`);
}
