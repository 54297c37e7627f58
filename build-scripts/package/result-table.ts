/**
 * The table printed at the end of a build: one row per package.
 * @packageDocumentation
 */
import { relative } from 'node:path';
import type { PackageResult } from './build-packages.ts';

/** Bytes as the build prints them: `812 B`, `41.2 kB`, `1.30 MB` (SI units, like Vite's report). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}

/** Options of {@link formatResultTable}. */
export interface ResultTableOptions {
  /** Folder the file column is shown relative to. @default process.cwd() */
  cwd?: string;
}

/**
 * Renders results as a plain-text table with the columns format, file, size, the part of the
 * size that is the standard's schema files (a fixed cost, not the course's), and files;
 * sizes and counts are right-aligned. Paths are shown relative to `cwd` when inside it.
 */
export function formatResultTable(results: readonly PackageResult[], options: ResultTableOptions = {}): string {
  const cwd = options.cwd ?? process.cwd();
  const rows = results.map((result) => {
    const rel = relative(cwd, result.file);
    const schemas = result.controlDocumentBytes > 0 ? formatBytes(result.controlDocumentBytes) : '-';
    return [result.format, rel.startsWith('..') || rel === '' ? result.file : rel, formatBytes(result.bytes), schemas, String(result.fileCount)];
  });
  const header = ['format', 'file', 'size', 'of which XSD/DTD', 'files'];
  const rightAligned = [false, false, true, true, true];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (rightAligned[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
