/**
 * The checker's view of a package: file names, the text of its manifests, and what scanning each
 * web file found. Web files are scanned as the zip is read and their text is dropped, so memory
 * stays bounded by the largest file rather than the whole package. The rules work on this object
 * only, so they do no I/O.
 * @packageDocumentation
 */
import type { Finding } from './check-codes.ts';
import type { WebFileScan } from './scan-web-file.ts';

/** A package as the rules see it. */
export interface PackageContents {
  /** Every file in the zip (no directory entries, links or unsafe names), forward slashes, in zip order, each once. */
  files: readonly string[];
  /** Text of the manifests at the zip root, decoded as UTF-8. */
  texts: ReadonlyMap<string, string>;
  /** What scanning found in each HTML, CSS, JavaScript and SVG file. */
  scans: ReadonlyMap<string, WebFileScan>;
  /** Problems of the zip itself (limits, duplicate names, links, unsafe names), found while reading. */
  zipFindings: readonly Finding[];
  /** True when a limit stopped the reading: the contents were not checked. */
  stopped: boolean;
}

/** Manifest names of the three packaging conventions. */
export const MANIFEST_NAMES = ['imsmanifest.xml', 'tincan.xml', 'cmi5.xml'] as const;

/** Files whose contents a browser fetches resources for: scanned for outside URLs. */
export const WEB_FILE = /\.(?:html?|xhtml|css|m?js|cjs|svg)$/i;

/** Whether an entry is a manifest at the zip root, whose text the rules read. */
export function isRootManifest(name: string): boolean {
  return (MANIFEST_NAMES as readonly string[]).includes(name);
}
