/**
 * The Content-Security-Policy of every package's launch page, written as a
 * `<meta http-equiv="Content-Security-Policy">` (CSP Level 3 §4.2: a meta policy applies to the
 * document from where it appears, so it goes first in `<head>`). Lesson HTML is rendered as HTML;
 * the build's sanitizer is the first barrier, and this policy is the second: even HTML that got
 * past the sanitizer could run no script, load nothing from outside the package and send
 * nothing anywhere but the LMS or LRS.
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';
import type { PackageFormat } from '../../format/package-format.ts';

/**
 * Where a package may send data. SCORM talks to the LMS through a JavaScript object in a parent
 * frame (SCORM 2004 4th ed. RTE §3.1), never over the network, so only the package's own origin
 * is needed. An xAPI or cmi5 package posts statements to an LRS whose address arrives only in
 * the launch URL (cmi5 §8.1: `endpoint` and `fetch`), so any `https:` origin is allowed, plus
 * `http:` on the loopback interface for LRSs that run on the author's own machine. A meta policy
 * cannot be rewritten at run time, only added to, so this is the narrowest static rule that
 * lets every LMS's LRS through; once the tracker has read the launch it adds a second policy
 * that allows only the origins the launch names (tracking/xapi/connect-policy.ts).
 */
const CONNECT_SRC: Record<PackageFormat, readonly string[]> = {
  scorm12: ["'self'"],
  scorm2004: ["'self'"],
  xapi: ["'self'", 'https:', 'http://127.0.0.1:*', 'http://localhost:*'],
  cmi5: ["'self'", 'https:', 'http://127.0.0.1:*', 'http://localhost:*'],
};

const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc\s*=)[^>]*>/i;
const EVENT_ATTRIBUTE = /<[a-z][^>]*\son[a-z]+\s*=/i;
const EXISTING = /<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>\s*/gi;
const CHARSET_META = /<meta\s[^>]*charset\s*=[^>]*>/i;

/** The policy for `format`'s launch page `html`; its inline `<style>` blocks are allowed by hash. */
export function contentSecurityPolicy(html: string, format: PackageFormat): string {
  const styleHashes = [...html.matchAll(INLINE_STYLE)].map((m) => `'sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}'`);
  const directives: [string, readonly string[]][] = [
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", ...styleHashes]],
    ['img-src', ["'self'"]],
    ['font-src', ["'self'"]],
    ['media-src', ["'self'"]],
    ['connect-src', CONNECT_SRC[format]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/**
 * Returns `html` with the policy as the first element after the charset declaration (replacing
 * any policy already there). Throws when the page has an inline script or event-handler
 * attribute: the policy allows neither, so the package would not start.
 */
export function injectContentSecurityPolicy(html: string, format: PackageFormat): string {
  if (INLINE_SCRIPT.test(html)) throw new Error('the launch page has an inline <script>, which its Content-Security-Policy would block');
  if (EVENT_ATTRIBUTE.test(html)) throw new Error('the launch page has an inline event handler (on…=), which its Content-Security-Policy would block');
  const page = html.replace(EXISTING, '');
  const charset = CHARSET_META.exec(page);
  if (!charset) throw new Error('the launch page has no <meta charset> to put its Content-Security-Policy after');
  const at = charset.index + charset[0].length;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(page, format)}">`;
  return `${page.slice(0, at)}\n    ${meta}${page.slice(at)}`;
}
