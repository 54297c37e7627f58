/**
 * Zip paths as manifest `href` values (`xs:anyURI`).
 * @packageDocumentation
 */

/**
 * Turns a zip path into a relative URI reference: each segment percent-encoded, so a space, `#`
 * or `?` in a file name cannot be read as a query or fragment by the LMS.
 */
export function fileHref(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
