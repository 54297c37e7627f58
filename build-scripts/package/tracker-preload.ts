/**
 * Lets a package's launch page fetch its tracker while the player chunk downloads. The player
 * picks its tracker only once its own chunk has run (`app/pick-tracker.ts`), so without a hint
 * the tracker's chunks wait for a whole extra round trip to the LMS's server; the packager knows
 * the format, and so which chunks those are (`trackerStaticFiles` in vite-manifest.ts).
 * @packageDocumentation
 */

const MODULE_PRELOAD = /<link\s[^>]*rel\s*=\s*["']?modulepreload["']?[^>]*>/gi;
const HEAD_CLOSE = /<\/head\s*>/i;

/**
 * Returns `html` with `<link rel="modulepreload">` for each of `files` (paths from the package
 * root) that the page does not preload yet, after its last module preload, else before
 * `</head>`. HTML "modulepreload" fetches and parses a module script without running it, under
 * the page's `script-src`, so the Content-Security-Policy needs nothing more.
 */
export function injectModulePreloads(html: string, files: readonly string[]): string {
  const existing = [...html.matchAll(MODULE_PRELOAD)];
  const preloaded = new Set(existing.map((match) => /href\s*=\s*["']?\.?\/?([^"'\s>]+)/i.exec(match[0])?.[1]));
  const links = files.filter((file) => !preloaded.has(file)).map((file) => `<link rel="modulepreload" crossorigin href="./${file}">`);
  if (links.length === 0) return html;
  const last = existing.at(-1);
  const headClose = html.search(HEAD_CLOSE);
  if (last?.index === undefined && headClose === -1) throw new Error('the launch page has no </head> to carry the tracker preloads');
  const at = last?.index !== undefined ? last.index + last[0].length : html.slice(0, headClose).trimEnd().length;
  const indent = /\n([ \t]*)[^\n]*$/.exec(html.slice(0, at))?.[1] ?? '';
  return `${html.slice(0, at)}${links.map((link) => `\n${indent}${link}`).join('')}${html.slice(at)}`;
}
