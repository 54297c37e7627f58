/**
 * The widths the player can show a lesson image at, and the `sizes` that tells the browser so.
 * @packageDocumentation
 */

/**
 * Widths (CSS pixels × device pixel ratio) the build encodes. Lesson text is at most 44rem
 * (704 px) wide (components/lesson-view/lesson-content.styles.ts): 480 serves phones at 1×,
 * 960 phones at 2× and desktops at 1×, 1440 desktops at 2×.
 */
export const IMAGE_WIDTHS = [480, 960, 1440] as const;

/**
 * The displayed width: the full column on narrow screens (less the 1rem padding on each side,
 * components/course-player), at most the 44rem of the lesson text.
 */
export const IMAGE_SIZES = '(min-width: 46rem) 44rem, calc(100vw - 2rem)';

/** The widths to encode an image `width` pixels wide at: never larger than the original. */
export function variantWidths(width: number): number[] {
  const smaller = IMAGE_WIDTHS.filter((w) => w < width);
  const largest = Math.min(width, IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1] ?? width);
  return [...new Set([...smaller, largest])];
}
