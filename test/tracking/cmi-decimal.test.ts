import { describe, expect, test } from 'vitest';
import { formatDecimal } from '../../tracking/scorm/cmi-decimal.ts';

describe('decimals', () => {
  test.each([
    [80, 2, '80'],
    [66.666, 2, '66.67'],
    [0.1 + 0.2, 2, '0.3'],
    [-0.001, 2, '0'],
    [1e-7, 4, '0'],
    [Number.NaN, 2, '0'],
  ])('%d with %d digits is %s', (value, digits, expected) => {
    expect(formatDecimal(value, digits)).toBe(expected);
  });
});
