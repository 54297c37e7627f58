/**
 * Prints a load result's diagnostics to stderr, with paths relative to the working directory
 * so that terminals and editors can open them.
 * @packageDocumentation
 */
import path from 'node:path';
import type { LoadResult } from '../course/load-course.ts';
import { formatDiagnostics } from '../diagnostics/format-diagnostics.ts';
import { wantsColor } from '../diagnostics/paint.ts';
import type { CliIo } from './cli-io.ts';

export function reportDiagnostics(result: LoadResult, courseDir: string, io: CliIo): void {
  if (result.diagnostics.length === 0) return;
  const text = formatDiagnostics(result.diagnostics, {
    displayPath: (file) => path.relative(process.cwd(), path.join(courseDir, file)) || file,
    source: (file) => result.sources.get(file),
    color: wantsColor(io.stderr, io.env),
  });
  io.stderr.write(`${text}\n`);
}
