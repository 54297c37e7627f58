/**
 * The one renderer of problems (problem.ts) for a terminal, in two layouts:
 *
 * - `renderEach`, for a course: every problem on its own, `file:line:column  severity CODE
 *   message`, a code frame, the hint, the README link; then a one-line count.
 * - `renderByCode`, for a package: one entry per code with its count, the first few places, the
 *   fix and the README link, so a hundred unlisted files are one finding, not a hundred lines.
 *
 * Text from course files and packages is shown with control characters escaped, so neither can
 * drive the terminal.
 * @packageDocumentation
 */
import { codeFrame } from './code-frame.ts';
import type { Paint, Style } from './paint.ts';
import { formatLocation, readmeLink, type Location, type Problem, type Severity } from './problem.ts';
import { showControlCharacters } from './terminal-text.ts';

export const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', suggestion: 'cyan' };

export interface EachOptions {
  paint: Paint;
  /** How a location's file is shown, e.g. relative to the working directory. */
  displayPath: (file: string) => string;
  /** Source text of a file, for the code frame; undefined when unknown. */
  source: (file: string) => string | undefined;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function byPlace(a: Problem, b: Problem): number {
  const x = a.at ?? { file: '' };
  const y = b.at ?? { file: '' };
  return x.file.localeCompare(y.file) || (x.line ?? 0) - (y.line ?? 0) || (x.column ?? 0) - (y.column ?? 0);
}

function frameOf(at: Location, options: EachOptions): string | undefined {
  const source = options.source(at.file);
  if (source === undefined || source.length === 0 || at.line === undefined) return undefined;
  return options.paint('dim', codeFrame(source, at.line, at.column ?? 1, at.length));
}

function renderOne(problem: Problem, options: EachOptions): string {
  const { paint } = options;
  const where = problem.at ? `${paint('bold', showControlCharacters(formatLocation({ ...problem.at, file: options.displayPath(problem.at.file) })))}  ` : '';
  const lines = [`${where}${paint(SEVERITY_STYLE[problem.severity], problem.severity)} ${problem.code}  ${showControlCharacters(problem.message)}`];
  const frame = problem.at ? frameOf(problem.at, options) : undefined;
  if (frame) lines.push(frame);
  if (problem.hint) lines.push(`  hint: ${showControlCharacters(problem.hint)}`);
  if (problem.fix) lines.push(`  fix: ${problem.fix}`);
  lines.push(paint('dim', `  see ${readmeLink(problem)}`));
  return lines.join('\n');
}

/** Every problem in file and line order, then "n errors, m warnings". Empty for no problems. */
export function renderEach(problems: readonly Problem[], options: EachOptions): string {
  if (problems.length === 0) return '';
  const blocks = [...problems].sort(byPlace).map((problem) => renderOne(problem, options));
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  blocks.push(`${plural(errors, 'error')}, ${plural(problems.length - errors, 'warning')}`);
  return blocks.join('\n\n');
}

export interface ByCodeOptions {
  paint: Paint;
  /** Places shown per code before the rest are counted. */
  maxPerCode: number;
}

function groupByCode(problems: readonly Problem[]): Map<string, Problem[]> {
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) {
    const group = groups.get(problem.code);
    if (group) group.push(problem);
    else groups.set(problem.code, [problem]);
  }
  return groups;
}

function renderGroup(items: readonly Problem[], options: ByCodeOptions): string[] {
  const { paint, maxPerCode } = options;
  const first = items[0]!;
  const lines = [`  ${paint('bold', first.code)}${items.length > 1 ? ` ×${items.length}` : ''}`];
  for (const item of items.slice(0, maxPerCode)) {
    const where = item.at ? `${paint('bold', showControlCharacters(formatLocation(item.at)))}  ` : '';
    lines.push(`    ${where}${showControlCharacters(item.message)}`);
    if (item.snippet) lines.push(`      ${showControlCharacters(item.snippet)}`);
  }
  if (items.length > maxPerCode) lines.push(`    … and ${items.length - maxPerCode} more (--json lists all)`);
  if (first.fix) lines.push(`    fix: ${first.fix}`);
  lines.push(paint('dim', `    see ${readmeLink(first)}`));
  return lines;
}

/** One entry per code, in the order codes first occur: `code ×count`, the first places, the fix, the link. */
export function renderByCode(problems: readonly Problem[], options: ByCodeOptions): string[] {
  return [...groupByCode(problems).values()].flatMap((items) => renderGroup(items, options));
}
