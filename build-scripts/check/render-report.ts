/**
 * Renders check reports for people and for tools (JSON). For people: the verdict first, then the
 * findings grouped by code — one entry per code with its count, the first few places and the
 * fix — so a hundred unlisted files are one finding, not a hundred lines.
 * @packageDocumentation
 */
import { PACKAGE_FORMAT_LABELS } from '../../format/package-format.ts';
import { painter, type Paint, type Style } from '../diagnostics/paint.ts';
import type { Location, Problem } from '../diagnostics/problem.ts';
import { renderByCode, SEVERITY_STYLE } from '../diagnostics/render-problems.ts';
import { showControlCharacters } from '../diagnostics/terminal-text.ts';
import { CHECK_CODES, type Finding, type Severity } from './check-codes.ts';
import type { CheckReport } from './check-package.ts';
import type { PlayerFact } from './scan-result.ts';

/** Options of {@link renderReport}. */
export interface RenderOptions {
  /** Use colours (see diagnostics/paint.ts). @default false */
  color?: boolean;
  /** Places shown per code before the rest are counted. @default 3 */
  maxPerCode?: number;
}

const GROUPS: [Severity, string][] = [
  ['error', 'Errors'],
  ['warning', 'Warnings'],
  ['suggestion', 'Suggestions'],
];

const FACT_LABELS: Record<PlayerFact, string> = {
  'scorm-api-discovery': 'SCORM API discovery (API / API_1484_11)',
  'scorm-initialize': 'LMSInitialize / Initialize',
  'scorm-finish': 'LMSFinish / Terminate',
  'launch-parameters': 'launch parameters read (endpoint, fetch, actor, registration)',
};

/** A finding's `path` (`file` or `file:line`) as a location. */
function locationOf(path: string): Location {
  const match = /^(.*):(\d+)$/.exec(path);
  return match ? { file: match[1]!, line: Number(match[2]) } : { file: path };
}

/** A checker finding as a problem: the fix comes from the code table, the README anchor is `check-<code>`. */
export function findingProblem(item: Finding): Problem {
  return {
    code: item.code,
    severity: item.severity,
    message: item.message,
    fix: CHECK_CODES[item.code].fix,
    ...(item.path === undefined ? {} : { at: locationOf(item.path) }),
    ...(item.snippet === undefined ? {} : { snippet: item.snippet }),
    anchor: `check-${item.code}`,
  };
}

function renderFacts(report: CheckReport): string[] {
  const shown: PlayerFact[] =
    report.standard === 'scorm12' || report.standard === 'scorm2004' ? ['scorm-api-discovery', 'scorm-initialize', 'scorm-finish'] : report.standard ? ['launch-parameters'] : [];
  if (shown.length === 0) return [];
  const lines = ['', 'Seen in the scripts (information only: what runs is not knowable without an LMS):'];
  for (const fact of shown) {
    const files = (report.playerFacts[fact] ?? []).map(showControlCharacters);
    const where = files.length === 0 ? 'not seen' : `${files.slice(0, 3).join(', ')}${files.length > 3 ? ` and ${files.length - 3} more` : ''}`;
    lines.push(`  ${FACT_LABELS[fact]}: ${where}`);
  }
  return lines;
}

function renderHeader(report: CheckReport, paint: Paint): string[] {
  const verdictStyle: Style = report.counts.error > 0 ? 'red' : report.counts.warning > 0 ? 'yellow' : 'green';
  const standard = report.standard ? `${PACKAGE_FORMAT_LABELS[report.standard]} (${report.manifest})` : report.manifest ? `unknown (${report.manifest})` : 'unknown';
  const validation = report.schemaValidation;
  const schemas = validation.status === 'skipped' ? paint('yellow', `NOT validated: ${validation.reason ?? 'skipped'}`) : `${validation.status} against ${validation.schema}`;
  return [`${paint('bold', showControlCharacters(report.file))}: ${paint(verdictStyle, report.verdict)}`, `  standard: ${standard}`, `  schemas:  ${schemas}`];
}

/** Renders a report as text: the verdict, the standard and schema status, then the findings by code, or "All good!". */
export function renderReport(report: CheckReport, options: RenderOptions = {}): string {
  const paint = painter(options.color ?? false);
  const lines = renderHeader(report, paint);
  for (const [severity, title] of GROUPS) {
    const items = report.findings.filter((item) => item.severity === severity);
    if (items.length === 0) continue;
    lines.push('', paint(SEVERITY_STYLE[severity], `${title}:`));
    lines.push(...renderByCode(items.map(findingProblem), { paint, maxPerCode: options.maxPerCode ?? 3 }));
  }
  lines.push(...renderFacts(report));
  if (report.findings.length === 0) lines.push('', paint('green', 'All good!'));
  return lines.join('\n');
}

/** The JSON form of reports: one report object for one file, an array for several. */
export function renderJson(reports: readonly CheckReport[]): string {
  return JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2);
}
