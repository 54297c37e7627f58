/**
 * Marks a package's launch page with the standard it was built for, so the player picks its
 * tracker from `<meta name="lmspack-format">` instead of guessing from which LMS API it finds.
 * @packageDocumentation
 */
import { FORMAT_META_NAME, type PackageFormat } from '../../format/package-format.ts';

export { FORMAT_META_NAME };

const EXISTING_META = new RegExp(`<meta\\s[^>]*name\\s*=\\s*["']?${FORMAT_META_NAME}["']?[^>]*>`, 'i');
const HEAD_OPEN = /<head(?:\s[^>]*)?>/i;
const CHARSET_META = /<meta\s[^>]*charset\s*=[^>]*>/i;

/**
 * Returns `html` with `<meta name="lmspack-format" content="FORMAT">` in `<head>`, replacing one
 * that is already there (a placeholder from the dev build, say). It goes right after the charset
 * declaration when there is one (which HTML wants first, within 1024 bytes), else first in `<head>`.
 * Throws when the page has no `<head>`: a launch page Vite built always has one.
 */
export function injectFormatMeta(html: string, format: PackageFormat): string {
  const meta = `<meta name="${FORMAT_META_NAME}" content="${format}">`;
  if (EXISTING_META.test(html)) return html.replace(EXISTING_META, meta);
  const head = HEAD_OPEN.exec(html);
  if (!head) throw new Error('the launch page has no <head> to carry the lmspack-format meta element');
  const headEnd = html.search(/<\/head\s*>/i);
  const inHead = html.slice(head.index, headEnd === -1 ? undefined : headEnd);
  const charset = CHARSET_META.exec(inHead);
  const at = head.index + (charset ? charset.index + charset[0].length : head[0].length);
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
}
