import { describe, expect, test } from 'vitest';
import { scorm12Timespan, scorm12TimeOfDay, scorm2004Duration, scorm2004Timestamp } from '../../tracking/scorm/cmi-time.ts';
import { SCORM_SETTINGS } from '../../tracking/scorm/scorm-version.ts';
import { checkCmiValue } from '../support/moodle-validator.ts';

const HOUR = 3_600_000;

describe('SCORM 1.2 CMITimespan', () => {
  test.each([
    [0, '0000:00:00.00'],
    [10, '0000:00:00.01'],
    [4, '0000:00:00.00'],
    [59_990, '0000:00:59.99'],
    [59_995, '0000:01:00.00'],
    [61_500, '0000:01:01.50'],
    [HOUR - 5, '0001:00:00.00'],
    [101 * HOUR + 2 * 60_000 + 3_450, '0101:02:03.45'],
    [12_345 * HOUR, '9999:59:59.99'],
    [-5_000, '0000:00:00.00'],
    [Number.NaN, '0000:00:00.00'],
  ])('%d ms is %s', (ms, expected) => {
    expect(scorm12Timespan(ms)).toBe(expected);
    expect(checkCmiValue('1.2', 'cmi.core.session_time', expected)).toEqual([]);
  });
});

describe('SCORM 2004 duration', () => {
  test.each([
    [0, 'PT0S'],
    [10, 'PT0.01S'],
    [500, 'PT0.5S'],
    [59_995, 'PT1M'],
    [59_990, 'PT59.99S'],
    [HOUR, 'PT1H'],
    [3_723_450, 'PT1H2M3.45S'],
    [101 * HOUR + 5_000, 'PT101H5S'],
    [-1, 'PT0S'],
    [Number.POSITIVE_INFINITY, 'PT0S'],
  ])('%d ms is %s', (ms, expected) => {
    expect(scorm2004Duration(ms)).toBe(expected);
    expect(checkCmiValue('2004', 'cmi.session_time', expected)).toEqual([]);
  });

  test('never writes weeks, days or more than two fraction digits', () => {
    for (let ms = 0; ms < 400 * HOUR; ms += 7_777_777.7) {
      const text = scorm2004Duration(ms);
      expect(text).not.toMatch(/[WD]|\.\d{3}/);
      expect(checkCmiValue('2004', 'cmi.session_time', text)).toEqual([]);
    }
  });

  test('the settings of each version pick its session time format', () => {
    expect(SCORM_SETTINGS['1.2'].sessionTime(1_000)).toBe('0000:00:01.00');
    expect(SCORM_SETTINGS['2004'].sessionTime(1_000)).toBe('PT1S');
  });
});

describe('clock times', () => {
  const at = Date.UTC(2024, 4, 1, 9, 5, 7, 890);

  test('2004 timestamps are YYYY-MM-DDThh:mm:ss with no zone designator and no fraction', () => {
    expect(scorm2004Timestamp(at, { utc: true })).toBe('2024-05-01T09:05:07');
    expect(checkCmiValue('2004', 'cmi.interactions.0.timestamp', scorm2004Timestamp(at))).toEqual([]);
  });

  test('2004 timestamps default to local time', () => {
    const local = new Date(at);
    const expected = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}T${String(local.getHours()).padStart(2, '0')}:05:07`;
    expect(scorm2004Timestamp(at)).toBe(expected);
  });

  test('1.2 interaction time is the time of day HH:MM:SS', () => {
    expect(scorm12TimeOfDay(at, { utc: true })).toBe('09:05:07');
    expect(scorm12TimeOfDay(Date.UTC(2024, 0, 1, 23, 59, 59), { utc: true })).toBe('23:59:59');
    expect(checkCmiValue('1.2', 'cmi.interactions.0.time', scorm12TimeOfDay(at))).toEqual([]);
  });
});
