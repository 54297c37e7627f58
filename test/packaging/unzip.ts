/** Reads every file of a zip into memory, for assertions. */
import { buffer } from 'node:stream/consumers';
import yauzl from 'yauzl';

/** One zip entry with the metadata tests assert on. */
export interface UnzippedEntry {
  data: Buffer;
  /** Unix permission bits from the external attributes. */
  mode: number;
  /** DOS date and time fields as stored. */
  lastModFileDate: number;
  lastModFileTime: number;
  /** Bytes of the entry's data as stored in the zip. */
  compressedSize: number;
}

/** Zip path → entry, in the order the zip stores them. */
export async function unzip(file: string): Promise<Map<string, UnzippedEntry>> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true });
  const entries = new Map<string, UnzippedEntry>();
  try {
    for await (const entry of zip.eachEntry()) {
      entries.set(entry.fileName, {
        data: await buffer(await zip.openReadStreamPromise(entry)),
        mode: (entry.externalFileAttributes >>> 16) & 0o7777,
        lastModFileDate: entry.lastModFileDate,
        lastModFileTime: entry.lastModFileTime,
        compressedSize: entry.compressedSize,
      });
    }
  } finally {
    zip.close();
  }
  return entries;
}
