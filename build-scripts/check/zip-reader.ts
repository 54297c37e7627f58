/**
 * Reads a zip into {@link PackageContents}. The only I/O of the rules' input, kept apart so the
 * rules stay pure.
 * @packageDocumentation
 */
import { text } from 'node:stream/consumers';
import yauzl from 'yauzl';
import { isReadForChecks, type PackageContents } from './package-contents.ts';

/** Larger text files are listed but not scanned: no web page or manifest is this big. */
const MAX_TEXT_BYTES = 20 * 1024 * 1024;

/**
 * Reads the zip at `zipPath`. Rejects when the file is not a readable zip (yauzl's message says
 * why, including unsafe entry names such as `../x` or absolute paths).
 */
export async function readPackageZip(zipPath: string): Promise<PackageContents> {
  const zip = await yauzl.openPromise(zipPath, { lazyEntries: true, decodeStrings: true, strictFileNames: false, validateEntrySizes: true });
  try {
    const files: string[] = [];
    const texts = new Map<string, string>();
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      files.push(entry.fileName);
      if (isReadForChecks(entry.fileName) && entry.uncompressedSize <= MAX_TEXT_BYTES) {
        texts.set(entry.fileName, await text(await zip.openReadStreamPromise(entry)));
      }
    }
    return { files, texts };
  } finally {
    zip.close();
  }
}
