/**
 * `npm run build -- [--course DIR] [--out DIR] [--format LIST]`: validates the course and
 * writes one package per format. Invalid content stops the build before anything is written.
 * @packageDocumentation
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../build-app.ts';
import { courseSummary } from '../course/course-summary.ts';
import { loadCourse } from '../course/load-course.ts';
import { formatAssetCostTable } from '../images/asset-cost-table.ts';
import { optimiseCourseAssets } from '../images/optimise-course-assets.ts';
import { buildPackages } from '../package/build-packages.ts';
import { formatResultTable } from '../package/result-table.ts';
import { isPackageFormat, PACKAGE_FORMATS, type PackageFormat } from '../package/formats.ts';
import { repoRoot } from '../repo-root.ts';
import { reportDiagnostics } from './report-diagnostics.ts';
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
    courseDir: path.resolve(values.course ?? path.join(repoRoot, 'course')),
    outDir: path.resolve(values.out ?? path.join(repoRoot, 'dist')),
    formats: [...new Set(formats)] as PackageFormat[],
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

  // The app is built outside the output folder, so a failure there leaves dist/ as it was.
  const appDir = await mkdtemp(path.join(tmpdir(), 'lmspack-app-'));
  const assetDir = `${appDir}-assets`;
  try {
    const assets = await optimiseCourseAssets(result.course, options.courseDir, assetDir);
    for (const warning of assets.warnings) process.stderr.write(`warning: ${warning}\n`);
    log('lmspack: building the player');
    await buildApp({ course: assets.course, courseDir: options.courseDir, outDir: appDir });
    const results = await buildPackages({
      course: assets.course,
      courseDir: assetDir,
      appDir,
      outDir: options.outDir,
      formats: options.formats,
      log: (line) => log(`  ${line}`),
    });
    log(`\n${formatResultTable(results)}`);
    if (assets.costs.length > 0) log(`\n${formatAssetCostTable(assets.costs)}`);
  } finally {
    await rm(appDir, { recursive: true, force: true });
    await rm(assetDir, { recursive: true, force: true });
  }
  return 0;
}
