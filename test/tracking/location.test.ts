import { describe, expect, test } from 'vitest';
import { locationFromRoute, routeFromLocation } from '../../tracking/scorm/location.ts';
import { SCORM_SETTINGS } from '../../tracking/scorm/scorm-version.ts';
import { exitValue } from '../../tracking/scorm/exit-value.ts';
import { checkCmiValue } from '../support/moodle-validator.ts';

describe('location', () => {
  test('a route is its own location', () => {
    expect(locationFromRoute('1.2', '/lesson/rapport-and-trust')).toBe('/lesson/rapport-and-trust');
    expect(routeFromLocation('/lesson/rapport-and-trust')).toBe('/lesson/rapport-and-trust');
  });

  test('a long route is cut back to the longest parent that fits', () => {
    const route = `/lesson/${'a'.repeat(200)}/${'b'.repeat(100)}`;
    expect(locationFromRoute('1.2', route)).toBe(`/lesson/${'a'.repeat(200)}`);
    expect(locationFromRoute('2004', route)).toBe(route);
    expect(locationFromRoute('1.2', `/${'x'.repeat(300)}`)).toBe('/');
  });

  test('never exceeds the version limit and always passes the strict validator', () => {
    for (const version of ['1.2', '2004'] as const) {
      for (const length of [1, 254, 255, 256, 999, 1000, 1001, 5000]) {
        const route = `/${Array.from({ length: Math.ceil(length / 10) }, (_, i) => `seg${i}-abcd`).join('/')}`.slice(0, length);
        const location = locationFromRoute(version, route);
        expect(location.length).toBeLessThanOrEqual(SCORM_SETTINGS[version].locationLimit);
        expect(location.startsWith('/')).toBe(true);
        const element = version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location';
        expect(checkCmiValue(version, element, location)).toEqual([]);
      }
    }
  });

  test('non-ASCII is percent-encoded, and read back', () => {
    const location = locationFromRoute('1.2', '/concepts/thérapie');
    expect(location).toBe('/concepts/th%C3%A9rapie');
    expect(routeFromLocation(location)).toBe('/concepts/thérapie');
  });

  test('unusable stored locations read back as nothing', () => {
    expect(routeFromLocation('')).toBeUndefined();
    expect(routeFromLocation(undefined)).toBeUndefined();
    expect(routeFromLocation('slide_12')).toBeUndefined();
    expect(routeFromLocation('/bad%E0%A4%A')).toBeUndefined();
    expect(locationFromRoute('1.2', 'not-a-route')).toBe('/');
  });
});

describe('exit', () => {
  test('suspend in both versions, complete or not; never "normal" in 1.2', () => {
    expect(exitValue('1.2', false)).toBe('suspend');
    expect(exitValue('1.2', true)).toBe('suspend');
    expect(exitValue('2004', false)).toBe('suspend');
    expect(exitValue('2004', true)).toBe('suspend');
    expect(checkCmiValue('1.2', 'cmi.core.exit', exitValue('1.2', true))).toEqual([]);
    expect(checkCmiValue('2004', 'cmi.exit', exitValue('2004', true))).toEqual([]);
  });
});
