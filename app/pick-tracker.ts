/**
 * Chooses the tracker for the standard the package was built for. The packager writes the
 * format into `<meta name="lmspack-format">`; without it (the dev server, a plain web page) the
 * player runs standalone. Each standard's tracker is a dynamic import, so a package only loads
 * the code of its own standard and the packager can leave the others out.
 * @packageDocumentation
 */
import { FORMAT_META_NAME, isPackageFormat, type PackageFormat } from '../format/package-format.ts';
import type { TrackerFactory } from '../tracking/tracker.ts';

/**
 * Loader per standard: one dynamic import each, so the packager can leave the chunks of the
 * other standards out of a package (build-scripts/package/vite-manifest.ts). xAPI and cmi5 use
 * the standalone tracker until their adapters land.
 */
const LOADERS: Record<PackageFormat, () => Promise<TrackerFactory>> = {
  scorm12: () => import('../tracking/scorm12.ts').then((module) => module.createTracker),
  scorm2004: () => import('../tracking/scorm2004.ts').then((module) => module.createTracker),
  xapi: () => loadStandalone(),
  cmi5: () => loadStandalone(),
};

function loadStandalone(): Promise<TrackerFactory> {
  return import('../tracking/standalone.ts').then((module) => module.createTracker);
}

/** The format named by the page's meta element, or undefined (standalone). */
export function packageFormat(doc: Document = document): PackageFormat | undefined {
  const value = doc.querySelector<HTMLMetaElement>(`meta[name="${FORMAT_META_NAME}"]`)?.content.trim();
  return value && isPackageFormat(value) ? value : undefined;
}

/** The tracker factory for this page. */
export function loadTrackerFactory(format = packageFormat()): Promise<TrackerFactory> {
  return format ? LOADERS[format]() : loadStandalone();
}
