/**
 * `npm run check -- FILE.zip... [--json] [--strict]`: checks packages and sets the exit code:
 * 0 clean, 1 problems found (errors; warnings too with --strict), 2 a usage error.
 * @packageDocumentation
 */
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkPackage, type CheckReport } from './check-package.ts';
import { renderJson, renderReport } from './render-report.ts';

const USAGE = 'usage: npm run check -- FILE.zip [FILE.zip...] [--json] [--strict]';

/** Where the command writes; tests pass their own. */
export interface CommandOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processOutput: CommandOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Whether a report counts as failed: any error (under `--strict` some warnings are errors), or any warning when `strict`. */
export function isFailing(report: CheckReport, strict: boolean): boolean {
  return report.counts.error > 0 || (strict && report.counts.warning > 0);
}

/**
 * Runs the check command with the arguments after `check` and returns the exit code. Prints a
 * readable report per file, or with `--json` one JSON document (schema-validation status
 * included, so a missing standards folder is visible to tools too).
 */
export async function runCheckCommand(args: string[], output: CommandOutput = processOutput): Promise<number> {
  let values: { json?: boolean; strict?: boolean };
  let files: string[];
  try {
    const parsed = parseArgs({
      args,
      options: { json: { type: 'boolean' }, strict: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
    values = parsed.values;
    files = parsed.positionals;
  } catch (error) {
    output.stderr(`lmspack check: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (files.length === 0) {
    output.stderr(`lmspack check: name a package to check.\n${USAGE}\n`);
    return 2;
  }
  for (const file of files) {
    if (!existsSync(file) || !statSync(file).isFile()) {
      output.stderr(`lmspack check: ${file} is not a file.\n${USAGE}\n`);
      return 2;
    }
  }

  const strict = values.strict ?? false;
  const reports: CheckReport[] = [];
  for (const file of files) reports.push(await checkPackage(file, { strict }));
  if (values.json) {
    output.stdout(`${renderJson(reports)}\n`);
  } else {
    const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
    output.stdout(`${reports.map((report) => renderReport(report, { color })).join('\n\n')}\n`);
  }
  return reports.some((report) => isFailing(report, strict)) ? 1 : 0;
}
