/**
 * Packages for checker tests: lmspack's own four packages built from the fake app, and helpers
 * to write modified copies of them (the broken packages the checker must catch).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPackages, PACKAGE_FORMATS, type PackageFormat } from '../../build-scripts/package/build-packages.ts';
import { writeZipAtomic } from '../../build-scripts/package/zip-writer.ts';
import { writeFakeApp, writeTree } from '../packaging/fake-app.ts';
import { makeCourse } from '../packaging/make-course.ts';
import { unzip } from '../packaging/unzip.ts';

/** Zip path → contents. */
export type Files = Map<string, Buffer>;

/** lmspack's own packages, each as its zip path and its files. */
export interface OwnPackages {
  dir: string;
  zips: Record<PackageFormat, string>;
  files: Record<PackageFormat, Files>;
}

/** Builds the four packages of a small course (with one asset) into a temporary folder. */
export async function buildOwnPackages(): Promise<OwnPackages> {
  const appDir = await writeFakeApp();
  const courseDir = await writeTree({ 'assets/diagram.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' }, 'lmspack-course-');
  const dir = await mkdtemp(join(tmpdir(), 'lmspack-check-'));
  // passed-failed with a quiz-only rule, so the 1.2 manifest carries adlcp:masteryscore
  // (build-scripts/manifest/mastery-score.ts) for the checker's masteryscore rules to see.
  const course = makeCourse({ assets: [{ path: 'assets/diagram.svg' }], settings: { reportStatus: 'passed-failed' } });
  // The zips are all the tests need: the player and course folders go at once.
  const results = await buildPackages({ course, appDir, courseDir, outDir: dir, formats: PACKAGE_FORMATS }).finally(() =>
    Promise.all([appDir, courseDir].map((folder) => rm(folder, { recursive: true, force: true }))),
  );
  const zips = {} as Record<PackageFormat, string>;
  const files = {} as Record<PackageFormat, Files>;
  for (const result of results) {
    zips[result.format] = result.file;
    files[result.format] = new Map([...(await unzip(result.file))].map(([name, entry]) => [name, entry.data]));
  }
  return { dir, zips, files };
}

let counter = 0;

/** Writes `files` as a zip in `dir` and returns its path. */
export async function writeZip(dir: string, files: Files | Record<string, string>): Promise<string> {
  const entries = files instanceof Map ? [...files] : Object.entries(files).map(([name, text]) => [name, Buffer.from(text)] as const);
  const file = join(dir, `case-${++counter}.zip`);
  await writeZipAtomic(file, entries.map(([name, data]) => ({ name, data })));
  return file;
}

/** A copy of `files` with `edit` applied to the text of `name` (which must exist). */
export function withText(files: Files, name: string, edit: (text: string) => string): Files {
  const data = files.get(name);
  if (!data) throw new Error(`test fixture: ${name} is not in the package`);
  const copy = new Map(files);
  copy.set(name, Buffer.from(edit(data.toString('utf8'))));
  return copy;
}

/** A copy of `files` with `name` removed. */
export function without(files: Files, name: string): Files {
  const copy = new Map(files);
  if (!copy.delete(name)) throw new Error(`test fixture: ${name} is not in the package`);
  return copy;
}
