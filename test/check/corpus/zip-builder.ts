/**
 * A small zip writer for corpus packages, written from the PKWARE APPNOTE so that tests can make
 * what ordinary zip tools refuse to: repeated names, symbolic links, names with `..`, and bombs
 * whose entries share one deflated body.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { writeFile } from 'node:fs/promises';

/** One entry of a zip to write. */
export interface ZipEntry {
  name: string;
  data: Buffer | string;
  /** A symbolic link: `data` is the target (Unix mode 0o120777 in the external attributes). */
  symlink?: boolean;
}

/** An entry whose body is already deflated (a bomb's entries share one). */
export interface DeflatedEntry {
  name: string;
  deflated: Buffer;
  crc: number;
  size: number;
}

/** Deflates `data` once, for {@link DeflatedEntry} bodies. */
export function deflated(name: string, data: Buffer): DeflatedEntry {
  return { name, deflated: deflateRawSync(data, { level: 9 }), crc: crc32(data), size: data.length };
}

const UTF8_FLAG = 0x800;
const MADE_BY_UNIX = (3 << 8) | 20;

function header(fields: [number, 2 | 4][]): Buffer {
  const buffer = Buffer.alloc(fields.reduce((sum, [, size]) => sum + size, 0));
  let offset = 0;
  for (const [value, size] of fields) {
    if (size === 2) buffer.writeUInt16LE(value, offset);
    else buffer.writeUInt32LE(value >>> 0, offset);
    offset += size;
  }
  return buffer;
}

/** The bytes of a zip holding `entries` in order (names as given: nothing is checked or deduplicated). */
export function zipBytes(entries: readonly (ZipEntry | DeflatedEntry)[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const body = 'deflated' in entry ? entry.deflated : deflateRawSync(Buffer.from(entry.data));
    const raw = 'deflated' in entry ? undefined : Buffer.from(entry.data);
    const crc = 'deflated' in entry ? entry.crc : crc32(raw!);
    const size = 'deflated' in entry ? entry.size : raw!.length;
    const mode = 'symlink' in entry && entry.symlink ? 0o120777 : 0o100644;
    const common: [number, 2 | 4][] = [[20, 2], [UTF8_FLAG, 2], [8, 2], [0, 2], [0x5a21, 2], [crc, 4], [body.length, 4], [size, 4], [name.length, 2], [0, 2]];
    const local = Buffer.concat([header([[0x04034b50, 4], ...common]), name, body]);
    centrals.push(Buffer.concat([header([[0x02014b50, 4], [MADE_BY_UNIX, 2], ...common, [0, 2], [0, 2], [0, 2], [mode * 0x10000, 4], [offset, 4]]), name]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = header([[0x06054b50, 4], [0, 2], [0, 2], [entries.length, 2], [entries.length, 2], [directory.length, 4], [offset, 4], [0, 2]]);
  return Buffer.concat([...locals, directory, end]);
}

/** Writes a zip of `entries` to `file`. */
export async function writeCorpusZip(file: string, entries: readonly (ZipEntry | DeflatedEntry)[]): Promise<void> {
  await writeFile(file, zipBytes(entries));
}
