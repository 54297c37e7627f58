/**
 * Resizes a raster image to the widths the player shows and encodes each width twice: WebP
 * (smaller, for every current browser) and the original's own format as the fallback.
 * @packageDocumentation
 */
import path from 'node:path';
import sharp from 'sharp';
import { cachedEncode } from './encode-cache.ts';
import { variantWidths } from './image-widths.ts';

/** Raster formats the build re-encodes, by file extension. */
const FALLBACK_FORMATS = { '.jpg': 'jpeg', '.jpeg': 'jpeg', '.png': 'png', '.webp': 'webp' } as const;
type FallbackExtension = keyof typeof FALLBACK_FORMATS;

export function isRasterImage(file: string): boolean {
  return path.extname(file).toLowerCase() in FALLBACK_FORMATS;
}

/** One encoded file of an image. */
export interface ImageVariant {
  /** Course-relative path, for example `assets/photo-960.webp`. */
  path: string;
  width: number;
  type: 'image/webp' | 'image/jpeg' | 'image/png';
  data: Buffer;
}

/** An image ready for `<picture>`: its intrinsic size and every variant. */
export interface RasterVariants {
  /** Width and height of the largest variant, for the `<img>` attributes (no layout shift). */
  width: number;
  height: number;
  modern: ImageVariant[];
  fallback: ImageVariant[];
}

const MIME = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' } as const;

/** Encoder settings; part of the cache key, so changing them re-encodes. */
const SETTINGS = {
  jpeg: { quality: 78, mozjpeg: true, progressive: true },
  png: { palette: true, quality: 90, compressionLevel: 9, effort: 8 },
  webp: { quality: 75, effort: 5 },
} as const;

function encode(input: Buffer, width: number, format: 'jpeg' | 'png' | 'webp'): Promise<Buffer> {
  return cachedEncode(input, JSON.stringify({ width, format, ...SETTINGS[format] }), () => encodeNow(input, width, format));
}

async function encodeNow(input: Buffer, width: number, format: 'jpeg' | 'png' | 'webp'): Promise<Buffer> {
  // rotate() applies the EXIF orientation, so photographs from phones stand the right way up;
  // metadata (EXIF, GPS) is not copied, as sharp drops it unless asked.
  const resized = sharp(input).rotate().resize({ width, withoutEnlargement: true });
  if (format === 'jpeg') return resized.jpeg(SETTINGS.jpeg).toBuffer();
  if (format === 'png') return resized.png(SETTINGS.png).toBuffer();
  return resized.webp(SETTINGS.webp).toBuffer();
}

/** Encodes `input` (the file at course-relative `file`) at every width the player can show. */
export async function rasterVariants(file: string, input: Buffer): Promise<RasterVariants> {
  const meta = await sharp(input).rotate().metadata();
  // After rotate(), autoOrient gives the displayed size of an EXIF-rotated photograph.
  const { width: fullWidth, height: fullHeight } = meta.autoOrient;
  const extension = path.extname(file).toLowerCase() as FallbackExtension;
  const fallbackFormat = FALLBACK_FORMATS[extension];
  const stem = file.slice(0, -extension.length);
  const widths = variantWidths(fullWidth);
  const variants = async (format: 'jpeg' | 'png' | 'webp', suffix: string): Promise<ImageVariant[]> =>
    Promise.all(
      widths.map(async (width) => ({ path: `${stem}-${width}${suffix}`, width, type: MIME[format], data: await encode(input, width, format) })),
    );
  const largest = widths[widths.length - 1] ?? fullWidth;
  return {
    width: largest,
    height: Math.round((fullHeight * largest) / fullWidth),
    modern: fallbackFormat === 'webp' ? [] : await variants('webp', '.webp'),
    fallback: await variants(fallbackFormat, extension),
  };
}
