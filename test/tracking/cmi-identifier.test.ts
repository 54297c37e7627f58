import { describe, expect, test } from 'vitest';
import { scorm12Identifier, scorm12OptionCode, scorm12SourceCode, scorm2004LongIdentifier, scorm2004ShortIdentifier } from '../../tracking/scorm/cmi-identifier.ts';
import { formatDecimal } from '../../tracking/scorm/cmi-decimal.ts';

describe('identifiers', () => {
  test('1.2 ids keep letters, digits, "_" and "-", and turn "." into "__" so distinct ids stay distinct', () => {
    expect(scorm12Identifier('client-factor-enhanced')).toBe('client-factor-enhanced');
    expect(scorm12Identifier('biology.cells')).toBe('biology__cells');
    expect(scorm12Identifier('biology_cells')).toBe('biology_cells');
    expect(scorm12Identifier('has space:colon')).toBe('has_space_colon');
    expect(scorm12Identifier('')).toBe('_');
    expect(scorm12Identifier('x'.repeat(300))).toHaveLength(255);
  });

  test('2004 long ids have no white space and end in a letter or digit', () => {
    expect(scorm2004LongIdentifier('client-factor-enhanced')).toBe('client-factor-enhanced');
    expect(scorm2004LongIdentifier('a b')).toBe('a_b');
    expect(scorm2004LongIdentifier('ends-')).toBe('ends-0');
  });

  test('2004 short ids use only [A-Za-z0-9_.]', () => {
    expect(scorm2004ShortIdentifier('deeper_work')).toBe('deeper_work');
    expect(scorm2004ShortIdentifier('a-b:c')).toBe('a_b_c');
  });

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
