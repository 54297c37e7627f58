/**
 * Colours derived from the course's accent so text stays readable in both colour schemes:
 * the accent itself already has 4.5:1 with white (the build checks it), but on a dark page it
 * is usually too dark for link text, so a lighter mix is computed for dark mode.
 * @packageDocumentation
 */
import { contrastRatio, parseHex, type Rgb } from '../../format/contrast.ts';

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
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
    if (contrastRatio(mixed, background) >= target) return mixed;
  }
  return '#ffffff';
}

/** A faint tint of the accent for selected and highlighted backgrounds. */
export function accentTint(accent: string, share: number, over = '#ffffff'): string {
  const a = parseHex(accent);
  const b = parseHex(over);
  return toHex(a.map((channel, index) => channel * share + (b[index] ?? 0) * (1 - share)) as Rgb);
}
