/**
 * The per-format build loop: from one player build and one validated course, writes one zip per
 * requested standard and reports what it wrote.
 * @packageDocumentation
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ValidatedCourse } from '../../format/validated-course.ts';
import { listAppFiles } from './app-files.ts';
import { readControlDocuments } from './control-documents.ts';
import { readCourseAssets } from './course-asset-files.ts';
import { writeFlashcardsFile } from './flashcards-file.ts';
import { FORMAT_LABELS, PACKAGE_FORMATS, type PackageFormat } from './formats.ts';
import { MANIFEST_WRITERS } from './manifest-writers.ts';
import { LAUNCH_FILE, selectPackageFiles, type AppBuild } from './package-files.ts';
import { formatBytes } from './result-table.ts';
import { readViteManifest } from './vite-manifest.ts';
import { zipEntryCosts } from './zip-entry-cost.ts';
import { writeZipAtomic } from './zip-writer.ts';

export { PACKAGE_FORMATS, type PackageFormat };

/** Options of {@link buildPackages}. */
export interface BuildPackagesOptions {
  /** The loaded, validated course. */
  course: ValidatedCourse;
  /** Output folder of the one Vite build of the player (index.html and hashed assets). */
  appDir: string;
  /** Folder the zips are written to; created when missing. */
  outDir: string;
  /** Formats to build, in this order. */
  formats: readonly PackageFormat[];
  /** The course folder, which `course.assets` paths are relative to. Required when there are assets. */
  courseDir?: string;
  /** Ship `*.map` files from the app build. @default false */
  includeSourceMaps?: boolean;
  /** Receives one line per step, for progress output. @default no output */
  log?: (line: string) => void;
  /** Called as each format's package is started, for a progress line. @default nothing */
  onFormat?: (format: PackageFormat) => void;
  /** Receives each warning about a manifest. @default `log` */
  warn?: (line: string) => void;
}

/** What was written for one format. */
export interface PackageResult {
  format: PackageFormat;
  /** Absolute path of the zip. */
  file: string;
  /** Size of the zip in bytes. */
  bytes: number;
  /** Number of files in the zip, manifest included. */
  fileCount: number;
  /**
   * Bytes the XSD/DTD control documents take in the zip, headers included (0 for xAPI and cmi5):
   * a fixed cost of every SCORM package, whatever the course.
   */
  controlDocumentBytes: number;
  /** Things the author should know about this package (for example LMS overrides). */
  warnings: string[];
}

/** Name of a format's zip: `<course-id>-<format>.zip`. */
export function packageFileName(courseId: string, format: PackageFormat): string {
  return `${courseId}-${format}.zip`;
}

async function readAppBuild(appDir: string): Promise<AppBuild> {
  const paths = await listAppFiles(appDir);
  const files = new Map<string, Buffer>();
  for (const path of paths) files.set(path, await readFile(join(appDir, path)));
  return { files, viteManifest: await readViteManifest(appDir) };
}

/** What the control documents take in the written zip, headers included (as the benchmark counts them). */
async function controlDocumentBytes(zip: string, controlDocuments: ReadonlyMap<string, Buffer>): Promise<number> {
  if (controlDocuments.size === 0) return 0;
  const costs = await zipEntryCosts(zip);
  return [...controlDocuments.keys()].reduce((sum, name) => sum + (costs.get(name) ?? 0), 0);
}

/**
 * Builds one zip per format into `outDir` and returns what it wrote, in the order of `formats`;
 * then writes the deck as `<course-id>-flashcards.tsv` beside them (see flashcards-file.ts).
 * Each zip holds the app files (with `<meta name="lmspack-format">` in index.html), the course
 * assets, the format's manifest and (SCORM) the schema files it references, at the root. Zips are reproducible and written atomically;
 * a failure throws and leaves no partial zip behind (zips already finished stay).
 */
export async function buildPackages(options: BuildPackagesOptions): Promise<PackageResult[]> {
  const { course, formats, log = () => {}, onFormat = () => {}, warn = log } = options;
  const appDir = resolve(options.appDir);
  const outDir = resolve(options.outDir);

  const app = await readAppBuild(appDir);
  log(`read ${app.files.size} app files from ${appDir}${app.viteManifest ? '' : ' (no Vite manifest: every app file goes into every package)'}`);
  const assets = await readCourseAssets(options.courseDir, course.assets);
  if (assets.size > 0) log(`read ${assets.size} course asset(s)`);
  await mkdir(outDir, { recursive: true });

  const results: PackageResult[] = [];
  for (const format of formats) {
    onFormat(format);
    const controlDocuments = await readControlDocuments(format);
    const files = selectPackageFiles(format, app, assets, { includeSourceMaps: options.includeSourceMaps ?? false, controlDocuments });
    const manifest = MANIFEST_WRITERS[format]({ course, files: [...files.keys()], launch: LAUNCH_FILE });
    const file = join(outDir, packageFileName(course.settings.id, format));
    const entries = [...files].map(([name, data]) => ({ name, data }));
    entries.push({ name: manifest.fileName, data: Buffer.from(manifest.xml, 'utf8') });
    const written = await writeZipAtomic(file, entries);
    log(`${FORMAT_LABELS[format]}: wrote ${file} (${written.fileCount} files, ${formatBytes(written.bytes)})`);
    for (const warning of manifest.warnings) warn(`${FORMAT_LABELS[format]}: warning: ${warning}`);
    results.push({
      format,
      file,
      bytes: written.bytes,
      fileCount: written.fileCount,
      controlDocumentBytes: await controlDocumentBytes(file, controlDocuments),
      warnings: manifest.warnings,
    });
  }
  const deck = await writeFlashcardsFile(course, outDir);
  if (deck) log(`flashcards: wrote ${deck} (${course.flashcards.length} cards, the file "Save flashcards" offers)`);
  return results;
}
