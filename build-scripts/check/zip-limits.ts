/**
 * The limits the checker holds a zip to before it reads any content, so that a hostile zip (a
 * "zip bomb", millions of entries) is reported within seconds and bounded memory instead of
 * being unpacked. They are judged from the central directory; yauzl then refuses to inflate an
 * entry past the size the directory declares (`validateEntrySizes`), so the declared sizes hold.
 * @packageDocumentation
 */
import { finding, type Finding } from './check-codes.ts';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** The limits, named in the README's "Checking a package". */
export const ZIP_LIMITS = {
  /** Entries in the zip: large Storyline exports have a few thousand. */
  entries: 50_000,
  /** Uncompressed bytes of all entries together. */
  totalBytes: 2 * GiB,
  /** Uncompressed bytes of one entry: a long course video stays under it. */
  entryBytes: 1 * GiB,
  /** Uncompressed / compressed bytes of one entry of at least `ratioFloorBytes`: text compresses about 5-10×, a bomb about 1,000×. */
  ratio: 100,
  ratioFloorBytes: 1 * MiB,
  /** Largest web file whose text is scanned for outside requests. */
  scannedBytes: 20 * MiB,
} as const;

/** What the central directory says about one entry. */
export interface EntrySize {
  name: string;
  uncompressedSize: number;
  compressedSize: number;
}

/** Human-readable byte counts for the messages: `2 GiB`, `20 MiB`. */
export function formatSize(bytes: number): string {
  if (bytes >= GiB) return `${Math.round((bytes / GiB) * 10) / 10} GiB`;
  if (bytes >= MiB) return `${Math.round((bytes / MiB) * 10) / 10} MiB`;
  return `${bytes} bytes`;
}

/** The finding when a zip declares more entries than the limit, before any entry is read. */
export function entryCountFinding(entryCount: number): Finding | undefined {
  if (entryCount <= ZIP_LIMITS.entries) return undefined;
  return finding('zip-limit-exceeded', { detail: `${entryCount} entries (the limit is ${ZIP_LIMITS.entries})` });
}

/** Findings for entries past the size and ratio limits, and for the total; at most one per kind. */
export function sizeFindings(entries: readonly EntrySize[]): Finding[] {
  const findings: Finding[] = [];
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > ZIP_LIMITS.totalBytes) {
    findings.push(finding('zip-limit-exceeded', { detail: `${formatSize(total)} uncompressed in all (the limit is ${formatSize(ZIP_LIMITS.totalBytes)})` }));
  }
  const large = entries.filter((entry) => entry.uncompressedSize > ZIP_LIMITS.entryBytes);
  if (large[0]) {
    const detail = `${large.length} ${large.length === 1 ? 'entry' : 'entries'} over ${formatSize(ZIP_LIMITS.entryBytes)}, the first ${large[0].name} (${formatSize(large[0].uncompressedSize)})`;
    findings.push(finding('zip-limit-exceeded', { detail }, large[0].name));
  }
  const ratioOf = (entry: EntrySize): number => entry.uncompressedSize / Math.max(1, entry.compressedSize);
  const bombs = entries.filter((entry) => entry.uncompressedSize >= ZIP_LIMITS.ratioFloorBytes && ratioOf(entry) > ZIP_LIMITS.ratio);
  if (bombs[0]) {
    const detail = `${bombs.length} ${bombs.length === 1 ? 'entry expands' : 'entries expand'} more than ${ZIP_LIMITS.ratio}×, the first ${bombs[0].name} (${Math.round(ratioOf(bombs[0]))}×)`;
    findings.push(finding('zip-limit-exceeded', { detail }, bombs[0].name));
  }
  return findings;
}
