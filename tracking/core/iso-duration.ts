/**
 * A duration as ISO 8601 `PnYnMnDTnHnMnS` text, the format of SCORM 2004 `timeinterval`
 * (SCORM 2004 4th RTE 4.2 `cmi.session_time`) and of xAPI's `result.duration` (xAPI 1.0.3 Data
 * §4.6): hours, minutes and seconds only, never weeks or days (a day is not always 24 h), seconds
 * with at most 2 fraction digits (the precision both recommend), zero parts left out; zero is
 * `PT0S`.
 * @packageDocumentation
 */

/**
 * @param ms duration in milliseconds; negative, NaN or infinite counts as 0
 * @example isoDuration(3_723_450) === 'PT1H2M3.45S'
 */
export function isoDuration(ms: number): string {
  // Rounding first, then splitting, makes 59.995 s carry into the minute, never 60 s.
  const total = Number.isFinite(ms) && ms > 0 ? Math.round(ms / 10) : 0;
  const hours = Math.floor(total / 360_000);
  const minutes = Math.floor(total / 6000) % 60;
  const cs = total % 6000;
  let text = 'PT';
  if (hours) text += `${hours}H`;
  if (minutes) text += `${minutes}M`;
  if (cs || text === 'PT') {
    const whole = Math.floor(cs / 100);
    const fraction = cs % 100;
    text += fraction ? `${whole}.${String(fraction).padStart(2, '0').replace(/0$/, '')}S` : `${whole}S`;
  }
  return text;
}
