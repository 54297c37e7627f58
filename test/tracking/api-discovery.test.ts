import { describe, expect, test } from 'vitest';
import { findScormApi, type ApiHost } from '../../tracking/scorm/api-discovery.ts';
import { FakeScormLms } from './fake-scorm-api.ts';

/** A window whose property reads throw, as a cross-origin window does. */
function crossOrigin(parent?: ApiHost): ApiHost {
  return new Proxy({} as ApiHost, {
    get(_target, property) {
      if (property === 'parent' && parent) return parent;
      throw new DOMException('Permission denied to access property', 'SecurityError');
    },
  });
}

function top(extra: Record<string, unknown> = {}): ApiHost {
  const win: ApiHost = { ...extra };
  win.parent = win;
  return win;
}

describe('findScormApi', () => {
  const api12 = new FakeScormLms('1.2').api();
  const api2004 = new FakeScormLms('2004').api();

  test('finds the API in the current window first', () => {
    const own = top({ API: api12 });
    expect(findScormApi('1.2', own)).toBe(api12);
  });

  test('walks up the parents', () => {
    const lms = top({ API_1484_11: api2004 });
    const middle: ApiHost = { parent: lms };
    const sco: ApiHost = { parent: middle };
    expect(findScormApi('2004', sco)).toBe(api2004);
    expect(findScormApi('1.2', sco)).toBeUndefined();
  });

  test('skips cross-origin windows instead of throwing', () => {
    const lms = top({ API: api12 });
    const foreign = crossOrigin(lms);
    expect(findScormApi('1.2', { parent: foreign })).toBe(api12);
    expect(() => findScormApi('1.2', crossOrigin())).not.toThrow();
    expect(findScormApi('1.2', crossOrigin())).toBeUndefined();
  });

  test('then looks in the opener and its parents (a pop-up launched by the LMS)', () => {
    const lms = top({ API: api12 });
    const openerFrame: ApiHost = { parent: lms };
    const popupTop = top({ opener: openerFrame });
    const sco: ApiHost = { parent: popupTop };
    expect(findScormApi('1.2', sco)).toBe(api12);
  });

  test('ignores a global of the right name that is not an API', () => {
    expect(findScormApi('1.2', top({ API: { LMSInitialize: 'nope' } }))).toBeUndefined();
  });

  test('answers undefined when there is no LMS, even with a parent loop', () => {
    const a: ApiHost = {};
    const b: ApiHost = { parent: a };
    a.parent = b;
    expect(findScormApi('2004', a)).toBeUndefined();
  });
});
