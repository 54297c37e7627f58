/**
 * Builds a course's real packages the way `npm run build` does (loader → image pass → one Vite
 * build of the player → one zip per standard), then unzips them for the test LMS to serve. The
 * image pass keeps its encodings in the build's image cache, so only a test's new images cost time. Everything goes
 * into one temporary folder that {@link BuiltPackages.cleanup} removes. The xAPI and cmi5 tests
 * use {@link buildCourseZips} and {@link extractZip} (test/support/lrs/lrs-packages.ts).
 * @packageDocumentation
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../../../build-scripts/build-app.ts';
import { loadCourse } from '../../../build-scripts/course/load-course.ts';
import { optimiseCourseAssets } from '../../../build-scripts/images/optimise-course-assets.ts';
import { buildPackages, type PackageFormat, type PackageResult } from '../../../build-scripts/package/build-packages.ts';
import type { ValidatedCourse } from '../../../format/validated-course.ts';
import { unzip, type UnzippedEntry } from '../../packaging/unzip.ts';
import { manifestDefaults, type ManifestDefaults } from './launch-data.ts';

/** One built and unzipped package. */
export interface UnzippedPackage {
  format: PackageFormat;
  /** The zip, as `npm run build` writes it. */
  zip: string;
  /** The folder it was unzipped into. */
  dir: string;
  /** The launch file, relative to `dir` (from the manifest's SCO resource). */
  launch: string;
  manifest: ManifestDefaults;
}

export interface BuiltPackages {
  course: ValidatedCourse;
  packages: Partial<Record<PackageFormat, UnzippedPackage>>;
  cleanup(): Promise<void>;
}

/** Writes every file of `zip` into `dir`; returns the entries (refuses an entry that would land outside `dir`). */
export async function extractZip(zip: string, dir: string): Promise<Map<string, UnzippedEntry>> {
  const entries = await unzip(zip);
  for (const [name, entry] of entries) {
    if (name.endsWith('/')) continue;
    const target = path.resolve(dir, name);
    if (!target.startsWith(path.resolve(dir) + path.sep)) throw new Error(`zip entry escapes the folder: ${name}`);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, entry.data);
  }
  return entries;
}

/** Unzips `zip` into `dir` and reads its manifest; the format defaults to the manifest's SCORM version. */
export async function unzipPackage(zip: string, dir: string, format?: PackageFormat): Promise<UnzippedPackage> {
  const entries = await extractZip(zip, dir);
  const xml = entries.get('imsmanifest.xml')?.data.toString('utf8');
  if (!xml) throw new Error(`${zip} has no imsmanifest.xml at its root`);
  const launch = /<resource\b[^>]*\bhref="([^"]+)"/.exec(xml)?.[1] ?? 'index.html';
  const manifest = manifestDefaults(xml);
  return { format: format ?? (manifest.version === '1.2' ? 'scorm12' : 'scorm2004'), zip, dir, launch, manifest };
}

/** The zips of a course built into a temporary folder `root` (packages may be unzipped beside them). */
export interface BuiltZips {
  /** The course as packaged: lesson images rewritten by the image pass. */
  course: ValidatedCourse;
  root: string;
  zips: PackageResult[];
  cleanup(): Promise<void>;
}

/** Builds the course in `courseDir` into zips, the way `npm run build` does. */
export async function buildCourseZips(courseDir: string, formats: readonly PackageFormat[]): Promise<BuiltZips> {
  const loaded = await loadCourse(courseDir);
  if (!loaded.course) throw new Error(`the course in ${courseDir} did not load: ${JSON.stringify(loaded.diagnostics, null, 2)}`);
  const root = await mkdtemp(path.join(tmpdir(), 'lmspack-e2e-'));
  const cleanup = () => rm(root, { recursive: true, force: true });
  try {
    const assetDir = path.join(root, 'assets');
    const { course } = await optimiseCourseAssets(loaded.course, courseDir, assetDir);
    const appDir = path.join(root, 'app');
    await buildApp({ course, courseDir, outDir: appDir });
    const zips = await buildPackages({ course, courseDir: assetDir, appDir, outDir: path.join(root, 'zips'), formats });
    return { course, root, zips, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** Builds and unzips the SCORM packages of the course in `courseDir`. */
export async function buildCoursePackages(courseDir: string, formats: readonly PackageFormat[]): Promise<BuiltPackages> {
  const { course, root, zips, cleanup } = await buildCourseZips(courseDir, formats);
  try {
    const packages: BuiltPackages['packages'] = {};
    for (const result of zips) packages[result.format] = await unzipPackage(result.file, path.join(root, result.format), result.format);
    return { course, packages, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
