/**
 * The shape of a corpus package: entries built from a small source tree written here (never
 * another tool's files), and every finding the checker must report for it — no more, no less.
 */
import type { CheckCode } from '../../../build-scripts/check/check-codes.ts';
import { readControlDocuments } from '../../../build-scripts/package/control-documents.ts';
import type { Standard } from '../../../build-scripts/check/standards.ts';
import type { DeflatedEntry, ZipEntry } from './zip-builder.ts';

/** One expected finding: its code and the path (with `:line`) it is reported at. */
export type ExpectedFinding = [CheckCode, string | undefined];

/** A package of the corpus. */
export interface CorpusCase {
  name: string;
  /** The tool's export whose structure the package reproduces, and what it tests. */
  about: string;
  standard?: Standard;
  entries: () => Promise<(ZipEntry | DeflatedEntry)[]>;
  /** Every finding, in report order (errors, warnings, suggestions), schema validation included. */
  expected: ExpectedFinding[];
  /** The verdict line the report opens with. */
  verdict: string;
}

/** The 1-based line of the first occurrence of `needle` in `text`; throws when absent, so expectations cannot drift silently. */
export function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`corpus: "${needle}" is not in the text`);
  return text.slice(0, index).split('\n').length;
}

/** `path:line` of `needle` in `text`. */
export function at(path: string, text: string, needle: string): string {
  return `${path}:${lineOf(text, needle)}`;
}

/** The official control documents of a SCORM version, as tools ship them at the package root. */
export async function controlDocuments(format: 'scorm12' | 'scorm2004'): Promise<ZipEntry[]> {
  return [...(await readControlDocuments(format))].map(([name, data]) => ({ name, data }));
}

/** The namespace and schemaLocation attributes of a SCORM 2004 manifest's root, as ADL's samples and authoring tools write them. */
export const SCORM2004_NAMESPACES = `xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3" xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"`;

/** The same for SCORM 1.2. */
export const SCORM12_NAMESPACES = `xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"`;

/** `<file href>` elements for `paths`, one per line, indented for a resource. */
export function fileElements(paths: readonly string[], indent = '      '): string {
  return paths.map((path) => `${indent}<file href="${path}"/>`).join('\n');
}

/** A stand-in for binary media (images, fonts, audio): bytes that do not compress (xorshift32). */
export function media(seed: number, size = 2048): Buffer {
  const bytes = Buffer.alloc(size);
  let state = (seed * 2654435761) | 1;
  for (let index = 0; index < size; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[index] = state & 0xff;
  }
  return bytes;
}
