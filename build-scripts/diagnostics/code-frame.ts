/**
 * Renders the lines around a location with a gutter and a `^` underline, as Vite and Babel do.
 * @packageDocumentation
 */
import { LineIndex } from './line-index.ts';
import { showControlCharacters } from './terminal-text.ts';

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
    const raw = index.lineText(n).replace(/\t/g, ' ');
    // Escaping lengthens the text: underline what the escaped line shows at the problem.
    const before = showControlCharacters(raw.slice(0, Math.max(0, column - 1)));
    const marked = showControlCharacters(raw.slice(Math.max(0, column - 1), Math.max(0, column - 1) + length));
    let text = showControlCharacters(raw);
    let col = n === line ? before.length + 1 : column;
    const span = n === line ? Math.max(1, marked.length) : length;
    if (text.length > MAX_WIDTH) {
      // Keep the marked column visible on long lines by starting the window near it.
      const start = n === line ? Math.max(0, col - 1 - MAX_WIDTH / 2) : 0;
      text = (start > 0 ? '…' : '') + text.slice(start, start + MAX_WIDTH) + '…';
      if (n === line) col = col - start + (start > 0 ? 1 : 0);
    }
    const gutter = String(n).padStart(width);
    out.push(`${n === line ? '>' : ' '} ${gutter} | ${text}`.trimEnd());
    if (n === line) {
      const underline = Math.max(1, Math.min(span, text.length - col + 1));
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, col - 1))}${'^'.repeat(underline)}`);
    }
  }
  return out.join('\n');
}
