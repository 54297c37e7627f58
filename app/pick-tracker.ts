/**
 * Chooses the tracker for the standard the package was built for. The packager writes the
 * format into `<meta name="lmspack-format">`; without it (the dev server, a plain web page) the
 * player runs standalone. Each tracker module is its own dynamic-import chunk, so a package only
 * loads the code of its own standard and the packager leaves the others out
 * (build-scripts/package/vite-manifest.ts). Which module serves which format is
 * `TRACKER_MODULES` in format/package-format.ts.
 * @packageDocumentation
 */
import { FORMAT_META_NAME, isPackageFormat, STANDALONE_TRACKER_MODULE, TRACKER_MODULES, type PackageFormat } from '../format/package-format.ts';
import type { TrackerFactory } from '../tracking/tracker.ts';

/** Every module directly in tracking/ except the interface is a tracker: one lazy chunk each. */
const TRACKERS = import.meta.glob<TrackerFactory>(['../tracking/*.ts', '!../tracking/tracker.ts'], { import: 'createTracker' });

/** The format named by the page's meta element, or undefined (standalone). */
export function packageFormat(doc: Document = document): PackageFormat | undefined {
  const value = doc.querySelector<HTMLMetaElement>(`meta[name="${FORMAT_META_NAME}"]`)?.content.trim();
  return value && isPackageFormat(value) ? value : undefined;
}

/** The tracker factory for this page. */
export function loadTrackerFactory(format = packageFormat()): Promise<TrackerFactory> {
  const module = format ? TRACKER_MODULES[format] : STANDALONE_TRACKER_MODULE;
  const load = TRACKERS[`../${module}`];
  // The packager refuses to build a package whose tracker is missing, so this is a dev-time slip.
  if (!load) return Promise.reject(new Error(`no tracker module ${module} for ${format ?? 'standalone'}`));
  return load();
}
