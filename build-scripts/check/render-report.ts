/**
 * Renders check reports for people (grouped, numbered, publint style) and for tools (JSON).
 * @packageDocumentation
 */
import type { Finding, Severity } from './check-codes.ts';
import type { CheckReport } from './check-package.ts';
import { STANDARD_LABELS } from './standards.ts';

/** Options of {@link renderReport}. */
export interface RenderOptions {
  /** Use ANSI colours. @default false */
  color?: boolean;
  /** Findings shown per code before the rest are summarised. @default 10 */
  maxPerCode?: number;
}

const GROUPS: [Severity, string][] = [
  ['error', 'Errors'],
  ['warning', 'Warnings'],
  ['suggestion', 'Suggestions'],
];

/** Renders a report as text: a header, then numbered Errors/Warnings/Suggestions, or "All good!". */
export function renderReport(report: CheckReport, options: RenderOptions = {}): string {
  const paint = (code: string, text: string): string => (options.color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const bold = (text: string) => paint('1', text);
  const maxPerCode = options.maxPerCode ?? 10;
  const lines: string[] = [bold(report.file)];
  const standard = report.standard ? `${STANDARD_LABELS[report.standard]} (${report.manifest})` : report.manifest ? `unknown (${report.manifest})` : 'unknown';
  lines.push(`  standard: ${standard}`);
  const validation = report.schemaValidation;
  lines.push(
    `  schemas:  ${
      validation.status === 'skipped' ? paint('33', `NOT validated: ${validation.reason ?? 'skipped'}`) : `${validation.status} against ${validation.schema}`
    }`,
  );

  for (const [severity, title] of GROUPS) {
    const items = report.findings.filter((item) => item.severity === severity);
    if (items.length === 0) continue;
    lines.push('', paint(severity === 'error' ? '31' : severity === 'warning' ? '33' : '36', `${title}:`));
    const shown = new Map<string, number>();
    const hidden = new Map<string, number>();
    let number = 0;
    for (const item of items) {
      const count = shown.get(item.code) ?? 0;
      if (count >= maxPerCode) {
        hidden.set(item.code, (hidden.get(item.code) ?? 0) + 1);
        continue;
      }
      shown.set(item.code, count + 1);
      number++;
      lines.push(`${String(number).padStart(3)}. ${formatFinding(item, bold)}`);
    }
    for (const [code, count] of hidden) lines.push(`     … and ${count} more ${code} (use --json to see all)`);
  }
  if (report.findings.length === 0) lines.push('', paint('32', 'All good!'));
  return lines.join('\n');
}

function formatFinding(item: Finding, bold: (text: string) => string): string {
  return `${item.path ? `${bold(item.path)}  ` : ''}${item.message} [${item.code}]`;
}

/** The JSON form of reports: one report object for one file, an array for several. */
export function renderJson(reports: readonly CheckReport[]): string {
  return JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2);
}
