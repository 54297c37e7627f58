/**
 * Durations and points in time in each SCORM version's format.
 *
 * - SCORM 1.2 RTE 3.4 "CMITimespan" (`HHHH:MM:SS.SS`) for `cmi.core.session_time` and
 *   `cmi.interactions.n.latency`; "CMITime" (`HH:MM:SS`) for `cmi.interactions.n.time`.
 * - SCORM 2004 4th RTE 4.1 "timeinterval (second,10,2)" (ISO 8601 duration) for
 *   `cmi.session_time` and `cmi.interactions.n.latency`; "time (second,10,0)" for
 *   `cmi.interactions.n.timestamp`.
 *
 * Moodle (mod/scorm `scorm_12.js`, `scorm_13.js`) is the strictest reader: its 1.2 CMITimespan
 * wants 2–4 hour digits and at most 2 fraction digits; its 2004 CMITimespan allows at most 2
 * fraction digits and no weeks (`W`); its 2004 CMITime accepts a zone designator only after a
 * fractional part, so we send `YYYY-MM-DDThh:mm:ss` without `Z`.
 * @packageDocumentation
 */
import { isoDuration } from '../core/iso-duration.ts';

/** Largest 1.2 timespan: CMITimespan has at most four hour digits (spoor caps the same way). */
const MAX_CENTISECONDS_12 = (9999 * 3600 + 59 * 60 + 59) * 100 + 99;

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** Whole centiseconds in a duration; negative, NaN or infinite input counts as 0. */
function centiseconds(ms: number): number {
  if (!Number.isFinite(ms) || ms <= 0) return 0;
  // Rounding first, then splitting, makes 59.995 s carry into the minute (00:01:00.00), never 00:00:60.00.
  return Math.round(ms / 10);
}

/**
 * A SCORM 1.2 CMITimespan, `HHHH:MM:SS.SS` (SCORM 1.2 RTE 3.4), for `cmi.core.session_time`
 * and `cmi.interactions.n.latency`. Four hour digits always (Moodle accepts 2–4); longer
 * durations are capped at `9999:59:59.99`.
 *
 * @param ms duration in milliseconds
 * @example scorm12Timespan(59_995) === '0000:01:00.00'
 */
export function scorm12Timespan(ms: number): string {
  const total = Math.min(centiseconds(ms), MAX_CENTISECONDS_12);
  const cs = total % 100;
  const seconds = Math.floor(total / 100) % 60;
  const minutes = Math.floor(total / 6000) % 60;
  const hours = Math.floor(total / 360_000);
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(cs, 2)}`;
}

/**
 * A SCORM 2004 timeinterval: an ISO 8601 duration `PT[nH][nM][n[.nn]S]` (SCORM 2004 4th RTE
 * 4.1.1), for `cmi.session_time` and `cmi.interactions.n.latency`. Hours are not folded into
 * days (a day is not always 24 h), seconds carry at most 2 fraction digits and zero parts are
 * left out; zero is `PT0S`.
 *
 * @param ms duration in milliseconds
 * @example scorm2004Duration(3_723_450) === 'PT1H2M3.45S'
 */
export function scorm2004Duration(ms: number): string {
  return isoDuration(ms);
}

/** Options for the clock-time formats. */
export interface ClockOptions {
  /**
   * Write UTC instead of the learner's local time. A time without a zone designator means
   * local time (ISO 8601 4.2.2.2), so local is right for LMS reports; tests pass `true` to be
   * independent of the machine's zone.
   * @default false
   */
  utc?: boolean;
}

function parts(at: number, utc: boolean): [number, number, number, number, number, number] {
  const date = new Date(Number.isFinite(at) ? at : 0);
  return utc
    ? [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()]
    : [date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()];
}

/**
 * A SCORM 2004 timestamp `YYYY-MM-DDThh:mm:ss` (SCORM 2004 4th RTE 4.1 "time (second,10,0)"),
 * for `cmi.interactions.n.timestamp`.
 *
 * SPEC DEVIATION: the spec allows a zone designator, but Moodle's and scorm-again's CMITime
 * regexes only accept one after a fractional part (`…:00Z` → 406), so we send none, as spoor
 * does. The time is the learner's local time unless `utc` is set.
 *
 * @param at ms since the Unix epoch
 */
export function scorm2004Timestamp(at: number, options: ClockOptions = {}): string {
  const [year, month, day, hours, minutes, seconds] = parts(at, options.utc ?? false);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}`;
}

/**
 * A SCORM 1.2 CMITime `HH:MM:SS` (SCORM 1.2 RTE 3.4), the time of day for
 * `cmi.interactions.n.time`. 1.2 has no date or zone here: local time unless `utc` is set.
 *
 * @param at ms since the Unix epoch
 */
export function scorm12TimeOfDay(at: number, options: ClockOptions = {}): string {
  const [, , , hours, minutes, seconds] = parts(at, options.utc ?? false);
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}`;
}

/**
 * Session time or latency in the given version's format: {@link scorm12Timespan} for 1.2,
 * {@link scorm2004Duration} for 2004.
 */
export function scormDuration(version: '1.2' | '2004', ms: number): string {
  return version === '1.2' ? scorm12Timespan(ms) : scorm2004Duration(ms);
}
