/**
 * Reads the Vite build manifest (`.vite/manifest.json`) and works out which output files belong
 * only to other standards' trackers, so a package ships only the tracking code its standard needs.
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { PACKAGE_FORMATS, TRACKER_MODULES, type PackageFormat } from '../../format/package-format.ts';

/** Where Vite writes its manifest inside the build output (`build.manifest: true`). */
export const VITE_MANIFEST_PATH = '.vite/manifest.json';

/** The fields of Vite's `ManifestChunk` that we read; unknown fields are allowed. */
const chunkSchema = z.looseObject({
  file: z.string(),
  src: z.string().optional(),
  isEntry: z.boolean().optional(),
  isDynamicEntry: z.boolean().optional(),
  imports: z.array(z.string()).optional(),
  dynamicImports: z.array(z.string()).optional(),
  css: z.array(z.string()).optional(),
  assets: z.array(z.string()).optional(),
});
const manifestSchema = z.record(z.string(), chunkSchema);

/** A Vite build manifest: manifest key (usually the source path) → chunk. */
export type ViteManifest = z.output<typeof manifestSchema>;

/**
 * Reads `.vite/manifest.json` from a build output folder; `undefined` when the build wrote none.
 * A manifest that exists but does not parse is an error, not a silent fallback.
 */
export async function readViteManifest(appDir: string): Promise<ViteManifest | undefined> {
  let text: string;
  try {
    text = await readFile(join(appDir, VITE_MANIFEST_PATH), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const parsed = manifestSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${VITE_MANIFEST_PATH} in ${appDir} is not a Vite manifest: ${parsed.error.message}`);
  return parsed.data;
}

function trackerKey(manifest: ViteManifest, source: string): string | undefined {
  return Object.keys(manifest).find((key) => key === source || key.endsWith(`/${source}`) || manifest[key]?.src === source);
}

/**
 * The manifest key of a format's tracker chunk. A missing one is an error, not a package
 * without tracking: a tracker that did not build would otherwise ship as a player that
 * reports nothing.
 */
function requiredTrackerKey(manifest: ViteManifest, format: PackageFormat): string {
  const key = trackerKey(manifest, TRACKER_MODULES[format]);
  if (key === undefined) {
    throw new Error(`the player build has no chunk for the ${format} tracker (${TRACKER_MODULES[format]}): check that the file exists and exports createTracker`);
  }
  return key;
}

/**
 * The manifest keys reachable from `roots` through `edges`, depth first, each once, in the order
 * first reached; a key `enter` refuses is neither listed nor followed.
 */
function chunkKeys(
  manifest: ViteManifest,
  roots: Iterable<string>,
  edges: (chunk: ViteManifest[string]) => readonly string[],
  enter: (key: string) => boolean = () => true,
): string[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key) || !enter(key)) return;
    seen.add(key);
    keys.push(key);
    const chunk = manifest[key];
    for (const next of chunk ? edges(chunk) : []) visit(next);
  };
  for (const root of roots) visit(root);
  return keys;
}

/** Output files of a chunk itself: its JS, its CSS and the assets it imports. */
function ownFiles(manifest: ViteManifest, key: string): string[] {
  const chunk = manifest[key];
  return chunk ? [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])] : [];
}

/**
 * Output files that only the trackers of *other* formats use: reachable from another format's
 * tracker chunk and not reachable from the app's entries without passing through another
 * format's tracker. A chunk shared by two trackers therefore stays in both packages, and nothing
 * the player loads by itself is ever dropped; files the manifest does not mention are kept.
 */
export function filesOnlyForOtherTrackers(manifest: ViteManifest, format: PackageFormat): Set<string> {
  const otherTrackers = new Set(PACKAGE_FORMATS.filter((other) => other !== format).map((other) => requiredTrackerKey(manifest, other)));

  const reach = (roots: Iterable<string>, enter: (key: string) => boolean): Set<string> =>
    new Set(chunkKeys(manifest, roots, (chunk) => [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])], enter).flatMap((key) => ownFiles(manifest, key)));

  const keys = Object.keys(manifest);
  const entries = keys.filter((key) => manifest[key]?.isEntry === true);
  // Without entries we cannot tell what the app loads, so every other chunk counts as used.
  const roots = entries.length > 0 ? entries : keys;
  const kept = reach(roots, (key) => !otherTrackers.has(key));
  const candidates = reach(otherTrackers, () => true);
  return new Set([...candidates].filter((file) => !kept.has(file)));
}

/**
 * The output files a format's tracker module needs before it runs: its own chunk and, depth
 * first, every chunk it imports statically, in the order the browser will ask for them. The
 * launch page preloads these (`tracker-preload.ts`), so they download beside the player chunk
 * instead of after it has run.
 */
export function trackerStaticFiles(manifest: ViteManifest, format: PackageFormat): string[] {
  return chunkKeys(manifest, [requiredTrackerKey(manifest, format)], (chunk) => chunk.imports ?? []).flatMap((key) => manifest[key]?.file ?? []);
}
