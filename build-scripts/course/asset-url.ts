/**
 * Course files as URLs in lesson HTML and back. The lesson HTML links an asset by its
 * course-relative path with each segment percent-encoded (so `my photo.png` and `100%.png`
 * load); the build's later passes, which know files by path, decode it again.
 * @packageDocumentation
 */

/** A course-relative path as a URL in the lesson HTML: every segment percent-encoded, so `50%off.png` and `a#b.png` load. */
export function assetUrl(relative: string): string {
  return relative.split('/').map(encodeURIComponent).join('/');
}

/** Percent-decodes each path segment; a segment that is not a valid escape is kept as written (a stray `%` is part of a name). */
export function decodeUrlPath(target: string): string {
  return target
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}
