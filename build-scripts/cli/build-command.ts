/**
 * `npm run build -- [--course DIR] [--out DIR] [--format LIST]`: validates the course and
 * writes one package per format. Invalid content stops the build before anything is written.
 * @packageDocumentation
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { courseSummary } from '../course/course-summary.ts';
import { loadCourse } from '../course/load-course.ts';
import { repoRoot } from '../repo-root.ts';
import { reportDiagnostics } from './report-diagnostics.ts';
import { UsageError } from './usage-error.ts';

export const FORMAT_NAMES = ['scorm12', 'scorm2004', 'xapi', 'cmi5'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface BuildOptions {
  courseDir: string;
  outDir: string;
  formats: FormatName[];
}

export function parseBuildArgs(args: string[]): BuildOptions {
  const { values } = parseArgs({
    args,
    options: { course: { type: 'string' }, out: { type: 'string' }, format: { type: 'string' } },
    strict: true,
  });
  const formats = (values.format ?? FORMAT_NAMES.join(','))
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  for (const f of formats) {
    if (!(FORMAT_NAMES as readonly string[]).includes(f)) throw new UsageError(`unknown format "${f}"; use one or more of ${FORMAT_NAMES.join(',')}`);
  }
  if (formats.length === 0) throw new UsageError(`--format needs at least one of ${FORMAT_NAMES.join(',')}`);
  return {
    courseDir: path.resolve(values.course ?? path.join(repoRoot, 'course')),
    outDir: path.resolve(values.out ?? path.join(repoRoot, 'dist')),
    formats: [...new Set(formats)] as FormatName[],
  };
}

export async function runBuildCommand(args: string[]): Promise<number> {
  const options = parseBuildArgs(args);
  const log = (line: string) => process.stdout.write(`${line}\n`);
  log(`lmspack: loading ${path.relative(process.cwd(), options.courseDir) || '.'}`);
  const result = await loadCourse(options.courseDir);
  reportDiagnostics(result, options.courseDir);
  if (!result.course) {
    process.stderr.write('lmspack: the course has errors; nothing was written.\n');
    return result.diagnostics.some((d) => d.name === 'internal-error') ? 2 : 1;
  }
  log(courseSummary(result.course));
  return 0;
}
