/**
 * The shape of `bench/results.json` (everything a full run measured) and `bench/sizes.json`
 * (the size part alone, which CI checks).
 * @packageDocumentation
 */
import type { BuildTimes } from './build-times.ts';
import type { LoadTimings } from './browser-timings.ts';
import type { CourseScale } from './generate-course.ts';
import type { PackageSize } from './package-sizes.ts';
import type { SavedStateSize } from './saved-state.ts';

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  chromium: string;
  os: string;
  date: string;
}

/** What the build did with a generated course's photographs. */
export interface ImageCost {
  images: number;
  sourceBytes: number;
  /** Every file the package carries for them (all widths, WebP and fallback). */
  shippedBytes: number;
  /** The largest WebP of each: the most a current browser downloads to show them all. */
  largestBytes: number;
}

export interface ScaleResult {
  scale: CourseScale;
  build: BuildTimes;
  /** The SCORM 1.2 package. */
  size: PackageSize;
  images: ImageCost;
  load: LoadTimings;
}

/** One figure's growth from each scale to the next (e.g. 10x ÷ 1x). */
export type Growth = Record<string, Record<string, number>>;

export interface SizeResults {
  machine: Machine;
  seed: PackageSize[];
  savedState: SavedStateSize;
}

export interface BenchResults extends SizeResults {
  seedBuild: BuildTimes;
  seedLoads: LoadTimings[];
  scales: ScaleResult[];
  growth: Growth;
}
