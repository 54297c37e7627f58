/**
 * A content-addressed cache of encoded images, so a rebuild re-encodes only images that
 * changed: encoding is most of a build's time when a course has many photographs.
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../repo-root.ts';

/** Where encoded images are kept; `LMSPACK_IMAGE_CACHE` overrides (the benchmark's cold builds). */
export function imageCacheDir(): string {
  return process.env.LMSPACK_IMAGE_CACHE ?? path.join(repoRoot, 'node_modules/.cache/lmspack-images');
}

/**
 * The result of `encode()` for this `input` and `settings`: read from the cache when an
 * identical encode was done before, otherwise encoded and stored.
 */
export async function cachedEncode(input: Buffer, settings: string, encode: () => Promise<Buffer>): Promise<Buffer> {
  const key = createHash('sha256').update(settings).update('\0').update(input).digest('hex');
  const file = path.join(imageCacheDir(), key.slice(0, 2), key);
  try {
    return await readFile(file);
  } catch {
    const data = await encode();
    await mkdir(path.dirname(file), { recursive: true });
    // Written under a temporary name and renamed: parallel builds never read half a file.
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, data);
    await rename(temporary, file);
    return data;
  }
}
