/**
 * Lists the files of the player build (one Vite build shared by every format).
 * @packageDocumentation
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Build-output folders that are for the build itself, never for the package. */
const NOT_SHIPPED_DIRS = new Set(['.vite']);

/**
 * Every file under `appDir` as sorted zip paths (forward slashes), except Vite's own `.vite/`
 * folder (its manifest describes the build, and a package needs nothing from it).
 */
export async function listAppFiles(appDir: string): Promise<string[]> {
  const entries = await readdir(appDir, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = relative(appDir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (NOT_SHIPPED_DIRS.has(path.split('/')[0] ?? '')) continue;
    files.push(path);
  }
  return files.sort();
}
