import { describe, expect, test } from 'vitest';
import { scorm12Coded, scorm12OptionForms } from '../../format/scorm12-option-codes.ts';

const ids = (count: number, prefix = 'o'): string[] => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);

describe('1.2 option codes', () => {
  test('1.2 option codes are a–z then 0–9; source codes 1–9, a–z, then 0', () => {
    const options = [...scorm12OptionForms(ids(36)).values()];
    expect([0, 1, 25, 26, 35].map((i) => options[i])).toEqual(['a', 'b', 'z', '0', '9']);
    const sources = [...scorm12OptionForms(ids(36), 'source').values()];
    expect([0, 8, 9, 34, 35].map((i) => sources[i])).toEqual(['1', '9', 'a', 'z', '0']);
  });

  test('past 36 options every option goes by its 1.2 id form, none by a code', () => {
    expect([scorm12Coded(36), scorm12Coded(37), scorm12Coded(36, 'source'), scorm12Coded(37, 'source')]).toEqual([true, false, true, false]);
    const forms = scorm12OptionForms([...ids(36), 'cell.wall']);
    expect([forms.get('o1'), forms.get('o36'), forms.get('cell.wall')]).toEqual(['o1', 'o36', 'cell__wall']);
  });
});
