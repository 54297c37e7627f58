/**
 * Renders the lines around a location with a gutter and a `^` underline, as Vite and Babel do.
 * @packageDocumentation
 */
import { LineIndex } from './line-index.ts';

const CONTEXT = 2;
const MAX_WIDTH = 120;

/** Lines `line ± 2` of `source`, the problem line marked with `>` and underlined from `column`. */
export function codeFrame(source: string, line: number, column: number, length = 1): string {
  const index = new LineIndex(source);
  const first = Math.max(1, line - CONTEXT);
  const last = Math.min(index.lineCount, line + CONTEXT);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    let text = index.lineText(n).replace(/\t/g, ' ');
    let col = column;
    if (text.length > MAX_WIDTH) {
      // Keep the marked column visible on long lines by starting the window near it.
      const start = n === line ? Math.max(0, column - 1 - MAX_WIDTH / 2) : 0;
      text = (start > 0 ? '…' : '') + text.slice(start, start + MAX_WIDTH) + '…';
      if (n === line) col = column - start + (start > 0 ? 1 : 0);
    }
    const gutter = String(n).padStart(width);
    out.push(`${n === line ? '>' : ' '} ${gutter} | ${text}`.trimEnd());
    if (n === line) {
      const span = Math.max(1, Math.min(length, text.length - col + 1));
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, col - 1))}${'^'.repeat(span)}`);
    }
  }
  return out.join('\n');
}
