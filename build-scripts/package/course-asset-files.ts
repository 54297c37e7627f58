/**
 * Reads the course's own files (images and the like under the course folder) for packaging.
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CourseAsset } from '../../format/validated-course.ts';

/** A safe zip path: relative, forward slashes, no empty, `.` or `..` segments. */
function isSafeZipPath(path: string): boolean {
  return path !== '' && !path.startsWith('/') && !path.includes('\\') && path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/**
 * Reads every asset from `courseDir`. Each is shipped at its course-relative path, so lesson HTML
 * that says `assets/diagram.png` finds it next to `index.html`.
 */
export async function readCourseAssets(courseDir: string | undefined, assets: readonly CourseAsset[]): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  if (assets.length === 0) return files;
  if (courseDir === undefined) throw new Error(`the course has ${assets.length} asset file(s) but no courseDir was given to read them from`);
  for (const { path } of assets) {
    if (!isSafeZipPath(path)) throw new Error(`course asset path "${path}" must be relative, with forward slashes and no "." or ".." segments`);
    // The loader has vetted each asset; this names the file if it changed since.
    const data = await readFile(resolve(courseDir, path)).catch((error: unknown) => {
      throw new Error(`cannot read course asset ${path}: ${error instanceof Error ? error.message : String(error)}`);
    });
    files.set(path, data);
  }
  return files;
}
