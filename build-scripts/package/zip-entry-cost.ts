/**
 * What one file costs in a written zip: its compressed bytes with its local header, central
 * directory header and data descriptor. The build's size table and the benchmark both count the
 * control documents this way, read from the zip itself, so their figures agree.
 * @packageDocumentation
 */
import yauzl, { type Entry } from 'yauzl';

/** Local file header (30 bytes) and central directory header (46 bytes), APPNOTE.TXT §4.3.7 and §4.3.12. */
const HEADER_BYTES = 30 + 46;

/** Bytes `entry` takes in its zip; both headers repeat the name and extra field (APPNOTE.TXT §4.3.7, §4.3.12). */
export function zipEntryCost(entry: Entry): number {
  // General purpose bit 3: a 16-byte data descriptor follows the data (APPNOTE.TXT §4.3.9).
  const descriptor = entry.generalPurposeBitFlag & 0x8 ? 16 : 0;
  return entry.compressedSize + HEADER_BYTES + 2 * entry.fileNameLength + 2 * entry.extraFieldLength + entry.fileCommentLength + descriptor;
}

/** Each file of the zip at `file` with the bytes it takes there (folders left out). */
export async function zipEntryCosts(file: string): Promise<Map<string, number>> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true });
  const costs = new Map<string, number>();
  try {
    for await (const entry of zip.eachEntry()) if (!entry.fileName.endsWith('/')) costs.set(entry.fileName, zipEntryCost(entry));
  } finally {
    zip.close();
  }
  return costs;
}
