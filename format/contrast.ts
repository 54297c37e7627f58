/**
 * WCAG 2.1 contrast between sRGB colours (WCAG 2.1 §1.4.3 and its definitions of "contrast
 * ratio" and "relative luminance"). The build warns about an accent colour below 4.5:1 with
 * white; the player derives its dark-mode accent with the same maths.
 * @packageDocumentation
 */

export type Rgb = [number, number, number];

/** `#rgb` or `#rrggbb` as channels 0–255. */
export function parseHex(hex: string): Rgb {
  let digits = hex.replace('#', '');
  if (digits.length === 3) digits = [...digits].map((digit) => digit + digit).join('');
  const value = Number.parseInt(digits, 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Relative luminance, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio from 1 to 21 between two colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
