/**
 * Markdown tables and number formats for `bench/RESULTS.md` and the README's size block.
 * @packageDocumentation
 */
import { formatBytes } from '../../build-scripts/package/result-table.ts';
import type { Sampled } from './stats.ts';

export { formatBytes };

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A median with its spread: `168 ms (150–190)`. */
export function ms(value: Sampled | undefined): string {
  if (!value) return '—';
  return `${Math.round(value.median)} ms (${Math.round(value.min)}–${Math.round(value.max)})`;
}

export function ratio(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '—' : `×${value.toFixed(2)}`;
}
