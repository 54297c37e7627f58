/**
 * Turns the bytes of a course text file into text without changing it silently: invalid UTF-8
 * and NUL bytes are reported at their line and column (a decoder would replace them with "�"),
 * a leading byte-order mark is dropped, and line endings become `\n` so that every line and
 * column lmspack reports is counted the same way.
 * @packageDocumentation
 */
import { isUtf8 } from 'node:buffer';
import { LineIndex } from '../diagnostics/line-index.ts';

export type DecodedText = { ok: true; text: string } | { ok: false; line: number; column: number; problem: string };

export function decodeCourseText(bytes: Buffer): DecodedText {
  const invalidAt = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  const nulAt = bytes.indexOf(0);
  const at = [invalidAt, nulAt].filter((n) => n >= 0).sort((a, b) => a - b)[0];
  if (at !== undefined) {
    const before = normalise(bytes.subarray(0, at).toString('utf8'));
    const { line, column } = new LineIndex(before).position(before.length);
    const problem = at === nulAt ? 'a NUL byte (0x00)' : `a byte that is not UTF-8 (0x${bytes[at]!.toString(16).padStart(2, '0')})`;
    return { ok: false, line, column, problem };
  }
  return { ok: true, text: normalise(bytes.toString('utf8')) };
}

const normalise = (text: string): string => text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence (RFC 3629 §4). */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    if (length > 1 && !isUtf8(bytes.subarray(i, i + length))) return i;
    i += length;
  }
  return bytes.length;
}
