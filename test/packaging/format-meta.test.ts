import { describe, expect, test } from 'vitest';
import { injectFormatMeta } from '../../build-scripts/package/format-meta.ts';

describe('injectFormatMeta', () => {
  test('puts the meta element right after the charset declaration', () => {
    const html = '<!doctype html><html><head>\n<meta charset="utf-8">\n<title>x</title></head><body></body></html>';
    expect(injectFormatMeta(html, 'scorm12')).toBe(
      '<!doctype html><html><head>\n<meta charset="utf-8">\n    <meta name="lmspack-format" content="scorm12">\n<title>x</title></head><body></body></html>',
    );
  });

  test('puts it first in <head> when there is no charset declaration', () => {
    expect(injectFormatMeta('<html><head lang="en"><title>x</title></head></html>', 'xapi')).toBe(
      '<html><head lang="en">\n    <meta name="lmspack-format" content="xapi"><title>x</title></head></html>',
    );
  });

  test('replaces a placeholder left by the dev build', () => {
    const html = '<html><head><meta name="lmspack-format" content="standalone"></head></html>';
    expect(injectFormatMeta(html, 'cmi5')).toBe('<html><head><meta name="lmspack-format" content="cmi5"></head></html>');
  });

  test('refuses a page without <head>', () => {
    expect(() => injectFormatMeta('<p>hi</p>', 'scorm2004')).toThrow(/no <head>/);
  });
});
