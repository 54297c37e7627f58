/**
 * Reads a zip into {@link PackageContents}, streaming: the central directory is judged against
 * {@link ZIP_LIMITS} first, then each manifest is kept as text and each web file is scanned and
 * dropped. The only I/O of the rules' input, kept apart so the rules stay pure.
 * @packageDocumentation
 */
import { text } from 'node:stream/consumers';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { finding, type Finding } from './check-codes.ts';
import { isRootManifest, WEB_FILE, type PackageContents } from './package-contents.ts';
import { scanWebFile, type WebFileScan } from './scan-web-file.ts';
import { entryCountFinding, formatSize, sizeFindings, ZIP_LIMITS, type EntrySize } from './zip-limits.ts';

/** Unix file type bits in the upper half of the external attributes, for zips made on Unix (PKWARE APPNOTE 4.4.2, 4.4.15). */
const MADE_ON_UNIX = 3;
const FILE_TYPE_MASK = 0o170000;
const SYMLINK_TYPE = 0o120000;

function isSymlink(entry: Entry): boolean {
  return entry.versionMadeBy >> 8 === MADE_ON_UNIX && ((entry.externalFileAttributes >>> 16) & FILE_TYPE_MASK) === SYMLINK_TYPE;
}

interface Listing {
  /** File entries to read, the first of each name. */
  entries: Map<string, Entry>;
  sizes: EntrySize[];
  findings: Finding[];
}

/** Reads the central directory: names decoded by hand so that one unsafe name is a finding, not an unreadable zip. */
async function listEntries(zip: ZipFile): Promise<Listing> {
  const entries = new Map<string, Entry>();
  const counts = new Map<string, number>();
  const sizes: EntrySize[] = [];
  const findings: Finding[] = [];
  for await (const entry of zip.eachEntry()) {
    const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
    sizes.push({ name, uncompressedSize: entry.uncompressedSize, compressedSize: entry.compressedSize });
    if (yauzl.validateFileName(name) !== null) {
      findings.push(finding('unsafe-entry-name', { name }, name));
      continue;
    }
    if (name.endsWith('/')) continue;
    if (isSymlink(entry)) {
      findings.push(finding('symlink-entry', { name }, name));
      continue;
    }
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (!entries.has(name)) entries.set(name, entry);
  }
  for (const [name, count] of counts) if (count > 1) findings.push(finding('duplicate-entry', { name, count }, name));
  return { entries, sizes, findings };
}

async function readText(zip: ZipFile, entry: Entry): Promise<string> {
  return text(await zip.openReadStreamPromise(entry));
}

/**
 * Reads the zip at `zipPath`. Rejects only when the file is not a readable zip at all (yauzl's
 * message says why); hostile entries become findings in `zipFindings`.
 */
export async function readPackageZip(zipPath: string): Promise<PackageContents> {
  const zip = await yauzl.openPromise(zipPath, { lazyEntries: true, autoClose: false, decodeStrings: false, strictFileNames: false, validateEntrySizes: true });
  try {
    const tooMany = entryCountFinding(zip.entryCount);
    if (tooMany) return { files: [], texts: new Map(), scans: new Map(), zipFindings: [tooMany], stopped: true };
    const listing = await listEntries(zip);
    const files = [...listing.entries.keys()];
    const limits = sizeFindings(listing.sizes);
    if (limits.length > 0) return { files, texts: new Map(), scans: new Map(), zipFindings: [...listing.findings, ...limits], stopped: true };

    const texts = new Map<string, string>();
    const scans = new Map<string, WebFileScan>();
    const zipFindings = [...listing.findings];
    for (const [name, entry] of listing.entries) {
      const wanted = isRootManifest(name) || WEB_FILE.test(name);
      if (!wanted) continue;
      if (entry.uncompressedSize > ZIP_LIMITS.scannedBytes) {
        if (!isRootManifest(name)) zipFindings.push(finding('file-not-scanned', { limit: formatSize(ZIP_LIMITS.scannedBytes) }, name));
        continue;
      }
      const content = await readText(zip, entry);
      if (isRootManifest(name)) texts.set(name, content);
      const scan = scanWebFile(name, content);
      if (scan) scans.set(name, scan);
    }
    return { files, texts, scans, zipFindings, stopped: false };
  } finally {
    zip.close();
  }
}
