/**
 * Numbers as the CMI data model wants them written: plain decimal strings, never exponent
 * notation, with a bounded number of fraction digits.
 * @packageDocumentation
 */

/**
 * Formats `value` as a CMIDecimal (SCORM 1.2 RTE 3.4 "CMIDecimal"; SCORM 2004 4th RTE 4.1
 * "real(10,7)") with at most `fractionDigits` digits after the point and no trailing zeros.
 * Non-finite input becomes `"0"`: the LMS must never receive `NaN` or `Infinity`.
 *
 * @example formatDecimal(66.666, 2) === '66.67'; formatDecimal(80, 2) === '80'
 */
export function formatDecimal(value: number, fractionDigits: number): string {
  if (!Number.isFinite(value)) return '0';
  const factor = 10 ** fractionDigits;
  const rounded = Math.round(value * factor) / factor;
  // toFixed never uses exponent notation below 1e21; the regex drops trailing zeros and a bare point.
  const text = rounded.toFixed(fractionDigits).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}

/** Clamps `value` into `[min, max]`; NaN becomes `min`. */
export function clamp(value: number, min: number, max: number): number {
  if (Number.isNaN(value)) return min;
  return Math.min(max, Math.max(min, value));
}
