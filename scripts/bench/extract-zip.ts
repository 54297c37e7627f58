/**
 * Unzips a package into a folder for serving, as an LMS does on upload.
 * @packageDocumentation
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { unzip } from '../../test/packaging/unzip.ts';

export async function extractZip(zip: string, dir: string): Promise<void> {
  for (const [name, entry] of await unzip(zip)) {
    if (name.endsWith('/')) continue;
    const target = path.resolve(dir, name);
    if (!target.startsWith(path.resolve(dir) + path.sep)) throw new Error(`zip entry escapes the folder: ${name}`);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, entry.data);
  }
}
