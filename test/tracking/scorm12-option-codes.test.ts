import { describe, expect, test } from 'vitest';
import { scorm12OptionCode, scorm12SourceCode } from '../../tracking/scorm/scorm12-option-codes.ts';
import { formatDecimal } from '../../tracking/scorm/cmi-decimal.ts';

describe('1.2 option codes', () => {
  test('1.2 option codes are a–z then 0–9; source codes 1–9 then a–z', () => {
    expect([0, 1, 25, 26, 35, 36].map(scorm12OptionCode)).toEqual(['a', 'b', 'z', '0', '9', undefined]);
    expect([0, 8, 9, 34, 35].map(scorm12SourceCode)).toEqual(['1', '9', 'a', 'z', undefined]);
  });
});

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
