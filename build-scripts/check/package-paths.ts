/**
 * Resolving manifest hrefs to zip paths.
 * @packageDocumentation
 */

/** Where an href points. */
export type HrefTarget =
  | { kind: 'local'; path: string }
  /** An absolute URL (`https:`, `mailto:`…) or network-path reference (`//host/x`). */
  | { kind: 'external'; url: string }
  /** A path that climbs above the package root or starts at the server root. */
  | { kind: 'outside-package'; href: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Resolves `href` against `base` (a folder path inside the zip, `""` for the root, from
 * `xml:base` or the manifest's own folder): drops the query and fragment, decodes percent-escapes
 * and normalises `.` and `..` segments.
 */
export function resolveHref(base: string, href: string): HrefTarget {
  const trimmed = href.trim();
  if (SCHEME.test(trimmed) || trimmed.startsWith('//')) return { kind: 'external', url: trimmed };
  if (trimmed.startsWith('/')) return { kind: 'outside-package', href: trimmed };
  const withoutQuery = trimmed.replace(/[?#].*$/, '');
  const parts: string[] = [];
  for (const segment of `${base}${withoutQuery}`.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return { kind: 'outside-package', href: trimmed };
      parts.pop();
      continue;
    }
    parts.push(decodeSegment(segment));
  }
  return { kind: 'local', path: parts.join('/') };
}

/**
 * Joins `xml:base` values from outer to inner into a folder prefix (`""` or ending in `/`).
 * An absolute xml:base makes every href below it external; that is returned as is.
 */
export function joinBases(...bases: (string | undefined)[]): string {
  let result = '';
  for (const base of bases) {
    if (base === undefined || base.trim() === '') continue;
    const value = base.trim();
    result = SCHEME.test(value) || value.startsWith('/') ? value : `${result}${value}`;
    if (!result.endsWith('/')) result += '/';
  }
  return result;
}

/** A hint for a missing file that exists with different letter case (LMS servers are case-sensitive). */
export function caseHint(path: string, files: readonly string[]): string {
  const lower = path.toLowerCase();
  const match = files.find((file) => file.toLowerCase() === lower);
  return match ? ` The zip has ${match}: letter case differs, and LMS servers are case-sensitive.` : '';
}
