/**
 * Finds references in HTML, CSS, JavaScript and SVG that make a browser fetch something from
 * outside the package. Only fetches count: `<a href>` links, form actions and XML namespace URIs
 * are navigation or names, not requests, so they are left alone.
 * @packageDocumentation
 */
import { Parser } from 'htmlparser2';

/** One outside fetch found in a file. */
export interface OutsideFetch {
  url: string;
  /** What fetches it, e.g. `<script src>` or `CSS url()`. */
  how: string;
  /** 1-based line in the file. */
  line: number;
}

/** An absolute http(s) URL or a network-path reference (`//cdn.example/x.js`), which the browser resolves against the page's scheme. */
const OUTSIDE = /^\s*(?:https?:)?\/\//i;

/** Element attributes whose URL the browser loads as it renders (HTML "fetch" processing). */
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

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function srcsetUrls(value: string): string[] {
  return value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '').filter(Boolean);
}

/** CSS `url(...)` and `@import "..."`, in a stylesheet or in JavaScript that carries CSS (Lit `css` tags). */
function scanCss(text: string, offsetLine = 0): OutsideFetch[] {
  const found: OutsideFetch[] = [];
  for (const match of text.matchAll(/url\(\s*(['"]?)([^'")\s]+)\1\s*\)/gi)) {
    const url = match[2] ?? '';
    if (OUTSIDE.test(url)) found.push({ url, how: 'CSS url()', line: offsetLine + lineAt(text, match.index) });
  }
  for (const match of text.matchAll(/@import\s+(['"])([^'"]+)\1/gi)) {
    const url = match[2] ?? '';
    if (OUTSIDE.test(url)) found.push({ url, how: 'CSS @import', line: offsetLine + lineAt(text, match.index) });
  }
  return found;
}

function scanMarkup(text: string, xmlMode: boolean): OutsideFetch[] {
  const found: OutsideFetch[] = [];
  // Inline <style> and <script> bodies are scanned as CSS and script once their element closes.
  let rawTag: 'style' | 'script' | undefined;
  let rawStart = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const tag = name.toLowerCase();
        const line = lineAt(text, parser.startIndex);
        const check = (attr: string, url: string): void => {
          if (OUTSIDE.test(url)) found.push({ url: url.trim(), how: `<${tag} ${attr}>`, line });
        };
        for (const attr of FETCHING_ATTRIBUTES[tag] ?? []) {
          const value = attribs[attr];
          if (value === undefined) continue;
          for (const url of attr === 'srcset' ? srcsetUrls(value) : [value]) check(attr, url);
        }
        if (tag === 'link' && attribs.href !== undefined) {
          const rels = (attribs.rel ?? '').toLowerCase().split(/\s+/);
          if (rels.some((rel) => FETCHING_RELS.has(rel))) check(`rel="${attribs.rel}" href`, attribs.href);
        }
        if (tag === 'input' && (attribs.type ?? '').toLowerCase() === 'image' && attribs.src !== undefined) check('src', attribs.src);
        if (attribs.style !== undefined) found.push(...scanCss(attribs.style, line - 1).map((hit) => ({ ...hit, how: `${hit.how} in a style attribute` })));
        if (tag === 'style' || (tag === 'script' && attribs.src === undefined)) {
          rawTag = tag;
          rawStart = parser.endIndex + 1;
        }
      },
      onclosetag(name) {
        if (rawTag === undefined || name.toLowerCase() !== rawTag) return;
        const body = text.slice(rawStart, parser.startIndex);
        const offset = lineAt(text, rawStart) - 1;
        const hits = rawTag === 'style' ? scanCss(body) : scanScript(body);
        found.push(...hits.map((hit) => ({ ...hit, line: hit.line + offset })));
        rawTag = undefined;
      },
    },
    { xmlMode, decodeEntities: true, lowerCaseTags: !xmlMode, lowerCaseAttributeNames: !xmlMode },
  );
  parser.end(text);
  return found;
}

/**
 * Markup inside JavaScript strings (lesson HTML bundled into the player) and calls that fetch a
 * literal URL. A heuristic by design: bundles are full of URL strings that are only identifiers
 * (xAPI verb IRIs, namespace URIs, documentation links), and those must not count.
 */
function scanScript(text: string): OutsideFetch[] {
  const found: OutsideFetch[] = [];
  const url = String.raw`((?:https?:|wss?:)?\/\/[^'"\x60\s\\)]+)`;
  const patterns: [RegExp, string][] = [
    [new RegExp(String.raw`<(img|script|iframe|audio|video|source|embed|track|link)\b[^<>]*?\s(?:src|href|poster|srcset)\s*=\s*\\?["']?` + url, 'gi'), 'markup in a script'],
    [new RegExp(String.raw`\b(?:fetch|importScripts|sendBeacon|EventSource|WebSocket|Worker|SharedWorker|import)\s*\(\s*['"\x60]` + url, 'g'), 'script call'],
    [new RegExp(String.raw`\.open\(\s*['"\x60][A-Za-z]+['"\x60]\s*,\s*['"\x60]` + url, 'g'), 'XMLHttpRequest.open'],
    [new RegExp(String.raw`\bimport\s*(?:[\w*{}\s,$]+from\s*)?['"]` + url, 'g'), 'static import'],
    [new RegExp(String.raw`\.src\s*=\s*['"\x60]` + url, 'g'), 'src assignment'],
  ];
  for (const [pattern, how] of patterns) {
    for (const match of text.matchAll(pattern)) {
      const hit = match[match.length - 1] ?? '';
      found.push({ url: hit, how, line: lineAt(text, match.index) });
    }
  }
  return [...found, ...scanCss(text)];
}

/** Outside fetches in one file, chosen by its extension; other files yield none. */
export function findOutsideFetches(path: string, text: string): OutsideFetch[] {
  const lower = path.toLowerCase();
  if (/\.(?:html?|xhtml)$/.test(lower)) return scanMarkup(text, false);
  if (lower.endsWith('.svg')) return scanMarkup(text, true);
  if (lower.endsWith('.css')) return scanCss(text);
  if (/\.(?:m?js|cjs)$/.test(lower)) return scanScript(text);
  return [];
}
