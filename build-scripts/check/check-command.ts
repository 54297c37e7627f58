/**
 * `lmspack check FILE.zip... [--json] [--strict]`: checks packages and returns the exit code:
 * 0 clean, 1 problems found (errors; warnings too with --strict). Usage errors are thrown as
 * `UsageError` for the dispatcher (build-scripts/cli/dispatch.ts), which owns usage text and exit 2.
 * @packageDocumentation
 */
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { CliIo } from '../cli/cli-io.ts';
import { UsageError } from '../cli/usage-error.ts';
import { wantsColor } from '../diagnostics/paint.ts';
import { checkPackage, type CheckReport } from './check-package.ts';
import { renderJson, renderReport } from './render-report.ts';

/** Whether a report counts as failed: any error (under `--strict` some warnings are errors), or any warning when `strict`. */
export function isFailing(report: CheckReport, strict: boolean): boolean {
  return report.counts.error > 0 || (strict && report.counts.warning > 0);
}

function parseCheckArgs(args: string[]): { files: string[]; json: boolean; strict: boolean } {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, strict: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0) throw new UsageError('name a package to check');
  for (const file of positionals) {
    if (!existsSync(file)) throw new UsageError(`${file}: no such file`);
    if (!statSync(file).isFile()) throw new UsageError(`${file} is not a file`);
  }
  return { files: positionals, json: values.json ?? false, strict: values.strict ?? false };
}

/**
 * Runs the check command with the arguments after `check` and returns the exit code. Prints a
 * readable report per file, or with `--json` one JSON document (schema-validation status
 * included, so a missing standards folder is visible to tools too).
 */
export async function runCheckCommand(args: string[], io: CliIo): Promise<number> {
  const { files, json, strict } = parseCheckArgs(args);
  const reports: CheckReport[] = [];
  for (const file of files) reports.push(await checkPackage(file, { strict }));
  if (json) {
    io.stdout.write(`${renderJson(reports)}\n`);
  } else {
    const color = wantsColor(io.stdout, io.env);
    io.stdout.write(`${reports.map((report) => renderReport(report, { color })).join('\n\n')}\n`);
  }
  return reports.some((report) => isFailing(report, strict)) ? 1 : 0;
}
