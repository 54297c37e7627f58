/**
 * The checker's view of a package: file names and the text of the files its rules read. The
 * rules work on this object only, so they do no I/O and run on hand-made contents in tests.
 * @packageDocumentation
 */

/** A package as the rules see it. */
export interface PackageContents {
  /** Every file in the zip (no directory entries), forward slashes, in zip order. */
  files: readonly string[];
  /** Text of the files the rules read (manifests, HTML, CSS, JS, SVG), decoded as UTF-8. */
  texts: ReadonlyMap<string, string>;
}

/** Manifest names of the three packaging conventions. */
export const MANIFEST_NAMES = ['imsmanifest.xml', 'tincan.xml', 'cmi5.xml'] as const;

/** Files whose contents a browser fetches resources for: scanned for outside URLs. */
export const WEB_FILE = /\.(?:html?|xhtml|css|m?js|cjs|svg)$/i;

/** Whether the checker needs the text of a zip entry. */
export function isReadForChecks(name: string): boolean {
  const base = name.slice(name.lastIndexOf('/') + 1);
  return (MANIFEST_NAMES as readonly string[]).includes(base) || WEB_FILE.test(name);
}
