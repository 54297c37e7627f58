/**
 * Chooses the files of one format's package: the app build (less what only other formats'
 * trackers use, less source maps unless asked for), its launch page marked with the format and
 * preloading that format's tracker, and the course assets.
 * @packageDocumentation
 */
import { injectContentSecurityPolicy } from './content-security-policy.ts';
import { injectFormatMeta } from './format-meta.ts';
import type { PackageFormat } from './formats.ts';
import { MANIFEST_FILE_NAMES } from './manifest-writers.ts';
import { injectModulePreloads } from './tracker-preload.ts';
import { filesOnlyForOtherTrackers, trackerStaticFiles, type ViteManifest } from './vite-manifest.ts';

/** The launch page of every package, at the zip root. */
export const LAUNCH_FILE = 'index.html';

/** The player build, read once and shared by every format. */
export interface AppBuild {
  /** Zip path → contents, without `.vite/`. */
  files: ReadonlyMap<string, Buffer>;
  /** The Vite manifest, when the build wrote one. */
  viteManifest: ViteManifest | undefined;
}

/** Options of {@link selectPackageFiles}. */
export interface SelectOptions {
  /** Ship `*.map` files. @default false */
  includeSourceMaps?: boolean;
  /** The standard's XSD/DTD files, for the package root (`control-documents.ts`). @default none */
  controlDocuments?: ReadonlyMap<string, Buffer>;
}

/**
 * The files of `format`'s package, manifest excluded: zip path → contents, sorted by path.
 * Throws when an asset would replace an app file with different contents, or when the app or
 * the assets bring a file named like a manifest or a control document.
 */
export function selectPackageFiles(
  format: PackageFormat,
  app: AppBuild,
  assets: ReadonlyMap<string, Buffer>,
  options: SelectOptions = {},
): Map<string, Buffer> {
  const excluded = app.viteManifest ? filesOnlyForOtherTrackers(app.viteManifest, format) : new Set<string>();
  const files = new Map<string, Buffer>();
  for (const [path, data] of app.files) {
    if (excluded.has(path)) continue;
    if (!options.includeSourceMaps && path.endsWith('.map')) continue;
    files.set(path, data);
  }

  const launch = files.get(LAUNCH_FILE);
  if (!launch) throw new Error(`the app build has no ${LAUNCH_FILE} at its root`);
  const marked = injectFormatMeta(injectContentSecurityPolicy(launch.toString('utf8'), format), format);
  const preloaded = app.viteManifest ? injectModulePreloads(marked, trackerStaticFiles(app.viteManifest, format)) : marked;
  files.set(LAUNCH_FILE, Buffer.from(preloaded, 'utf8'));

  for (const [path, data] of assets) {
    const existing = files.get(path);
    if (existing && !existing.equals(data)) {
      throw new Error(`course asset "${path}" has the same path as a different file of the app build`);
    }
    files.set(path, data);
  }

  for (const name of MANIFEST_FILE_NAMES) {
    if (files.has(name)) throw new Error(`"${name}" must not come from the app build or the course assets: the packager writes the manifest`);
  }
  for (const [name, data] of options.controlDocuments ?? []) {
    if (files.has(name)) throw new Error(`"${name}" must not come from the app build or the course assets: the packager adds the standard's schema files`);
    files.set(name, data);
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
