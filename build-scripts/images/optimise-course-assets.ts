/**
 * The build's image pass, between loading the course and bundling it: resizes and re-encodes
 * raster images, sanitises SVGs, rewrites the lessons' `<img>` elements to match, and writes
 * every file the packages carry from `assets/` into one folder.
 * @packageDocumentation
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import sharp from 'sharp';
import { DEFAULT_MAX_IMAGE_KB } from '../../format/course-schema.ts';
import type { CourseAsset, ValidatedCourse } from '../../format/validated-course.ts';
import { decodeUrlPath } from '../course/asset-url.ts';
import { formatBytes } from '../package/result-table.ts';
import { rewriteLessonImages, type ShippedImage } from './picture-markup.ts';
import { isRasterImage, rasterVariants } from './raster-variants.ts';
import { sanitiseSvg } from './sanitise-svg.ts';

/** What one source file in assets/ cost before and after the build. */
export interface AssetCost {
  /** Course-relative path of the author's file. */
  path: string;
  before: number;
  /** Bytes of every file shipped for it (all widths and formats). */
  after: number;
  /** Bytes a browser of today downloads at most: the largest WebP (or the only) file. */
  largest: number;
  files: number;
}

export interface OptimisedAssets {
  /** The course with lesson images rewritten and `assets` listing the shipped files. */
  course: ValidatedCourse;
  /** Folder holding the shipped files at their course-relative paths. */
  assetDir: string;
  costs: AssetCost[];
  /** One line per image above `assets.maxImageKB`, not readable, or clashing in name with another. */
  warnings: string[];
}

interface Shipped {
  files: { path: string; data: Buffer }[];
  image?: ShippedImage;
}

async function shipRaster(file: string, data: Buffer): Promise<Shipped> {
  const variants = await rasterVariants(file, data);
  return { files: [...variants.modern, ...variants.fallback], image: variants };
}

async function shipSvg(file: string, data: Buffer): Promise<Shipped> {
  const clean = Buffer.from(sanitiseSvg(data.toString('utf8')), 'utf8');
  const { width = 0, height = 0 } = await sharp(clean).metadata();
  return { files: [{ path: file, data: clean }], image: { width, height, modern: [], fallback: [{ path: file, width }] } };
}

async function ship(file: string, data: Buffer, warnings: string[]): Promise<Shipped> {
  try {
    if (isRasterImage(file)) return await shipRaster(file, data);
    if (path.extname(file).toLowerCase() === '.svg') return await shipSvg(file, data);
  } catch (error) {
    // The lesson still shows whatever the browser makes of it; the author learns why it was not optimised.
    warnings.push(`${file} could not be read as an image (${error instanceof Error ? error.message.replace(/[:\s]+$/, '') : String(error)}), so it ships unchanged: export it again from an image editor.`);
  }
  return { files: [{ path: file, data }] };
}

/** Files the lessons link to (`<a href>`, by URL): those ship as they are, besides any variants. */
function linkedFiles(course: ValidatedCourse): Set<string> {
  const linked = new Set<string>();
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'a' && attributes.href) linked.add(decodeUrlPath(attributes.href));
    },
  });
  for (const lesson of course.lessons) parser.write(lesson.html);
  parser.end();
  return linked;
}

function oversizeWarning(cost: AssetCost, limitKB: number): string {
  return `${cost.path} is ${formatBytes(cost.before)}, more than assets.maxImageKB (${limitKB} kB). It ships resized (at most ${formatBytes(cost.largest)} per view), but the source stays in the course's git history: export it at 1440 px wide or less, or raise the limit.`;
}

/** Runs the image pass over `course`, writing the shipped assets into `outDir`. */
export async function optimiseCourseAssets(course: ValidatedCourse, courseDir: string, outDir: string): Promise<OptimisedAssets> {
  const linked = linkedFiles(course);
  const images = new Map<string, ShippedImage>();
  const assets: CourseAsset[] = [];
  const costs: AssetCost[] = [];
  const warnings: string[] = [];
  const limitKB = course.settings.assets?.maxImageKB ?? DEFAULT_MAX_IMAGE_KB;
  const sources = new Set(course.assets.map((asset) => asset.path));
  const written = new Set<string>();
  for (const file of sources) {
    const data = await readFile(path.join(courseDir, file));
    let shipped = await ship(file, data, warnings);
    const taken = shipped.files.find((f) => written.has(f.path) || (f.path !== file && sources.has(f.path)));
    if (taken) {
      warnings.push(`${file} would ship as ${taken.path}, a name another file in assets/ already has, so it ships unchanged: rename one of them.`);
      shipped = { files: [{ path: file, data }] };
    }
    if (shipped.image) images.set(file, shipped.image);
    const files = linked.has(file) && !shipped.files.some((f) => f.path === file) ? [...shipped.files, { path: file, data }] : shipped.files;
    for (const output of files) {
      written.add(output.path);
      await mkdir(path.dirname(path.join(outDir, output.path)), { recursive: true });
      await writeFile(path.join(outDir, output.path), output.data);
      assets.push({ path: output.path });
    }
    const largestFile = shipped.image?.modern.at(-1) ?? files.at(-1);
    const cost = { path: file, before: data.length, after: files.reduce((sum, f) => sum + f.data.length, 0), largest: largestFile?.data.length ?? 0, files: files.length };
    costs.push(cost);
    if (shipped.image && cost.before > limitKB * 1000) warnings.push(oversizeWarning(cost, limitKB));
  }
  const lessons = course.lessons.map((lesson) => ({ ...lesson, html: rewriteLessonImages(lesson.html, images) }));
  return { course: { ...course, lessons, assets }, assetDir: outDir, costs, warnings };
}
