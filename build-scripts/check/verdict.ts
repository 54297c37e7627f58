/**
 * The first line of a report: whether the package will import into the LMSs that run its
 * standard, from the severities of its findings (see check-codes.ts for what each severity means),
 * and the player-side facts its scripts show.
 * @packageDocumentation
 */
import { CHECK_CODES, type Finding, type Severity } from './check-codes.ts';
import type { PackageContents } from './package-contents.ts';
import type { PlayerFact } from './scan-result.ts';
import type { Standard } from './standards.ts';

/** The LMSs whose import behaviour the severities of each standard rest on. */
const IMPORTS_INTO: Record<Standard, string> = {
  scorm12: 'Moodle, Canvas and SCORM Cloud',
  scorm2004: 'Moodle, Canvas and SCORM Cloud',
  xapi: 'LMSs that launch tincan.xml packages (SCORM Cloud)',
  cmi5: 'cmi5 LMSs (SCORM Cloud; Moodle with a cmi5 plugin)',
};

/** Player-side fact → files whose scripts show it, in zip order. */
export type PlayerFacts = Partial<Record<PlayerFact, string[]>>;

/** Which files' scripts show each player-side fact. */
export function collectPlayerFacts(contents: PackageContents): PlayerFacts {
  const facts: PlayerFacts = {};
  for (const [file, scan] of contents.scans) {
    for (const fact of scan.facts) (facts[fact] ??= []).push(file);
  }
  return facts;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * One line: "will be rejected or will not work: …" when a finding is an error in an LMS, else
 * "imports into …" with the count of warnings. `strictErrors` (errors under `--strict`) adds that
 * the package fails lmspack's strict check.
 */
export function verdict(standard: Standard | undefined, findings: readonly Finding[], strictErrors: number): string {
  const count = (severity: Severity): number => findings.filter((item) => CHECK_CODES[item.code].severity === severity).length;
  const errors = findings.filter((item) => CHECK_CODES[item.code].severity === 'error');
  if (errors.length > 0) {
    const codes = [...new Set(errors.map((item) => item.code))].join(', ');
    return `will be rejected or will not work: ${plural(errors.length, 'error')} (${codes})`;
  }
  const target = standard ? IMPORTS_INTO[standard] : 'LMSs';
  const rest = [count('warning') > 0 ? plural(count('warning'), 'warning') : '', count('suggestion') > 0 ? plural(count('suggestion'), 'suggestion') : ''].filter(Boolean);
  const strict = strictErrors > 0 ? `; fails --strict (${plural(strictErrors, 'error')})` : '';
  return `imports into ${target}${rest.length > 0 ? `; ${rest.join(', ')}` : ''}${strict}`;
}
