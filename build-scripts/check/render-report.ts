/**
 * Renders check reports for people and for tools (JSON). For people: the verdict first, then the
 * findings grouped by code — one entry per code with its count, the first few places and the
 * fix — so a hundred unlisted files are one finding, not a hundred lines.
 * @packageDocumentation
 */
import { PACKAGE_FORMAT_LABELS } from '../../format/package-format.ts';
import { CHECK_CODES, type CheckCode, type Finding, type Severity } from './check-codes.ts';
import type { CheckReport } from './check-package.ts';
import type { PlayerFact } from './scan-result.ts';

/** Options of {@link renderReport}. */
export interface RenderOptions {
  /** Use ANSI colours. @default false */
  color?: boolean;
  /** Places shown per code before the rest are counted. @default 3 */
  maxPerCode?: number;
}

const GROUPS: [Severity, string, string][] = [
  ['error', 'Errors', '31'],
  ['warning', 'Warnings', '33'],
  ['suggestion', 'Suggestions', '36'],
];

const FACT_LABELS: Record<PlayerFact, string> = {
  'scorm-api-discovery': 'SCORM API discovery (API / API_1484_11)',
  'scorm-initialize': 'LMSInitialize / Initialize',
  'scorm-finish': 'LMSFinish / Terminate',
  'launch-parameters': 'launch parameters read (endpoint, fetch, actor, registration)',
};

/** Control characters from a package (file names, snippets) shown escaped, so they cannot drive the terminal. */
export function printable(text: string): string {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function groupByCode(findings: readonly Finding[]): Map<CheckCode, Finding[]> {
  const groups = new Map<CheckCode, Finding[]>();
  for (const item of findings) groups.set(item.code, [...(groups.get(item.code) ?? []), item]);
  return groups;
}

function renderGroup(code: CheckCode, items: readonly Finding[], maxPerCode: number, bold: (text: string) => string): string[] {
  const lines = [`  ${bold(code)}${items.length > 1 ? ` ×${items.length}` : ''}`];
  for (const item of items.slice(0, maxPerCode)) {
    lines.push(`    ${item.path ? `${bold(printable(item.path))}  ` : ''}${printable(item.message)}`);
    if (item.snippet) lines.push(`      ${printable(item.snippet)}`);
  }
  if (items.length > maxPerCode) lines.push(`    … and ${items.length - maxPerCode} more (--json lists all)`);
  lines.push(`    fix: ${CHECK_CODES[code].fix}`);
  return lines;
}

function renderFacts(report: CheckReport): string[] {
  const shown: PlayerFact[] =
    report.standard === 'scorm12' || report.standard === 'scorm2004' ? ['scorm-api-discovery', 'scorm-initialize', 'scorm-finish'] : report.standard ? ['launch-parameters'] : [];
  if (shown.length === 0) return [];
  const lines = ['', 'Seen in the scripts (information only: what runs is not knowable without an LMS):'];
  for (const fact of shown) {
    const files = report.playerFacts[fact] ?? [];
    const where = files.length === 0 ? 'not seen' : `${files.slice(0, 3).map(printable).join(', ')}${files.length > 3 ? ` and ${files.length - 3} more` : ''}`;
    lines.push(`  ${FACT_LABELS[fact]}: ${where}`);
  }
  return lines;
}

/** Renders a report as text: the verdict, the standard and schema status, then the findings by code, or "All good!". */
export function renderReport(report: CheckReport, options: RenderOptions = {}): string {
  const paint = (code: string, text: string): string => (options.color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const bold = (text: string) => paint('1', text);
  const maxPerCode = options.maxPerCode ?? 3;
  const verdictColour = report.counts.error > 0 ? '31' : report.counts.warning > 0 ? '33' : '32';
  const lines: string[] = [`${bold(printable(report.file))}: ${paint(verdictColour, report.verdict)}`];
  const standard = report.standard ? `${PACKAGE_FORMAT_LABELS[report.standard]} (${report.manifest})` : report.manifest ? `unknown (${report.manifest})` : 'unknown';
  lines.push(`  standard: ${standard}`);
  const validation = report.schemaValidation;
  lines.push(
    `  schemas:  ${
      validation.status === 'skipped' ? paint('33', `NOT validated: ${validation.reason ?? 'skipped'}`) : `${validation.status} against ${validation.schema}`
    }`,
  );

  for (const [severity, title, colour] of GROUPS) {
    const items = report.findings.filter((item) => item.severity === severity);
    if (items.length === 0) continue;
    lines.push('', paint(colour, `${title}:`));
    for (const [code, group] of groupByCode(items)) lines.push(...renderGroup(code, group, maxPerCode, bold));
  }
  lines.push(...renderFacts(report));
  if (report.findings.length === 0) lines.push('', paint('32', 'All good!'));
  return lines.join('\n');
}

/** The JSON form of reports: one report object for one file, an array for several. */
export function renderJson(reports: readonly CheckReport[]): string {
  return JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2);
}
