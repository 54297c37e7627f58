import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, injectContentSecurityPolicy } from '../../build-scripts/package/content-security-policy.ts';

const PAGE = '<!doctype html><html><head><meta charset="utf-8"><title>x</title><style>body{margin:0}</style><script type="module" src="./app/a.js"></script></head><body></body></html>';
// sha256 of "body{margin:0}", base64.
const STYLE_HASH = "'sha256-IAdwN3biDCQ3brrgp1m8kBEsPQYyqfREKOEfeoREopc='";

describe('the launch page policy', () => {
  test('SCORM packages may connect only to their own origin', () => {
    expect(contentSecurityPolicy(PAGE, 'scorm12')).toBe(
      `default-src 'none'; script-src 'self'; style-src 'self' ${STYLE_HASH}; img-src 'self'; font-src 'self'; media-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'`,
    );
    expect(contentSecurityPolicy(PAGE, 'scorm2004')).toBe(contentSecurityPolicy(PAGE, 'scorm12'));
  });

  test('xAPI and cmi5 packages may also reach an LRS given at launch', () => {
    for (const format of ['xapi', 'cmi5'] as const) {
      expect(contentSecurityPolicy(PAGE, format)).toContain("; connect-src 'self' https: http://127.0.0.1:* http://localhost:*; ");
    }
  });

  test('goes right after the charset declaration, replacing an older one', () => {
    const once = injectContentSecurityPolicy(PAGE, 'xapi');
    const twice = injectContentSecurityPolicy(once, 'scorm12');
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(twice).toMatch(/<meta charset="utf-8">\s*<meta http-equiv="Content-Security-Policy" content="default-src 'none'; [^"]*connect-src 'self'; [^"]*">\s*<title>/);
  });

  test.each([
    ['an inline script', PAGE.replace('</head>', '<script>go()</script></head>'), 'inline <script>'],
    ['an event handler attribute', PAGE.replace('<body>', '<body onload="go()">'), 'inline event handler'],
  ])('refuses a launch page with %s, which the policy would block', (_name, html, message) => {
    expect(() => injectContentSecurityPolicy(html, 'scorm12')).toThrow(message);
  });
});
