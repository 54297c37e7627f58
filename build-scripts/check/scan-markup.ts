/**
 * Outside requests in HTML and SVG, read with htmlparser2: the attributes a browser fetches as it
 * renders, `<meta http-equiv="refresh">`, and the CSS and scripts inside the page. Only requests
 * count: `<a href>` links, form actions and XML namespace URIs are navigation or names.
 * @packageDocumentation
 */
import { Parser } from 'htmlparser2';
import { scanCss } from './scan-css.ts';
import { isOutsideUrl, lineCounter, snippetOf, type Scan } from './scan-result.ts';
import { scanScript } from './scan-script.ts';

/** Element attributes whose URL the browser loads as it renders (HTML "fetch" processing; SVG 2 `href`). */
const FETCHING_ATTRIBUTES: Record<string, readonly string[]> = {
  script: ['src', 'href', 'xlink:href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  frame: ['src'],
  embed: ['src'],
  object: ['data'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
  feimage: ['href', 'xlink:href'],
  // An outside <base href> sends every relative URL of the page outside.
  base: ['href'],
};

/** `<link rel>` values that make the browser fetch the href or contact its host. */
const FETCHING_RELS = new Set([
  'stylesheet', 'icon', 'shortcut', 'apple-touch-icon', 'apple-touch-icon-precomposed', 'mask-icon', 'manifest',
  'preload', 'modulepreload', 'prefetch', 'prerender', 'preconnect', 'dns-prefetch',
]);

/** `<script type>` values that run as JavaScript (HTML "script type"); other types hold data or templates. */
const SCRIPT_TYPES = /^(?:|module|(?:text|application)\/(?:x-)?(?:javascript|ecmascript)|text\/jscript)$/i;

function srcsetUrls(value: string): string[] {
  return value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '').filter(Boolean);
}

/** The URL of `<meta http-equiv="refresh" content="5; url=…">` (HTML "shared declarative refresh steps"). */
function refreshUrl(content: string): string | undefined {
  const match = /^\s*[\d.]*\s*[;,]?\s*(?:url\s*=\s*)?(['"]?)(.+?)\1\s*$/i.exec(content);
  return match?.[2];
}

function attributeUrls(tag: string, attribs: Record<string, string>): [string, string][] {
  const found: [string, string][] = [];
  for (const attr of FETCHING_ATTRIBUTES[tag] ?? []) {
    const value = attribs[attr];
    if (value === undefined) continue;
    for (const url of attr === 'srcset' ? srcsetUrls(value) : [value]) found.push([`<${tag} ${attr}>`, url]);
  }
  if (tag === 'link' && attribs.href !== undefined) {
    const rels = (attribs.rel ?? '').toLowerCase().split(/\s+/);
    if (rels.some((rel) => FETCHING_RELS.has(rel))) found.push([`<link rel="${attribs.rel}" href>`, attribs.href]);
  }
  if (tag === 'input' && (attribs.type ?? '').toLowerCase() === 'image' && attribs.src !== undefined) found.push(['<input type="image" src>', attribs.src]);
  if (tag === 'meta' && (attribs['http-equiv'] ?? '').toLowerCase() === 'refresh') {
    const url = refreshUrl(attribs.content ?? '');
    if (url !== undefined) found.push(['<meta http-equiv="refresh">', url]);
  }
  return found;
}

type RawBody = { kind: 'style' | 'script' | 'markup'; start: number; tag: string };

function rawBodyOf(tag: string, attribs: Record<string, string>): RawBody['kind'] | undefined {
  if (tag === 'style') return 'style';
  if (tag !== 'script' || attribs.src !== undefined) return undefined;
  return SCRIPT_TYPES.test((attribs.type ?? '').trim()) ? 'script' : 'markup';
}

/**
 * Adds the outside requests of an HTML (or, with `xmlMode`, SVG) document to `scan`. `firstLine`
 * is the line of the file the markup starts on (for markup inside a script string).
 */
export function scanMarkup(text: string, scan: Scan, options: { xmlMode?: boolean; firstLine?: number; where?: string } = {}): void {
  const xmlMode = options.xmlMode ?? false;
  const lineAt = lineCounter(text, options.firstLine ?? 1);
  const suffix = options.where ? ` ${options.where}` : '';
  // Inline <style> and <script> bodies are scanned once their element closes.
  let raw: RawBody | undefined;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const tag = xmlMode ? name : name.toLowerCase();
        const line = lineAt(parser.startIndex);
        const snippet = snippetOf(text.slice(parser.startIndex, parser.endIndex + 1));
        for (const [how, url] of attributeUrls(tag.toLowerCase(), attribs)) {
          if (isOutsideUrl(url)) scan.fetches.push({ url: url.trim(), how: `${how}${suffix}`, line, snippet });
        }
        if (attribs.style !== undefined) scanCss(attribs.style, scan, { context: 'declarationList', firstLine: line, where: `in a style attribute${suffix}` });
        const kind = rawBodyOf(tag.toLowerCase(), attribs);
        if (kind) raw = { kind, start: parser.endIndex + 1, tag };
      },
      onclosetag(name) {
        if (raw === undefined || name !== raw.tag) return;
        const body = text.slice(raw.start, parser.startIndex);
        const firstLine = lineAt(raw.start);
        if (raw.kind === 'style') scanCss(body, scan, { firstLine, ...(options.where ? { where: options.where } : {}) });
        else if (raw.kind === 'script') scanScript(body, scan, firstLine);
        else scanMarkup(body, scan, { firstLine, where: `in a <script> template${suffix}` });
        raw = undefined;
      },
    },
    { xmlMode, decodeEntities: true, lowerCaseTags: !xmlMode, lowerCaseAttributeNames: !xmlMode },
  );
  parser.end(text);
}
