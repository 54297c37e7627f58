/**
 * The bookmark: 1.2 `cmi.core.lesson_location` / 2004 `cmi.location`, from the player's hash
 * route. The suspend data also carries the route; the location is what the LMS shows and the
 * fallback when suspend data is lost.
 * @packageDocumentation
 */
import { SCORM_SETTINGS, type ScormVersion } from './scorm-version.ts';

/**
 * The location for a route such as `/lesson/rapport-and-trust`. A route longer than the limit
 * is cut back to its longest parent that fits (`/lesson/a/b` → `/lesson/a`), so the learner
 * resumes somewhere real rather than at half a segment; a route that cannot be cut (or is not
 * a route) becomes `/`. Characters outside printable ASCII are percent-encoded first, so the
 * length counted is the length the LMS stores.
 */
export function locationFromRoute(version: ScormVersion, route: string): string {
  const limit = SCORM_SETTINGS[version].locationLimit;
  if (!route.startsWith('/')) return '/';
  let location = route.replace(/[^\x21-\x7e]/gu, (char) => encodeURIComponent(char));
  while (location.length > limit) {
    const cut = location.lastIndexOf('/', limit);
    // lastIndexOf(…, limit) finds the last separator that leaves a prefix within the limit.
    location = cut > 0 ? location.slice(0, cut) : '/';
  }
  return location;
}

/**
 * The route to reopen from a stored location, or `undefined` when the LMS holds nothing usable
 * (empty on first launch, or written by other content).
 */
export function routeFromLocation(location: string | undefined): string | undefined {
  if (!location || !location.startsWith('/') || /[^\x21-\x7e]/.test(location)) return undefined;
  try {
    return decodeURIComponent(location);
  } catch {
    return undefined;
  }
}
