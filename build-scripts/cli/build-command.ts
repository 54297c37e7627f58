/**
 * `lmspack build [--course DIR] [--out DIR] [--format LIST]`: validates the course and writes one
 * package per format. Invalid content stops the build before anything is written. Progress goes
 * to stderr, one line per stage; the course summary and the tables of what was written to stdout.
 * @packageDocumentation
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { courseSummary } from '../course/course-summary.ts';
import type { LoadResult } from '../course/load-course.ts';
import { formatAssetCostTable } from '../images/asset-cost-table.ts';
import { isPackageFormat, PACKAGE_FORMATS, type PackageFormat } from '../package/formats.ts';
import { formatResultTable } from '../package/result-table.ts';
import { repoRoot } from '../repo-root.ts';
import { progress, type CliIo } from './cli-io.ts';
import { courseFolderOption } from './course-folder-option.ts';
import { reportDiagnostics } from './report-diagnostics.ts';
import { withTempFolder } from './temp-folder.ts';
import { UsageError } from './usage-error.ts';

export interface BuildOptions {
  courseDir: string;
  outDir: string;
  formats: PackageFormat[];
}

export function parseBuildArgs(args: string[]): BuildOptions {
  const { values } = parseArgs({
    args,
    options: { course: { type: 'string' }, out: { type: 'string' }, format: { type: 'string' } },
    strict: true,
  });
  const formats = (values.format ?? PACKAGE_FORMATS.join(','))
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  for (const f of formats) {
    if (!isPackageFormat(f)) throw new UsageError(`unknown format "${f}"; use one or more of ${PACKAGE_FORMATS.join(',')}`);
  }
  if (formats.length === 0) throw new UsageError(`--format needs at least one of ${PACKAGE_FORMATS.join(',')}`);
  return {
    courseDir: courseFolderOption(values.course),
    outDir: path.resolve(values.out ?? path.join(repoRoot, 'dist')),
    formats: [...new Set(formats)] as PackageFormat[],
  };
}

type ValidCourse = NonNullable<LoadResult['course']>;

/** Images, the player and the zips, built in one temporary folder that is removed however the build ends. */
async function buildCourse(course: ValidCourse, options: BuildOptions, io: CliIo): Promise<void> {
  const out = (text: string) => io.stdout.write(`${text}\n`);
  // Vite, sharp and archiver load only now, so a usage or content error answers at once.
  const [{ optimiseCourseAssets }, { buildApp }, { buildPackages }] = await Promise.all([
    import('../images/optimise-course-assets.ts'),
    import('../build-app.ts'),
    import('../package/build-packages.ts'),
  ]);
  await withTempFolder('lmspack-build-', async (work) => {
    // The app is built outside the output folder, so a failure there leaves dist/ as it was.
    const appDir = path.join(work, 'app');
    const assetDir = path.join(work, 'assets');
    if (course.assets.length > 0) progress(io, `preparing ${course.assets.length} asset${course.assets.length === 1 ? '' : 's'}`);
    const assets = await optimiseCourseAssets(course, options.courseDir, assetDir);
    for (const warning of assets.warnings) io.stderr.write(`warning: ${warning}\n`);
    progress(io, 'building the player');
    await buildApp({ course: assets.course, courseDir: options.courseDir, outDir: appDir });
    const results = await buildPackages({
      course: assets.course,
      courseDir: assetDir,
      appDir,
      outDir: options.outDir,
      formats: options.formats,
      onFormat: (format) => progress(io, `packaging ${format}`),
      warn: (line) => io.stderr.write(`${line}\n`),
    });
    out(`\n${formatResultTable(results)}`);
    if (assets.costs.length > 0) out(`\n${formatAssetCostTable(assets.costs)}`);
  });
}

export async function runBuildCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseBuildArgs(args);
  progress(io, `loading ${path.relative(process.cwd(), options.courseDir) || '.'}`);
  // The loader (markdown-it, yaml, zod) too: `--help` and a bad flag need none of it.
  const { loadCourse } = await import('../course/load-course.ts');
  const result = await loadCourse(options.courseDir);
  reportDiagnostics(result, options.courseDir, io);
  if (!result.course) {
    io.stderr.write('lmspack: the course has errors; nothing was written.\n');
    return result.diagnostics.some((d) => d.name === 'internal-error') ? 2 : 1;
  }
  io.stdout.write(`${courseSummary(result.course)}\n`);
  await buildCourse(result.course, options, io);
  return 0;
}
