/**
 * The browser's `localStorage`, or undefined where it is missing or throws on access (Safari
 * private mode, sandboxed iframes without `allow-same-origin`): every tracker treats that as
 * "nothing can be kept in this browser" rather than failing.
 * @packageDocumentation
 */

/** `localStorage` when this page may use it. */
export function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
