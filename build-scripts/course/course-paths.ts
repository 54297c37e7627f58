/**
 * What a path inside the course folder really is. Every file the course reads is resolved
 * through symbolic links and must still be inside the course folder, a regular file (not a
 * folder, device, named pipe or socket, which would be read as junk or block forever),
 * readable, and small enough to package.
 * @packageDocumentation
 */
import { accessSync, constants, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { diagnostic, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.ts';

/** lmspack reads each file into memory, and Node reads at most 2 GiB in one piece. */
export const MAX_FILE_BYTES = 2 ** 31 - 1;

export type CourseFile =
  | { ok: true; absolute: string; bytes: number }
  | { ok: false; problem: 'missing' }
  | { ok: false; problem: 'outside'; target: string }
  | { ok: false; problem: 'not-a-file'; what: string }
  | { ok: false; problem: 'unreadable'; reason: string }
  | { ok: false; problem: 'too-large'; bytes: number; limit: number };

/** Inspects `relative` (forward slashes, already known not to start with `..`) inside `courseDir`. */
export function inspectCourseFile(courseDir: string, relative: string, maxBytes = MAX_FILE_BYTES): CourseFile {
  let root: string;
  let real: string;
  try {
    root = realpathSync(courseDir);
    real = realpathSync(path.join(courseDir, relative));
  } catch (error) {
    return osProblem(error);
  }
  if (real !== root && !real.startsWith(root + path.sep)) return { ok: false, problem: 'outside', target: real };
  let stats: Stats;
  try {
    stats = statSync(real);
    accessSync(real, constants.R_OK);
  } catch (error) {
    return osProblem(error);
  }
  if (!stats.isFile()) return { ok: false, problem: 'not-a-file', what: kindOf(stats) };
  if (stats.size > maxBytes) return { ok: false, problem: 'too-large', bytes: stats.size, limit: maxBytes };
  return { ok: true, absolute: real, bytes: stats.size };
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function osProblem(error: unknown): CourseFile {
  const code = (error as NodeJS.ErrnoException).code;
  // ENOTDIR: a path component is a file, so the path names nothing.
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, problem: 'missing' };
  return { ok: false, problem: 'unreadable', reason: osReason(error) };
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'too many symbolic links (a link loop?)',
  EISDIR: 'it is a folder',
  EIO: 'input/output error',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
};

/** The operating system's reason for a failed read, in words, with its code. */
export function osReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code && REASONS[e.code]) return `${REASONS[e.code]} (${e.code})`;
  return e.code ? `${e.message.replace(/^[A-Z]+: /, '').replace(/,.*$/, '')} (${e.code})` : String(e.message ?? error);
}

/** "2.2 GB" for messages. */
export function formatSize(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${bytes} bytes`;
}

/** A problem found by inspectCourseFile, as a diagnostic at `where`; `code` is used for files that exist but cannot be used. */
export function fileProblem(found: Exclude<CourseFile, { ok: true }>, shown: string, where: SourceLocation, code: 'missing-file' | 'missing-asset'): Diagnostic {
  switch (found.problem) {
    case 'outside':
      return diagnostic('asset-outside-course', where, `"${shown}" is a link to ${found.target}, outside the course folder.`, 'copy the file into the course folder instead of linking to it');
    case 'not-a-file':
      return diagnostic(code, where, `"${shown}" is ${found.what}, not a file.`, 'name a regular file');
    case 'unreadable':
      return diagnostic(code, where, `Cannot read "${shown}": ${found.reason}.`, 'check the permissions of the file and of the folders above it');
    case 'too-large':
      return diagnostic(code, where, `"${shown}" is ${formatSize(found.bytes)}; lmspack accepts files up to ${formatSize(found.limit)}.`, 'make the file smaller, or link to it on a server instead of shipping it');
    case 'missing':
      return diagnostic(code, where, `"${shown}" does not exist.`, 'check the spelling and letter case of the file name');
  }
}
