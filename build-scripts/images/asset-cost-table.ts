/**
 * The table the build prints after the packages: what each file in assets/ cost before the
 * image pass and what its package carries for it.
 * @packageDocumentation
 */
import { formatBytes } from '../package/result-table.ts';
import type { AssetCost } from './optimise-course-assets.ts';

/** Renders one row per asset (source size, shipped size, largest file, file count) and a total. */
export function formatAssetCostTable(costs: readonly AssetCost[]): string {
  const total = costs.reduce((sum, c) => ({ before: sum.before + c.before, after: sum.after + c.after, largest: sum.largest + c.largest, files: sum.files + c.files }), { before: 0, after: 0, largest: 0, files: 0 });
  const rows = [...costs, { path: `total (${costs.length} ${costs.length === 1 ? 'asset' : 'assets'})`, ...total }].map((c) => [c.path, formatBytes(c.before), formatBytes(c.after), formatBytes(c.largest), String(c.files)]);
  const header = ['asset', 'source', 'shipped', 'largest', 'files'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
