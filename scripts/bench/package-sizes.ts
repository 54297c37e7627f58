/**
 * Sizes of built packages, read from the zips themselves: zipped and unzipped, the XML control
 * documents at a SCORM package's root on their own line, and each JavaScript and CSS file
 * minified and gzipped.
 * @packageDocumentation
 */
import { gzipSync } from 'node:zlib';
import yauzl from 'yauzl';
import { buffer } from 'node:stream/consumers';
import { stat } from 'node:fs/promises';
import { zipEntryCost } from '../../build-scripts/package/zip-entry-cost.ts';

/** One JavaScript or CSS file of a package. */
export interface ChunkSize {
  /** File name without Vite's content hash, e.g. `app/index.js`. */
  name: string;
  bytes: number;
  gzipBytes: number;
}

export interface PackageSize {
  format: string;
  zipBytes: number;
  unzippedBytes: number;
  files: number;
  /** Compressed bytes (with their zip headers) of the schema files at the root (`*.xsd`, `*.dtd`). */
  controlDocumentBytes: number;
  /** What the budget counts: the zip less the control documents. */
  budgetedBytes: number;
  /** Compressed bytes (with headers) of the files only this package carries: its tracker. */
  trackerBytes: number;
  chunks: ChunkSize[];
}

interface Entry {
  name: string;
  data: Buffer;
  /** Bytes it takes in the zip, headers included. */
  zipCost: number;
}

async function readEntries(file: string): Promise<Entry[]> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true });
  const entries: Entry[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      entries.push({ name: entry.fileName, data: await buffer(await zip.openReadStreamPromise(entry)), zipCost: zipEntryCost(entry) });
    }
  } finally {
    zip.close();
  }
  return entries;
}

/** Vite names chunks `name-HASH.js` with an 8-character hash. */
function unhashed(name: string): string {
  return name.replace(/-[A-Za-z0-9_-]{8}(\.(?:js|css))$/, '$1');
}

const isControlDocument = (name: string): boolean => !name.includes('/') && /\.(xsd|dtd)$/i.test(name);

/**
 * Sizes of each zip in `zips` (format → path). Files not in every package are that package's
 * tracker (each standard's tracking code is its own chunk, build-scripts/package/vite-manifest.ts).
 */
export async function measurePackages(zips: Readonly<Record<string, string>>): Promise<PackageSize[]> {
  const read = await Promise.all(Object.entries(zips).map(async ([format, file]) => ({ format, file, entries: await readEntries(file) })));
  const appFiles = (entries: Entry[]): Set<string> => new Set(entries.filter((e) => e.name.startsWith('app/')).map((e) => e.name));
  const common = read.map((p) => appFiles(p.entries)).reduce((a, b) => new Set([...a].filter((name) => b.has(name))));
  return Promise.all(
    read.map(async ({ format, file, entries }) => {
      const zipBytes = (await stat(file)).size;
      const controlDocumentBytes = entries.filter((e) => isControlDocument(e.name)).reduce((sum, e) => sum + e.zipCost, 0);
      return {
        format,
        zipBytes,
        unzippedBytes: entries.reduce((sum, e) => sum + e.data.length, 0),
        files: entries.length,
        controlDocumentBytes,
        budgetedBytes: zipBytes - controlDocumentBytes,
        trackerBytes: entries.filter((e) => e.name.startsWith('app/') && !common.has(e.name)).reduce((sum, e) => sum + e.zipCost, 0),
        chunks: entries
          .filter((e) => /\.(js|css)$/.test(e.name))
          .map((e) => ({ name: unhashed(e.name), bytes: e.data.length, gzipBytes: gzipSync(e.data, { level: 9 }).length })),
      };
    }),
  );
}
