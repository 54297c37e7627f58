/**
 * Photograph-like test images made with sharp: soft shapes over a gradient with sensor-like
 * noise, saved as a camera would (JPEG quality 92) or as a screenshot tool would (PNG). Pure
 * noise would not compress at all and flat colour would compress too well; this sits between,
 * as photographs do.
 * @packageDocumentation
 */
import sharp from 'sharp';

/** A small deterministic pseudo-random generator (mulberry32), so every run makes the same images. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sceneSvg(width: number, height: number, seed: number): string {
  const random = seededRandom(seed);
  const colour = (): string => `hsl(${Math.floor(random() * 360)} ${40 + Math.floor(random() * 40)}% ${30 + Math.floor(random() * 40)}%)`;
  const shapes = Array.from({ length: 14 }, () => {
    const rx = (0.05 + random() * 0.25) * width;
    return `<ellipse cx="${random() * width}" cy="${random() * height}" rx="${rx}" ry="${rx * (0.4 + random())}" fill="${colour()}" opacity="0.8"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x2="0" y2="1"><stop offset="0" stop-color="${colour()}"/><stop offset="1" stop-color="${colour()}"/></linearGradient><filter id="b"><feGaussianBlur stdDeviation="${width / 200}"/></filter></defs><rect width="100%" height="100%" fill="url(#g)"/><g filter="url(#b)">${shapes}</g></svg>`;
}

/** A `width` × `height` photograph-like image, as JPEG or PNG bytes. */
export async function syntheticPhoto(width: number, height: number, seed: number, format: 'jpeg' | 'png' = 'jpeg'): Promise<Buffer> {
  const noise = await sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 10 } } })
    .png()
    .toBuffer();
  const photo = sharp(Buffer.from(sceneSvg(width, height, seed))).composite([{ input: noise, blend: 'overlay' }]);
  return format === 'jpeg' ? photo.jpeg({ quality: 92 }).toBuffer() : photo.png().toBuffer();
}
