/**
 * Colours derived from the course's accent so text stays readable in both colour schemes:
 * the accent itself already has 4.5:1 with white (the build checks it), but on a dark page it
 * is usually too dark for link text, so a lighter mix is computed for dark mode.
 * @packageDocumentation
 */

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  let digits = hex.replace('#', '');
  if (digits.length === 3) digits = [...digits].map((digit) => digit + digit).join('');
  const value = Number.parseInt(digits, 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2.x relative luminance. */
export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The darkest surface the dark scheme puts text on (see tokens.styles.ts). */
export const DARK_SURFACE = '#1d232b';

/**
 * The accent mixed with white just enough to reach `target` contrast on `background`
 * (7:1 by default, so small link text is comfortably readable).
 */
export function accentForDark(accent: string, background = DARK_SURFACE, target = 7): string {
  const base = parseHex(accent);
  for (let share = 0; share <= 1; share += 0.05) {
    const mixed = toHex(base.map((channel) => channel + (255 - channel) * share) as Rgb);
    if (contrast(mixed, background) >= target) return mixed;
  }
  return '#ffffff';
}

/** A faint tint of the accent for selected and highlighted backgrounds. */
export function accentTint(accent: string, share: number, over = '#ffffff'): string {
  const a = parseHex(accent);
  const b = parseHex(over);
  return toHex(a.map((channel, index) => channel * share + (b[index] ?? 0) * (1 - share)) as Rgb);
}
