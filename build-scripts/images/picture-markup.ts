/**
 * Rewrites each course image of a lesson's HTML into its optimised form: a `<picture>` with a
 * WebP `srcset` and the original format's `srcset` as the fallback, the intrinsic width and
 * height (so nothing shifts while it loads), lazy loading and asynchronous decoding.
 * @packageDocumentation
 */
import { Parser } from 'htmlparser2';
import { assetUrl, decodeUrlPath } from '../course/asset-url.ts';
import { IMAGE_SIZES } from './image-widths.ts';
import type { ImageVariant } from './raster-variants.ts';

/** What an image `src` is shipped as. */
export interface ShippedImage {
  width: number;
  height: number;
  /** WebP variants; empty for SVGs and images that are WebP already. */
  modern: ImageVariant[];
  /** Variants in a format every browser reads, smallest first; one for an SVG. */
  fallback: Pick<ImageVariant, 'path' | 'width'>[];
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function srcset(variants: readonly Pick<ImageVariant, 'path' | 'width'>[]): string {
  return variants.map((variant) => `${assetUrl(variant.path)} ${variant.width}w`).join(', ');
}

function pictureHtml(image: ShippedImage, alt: string): string {
  const largest = image.fallback[image.fallback.length - 1];
  if (!largest) throw new Error('an image has no variant to ship');
  const common = `alt="${escapeAttribute(alt)}" width="${image.width}" height="${image.height}" loading="lazy" decoding="async"`;
  if (image.fallback.length === 1 && image.modern.length === 0) return `<img src="${escapeAttribute(assetUrl(largest.path))}" ${common}>`;
  const source = image.modern.length > 0 ? `<source type="${image.modern[0]?.type}" srcset="${escapeAttribute(srcset(image.modern))}" sizes="${IMAGE_SIZES}">` : '';
  const img = `<img src="${escapeAttribute(assetUrl(largest.path))}" srcset="${escapeAttribute(srcset(image.fallback))}" sizes="${IMAGE_SIZES}" ${common}>`;
  return `<picture>${source}${img}</picture>`;
}

/**
 * `html` with every `<img>` whose `src` is the URL of a key of `images` (a course-relative path,
 * see build-scripts/course/asset-url.ts) replaced by its optimised markup.
 * Everything else is kept byte for byte: the lesson HTML was sanitised already.
 */
export function rewriteLessonImages(html: string, images: ReadonlyMap<string, ShippedImage>): string {
  const edits: { start: number; end: number; text: string }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const image = name === 'img' ? images.get(decodeUrlPath(attributes.src ?? '')) : undefined;
        if (image) edits.push({ start: parser.startIndex, end: parser.endIndex + 1, text: pictureHtml(image, attributes.alt ?? '') });
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  let out = html;
  for (const edit of edits.reverse()) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
