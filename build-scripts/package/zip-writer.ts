/**
 * Writes reproducible zip files atomically: same entries in, same bytes out, and never a
 * half-written zip at the destination.
 * @packageDocumentation
 */
import { ZipArchive } from 'archiver';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** One file in a zip. */
export interface ZipEntry {
  /** Path inside the zip, with forward slashes and no leading slash. */
  name: string;
  /** Contents; a stream lets large assets pass through without being held in memory. */
  data: Buffer | Readable;
}

/**
 * Timestamp of every entry. Gradle's reproducible-archive constant: 1980-02-01 rather than the
 * DOS epoch itself, so a reader that converts to local time cannot land before 1980.
 */
export const ZIP_ENTRY_DATE = new Date(Date.UTC(1980, 1, 1, 0, 0, 0));

/** Unix permissions of every entry: rw-r--r--, whatever the build machine's umask. */
export const ZIP_ENTRY_MODE = 0o644;

/** Formats that are already compressed; deflating them again costs time and saves nothing. */
const STORED = /\.(?:png|jpe?g|gif|webp|avif|woff2?|mp3|mp4|m4a|webm|ogg|zip|gz|br)$/i;

/** Result of writing a zip. */
export interface ZipWritten {
  /** Size of the finished zip in bytes. */
  bytes: number;
  /** Number of entries. */
  fileCount: number;
}

/** Byte-wise (code-unit) comparison, independent of locale, so entry order never varies by machine. */
function compareNames(a: ZipEntry, b: ZipEntry): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * Writes `entries` to `file` as a zip: entries sorted by name, each with {@link ZIP_ENTRY_DATE}
 * and {@link ZIP_ENTRY_MODE}, deflate level 9. The zip is written to a temporary file in the same
 * folder and renamed over `file` only when complete (a rename within one file system is atomic
 * on POSIX), so on any failure the temporary file is deleted and `file` is left as it was.
 */
export async function writeZipAtomic(file: string, entries: readonly ZipEntry[]): Promise<ZipWritten> {
  const names = new Set<string>();
  for (const entry of entries) {
    if (names.has(entry.name)) throw new Error(`zip entry "${entry.name}" is listed twice`);
    names.add(entry.name);
  }
  const sorted = [...entries].sort(compareNames);
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const archive = new ZipArchive({ zlib: { level: 9 } });
  const written = pipeline(archive, createWriteStream(temp));
  // archiver does not listen for errors on appended streams; without this a failing read
  // would surface as an unhandled error and leave the archive waiting forever.
  const sourceFailed = new Promise<never>((_, reject) => {
    for (const entry of sorted) if (!Buffer.isBuffer(entry.data)) entry.data.once('error', reject);
  });
  try {
    for (const entry of sorted) {
      archive.append(entry.data, {
        name: entry.name,
        date: ZIP_ENTRY_DATE,
        mode: ZIP_ENTRY_MODE,
        store: STORED.test(entry.name),
      });
    }
    await Promise.race([Promise.all([archive.finalize(), written]), sourceFailed]);
    await rename(temp, file);
  } catch (error) {
    archive.destroy();
    // Let the file stream close before the temporary file is removed.
    await written.catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
  const { size } = await stat(file);
  return { bytes: size, fileCount: sorted.length };
}
