import { describe, expect, test } from 'vitest';
import { findOutsideFetches, scanWebFile } from '../../build-scripts/check/scan-web-file.ts';

const urls = (path: string, text: string): string[] => findOutsideFetches(path, text).map((hit) => hit.url);

describe('findOutsideFetches in HTML', () => {
  test('flags scripts, stylesheets, images, media, frames and an outside <base>', () => {
    const html = `<!doctype html><html><head>
<base href="https://cdn.example.com/">
<script src="https://a.example/x.js"></script>
<link rel="stylesheet" href="//b.example/x.css">
<link rel="preconnect" href="https://fonts.example">
<link rel="icon" href="http://c.example/favicon.ico">
</head><body>
<img src="https://d.example/a.png" srcset="local.png 1x, https://e.example/b.png 2x">
<video poster="https://f.example/p.jpg"><source src="https://g.example/v.mp4"></video>
<iframe src="https://h.example/embed"></iframe>
<div style="background: url('https://i.example/bg.png')"></div>
</body></html>`;
    expect(urls('index.html', html)).toEqual([
      'https://cdn.example.com/',
      'https://a.example/x.js',
      '//b.example/x.css',
      'https://fonts.example',
      'http://c.example/favicon.ico',
      'https://d.example/a.png',
      'https://e.example/b.png',
      'https://f.example/p.jpg',
      'https://g.example/v.mp4',
      'https://h.example/embed',
      'https://i.example/bg.png',
    ]);
  });

  test('leaves links to outside pages, relative URLs and data URLs alone', () => {
    const html = `<html><head><link rel="canonical" href="https://example.org/course"><link rel="stylesheet" href="./assets/a.css"></head>
<body><a href="https://example.org/more">more</a><form action="https://example.org/post"></form>
<img src="data:image/png;base64,AAAA"><img src="assets/x.png"></body></html>`;
    expect(urls('index.html', html)).toEqual([]);
  });

  test('scans inline <style> and <script> bodies and reports their lines', () => {
    const html = `<html><head>
<style>
  @import "https://fonts.example/a.css";
</style>
<script type="module">
  fetch('https://api.example/data');
</script>
</head></html>`;
    expect(findOutsideFetches('index.html', html).map((hit) => [hit.url, hit.line])).toEqual([
      ['https://fonts.example/a.css', 3],
      ['https://api.example/data', 6],
    ]);
  });
});

describe('findOutsideFetches in CSS, SVG and JavaScript', () => {
  test('CSS url() and @import', () => {
    expect(urls('a.css', `@import url(https://x.example/a.css);\n@import "//y.example/b.css";\nbody{background:url("./bg.png")}`)).toEqual([
      'https://x.example/a.css',
      '//y.example/b.css',
    ]);
  });

  test('SVG images and uses, but not namespace declarations', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
<image xlink:href="https://x.example/a.png"/><use href="https://y.example/s.svg#i"/><a href="https://z.example">z</a></svg>`;
    expect(urls('d.svg', svg)).toEqual(['https://x.example/a.png', 'https://y.example/s.svg#i']);
  });

  test('JavaScript fetches, imports, requests and markup with outside sources', () => {
    const js = [
      'fetch("https://a.example/api")',
      'import("https://b.example/mod.js")',
      'xhr.open("GET", "https://c.example/x")',
      'navigator.sendBeacon(`https://d.example/beacon`)',
      'img.src = "https://e.example/p.png"',
      'const html = "<img src=\\"https://f.example/i.png\\">"',
      'const styles = css`:host{background:url(https://g.example/bg.png)}`',
      'new WebSocket("wss://h.example/socket")',
    ].join('\n');
    expect([...urls('app.js', js)].sort()).toEqual([
      'https://a.example/api',
      'https://b.example/mod.js',
      'https://c.example/x',
      'https://d.example/beacon',
      'https://e.example/p.png',
      'https://f.example/i.png',
      'https://g.example/bg.png',
      'wss://h.example/socket',
    ]);
  });

  test('JavaScript strings that only name URLs: namespaces, xAPI IRIs, links', () => {
    const js = `const NS="http://www.w3.org/2000/svg";const VERB="http://adlnet.gov/expapi/verbs/answered";
const id="https://example.org/courses/x/questions/q1";const link='<a href="https://example.org">x</a>';
location.href = "https://example.org/next";`;
    expect(urls('app.js', js)).toEqual([]);
  });

  test('other files are not scanned', () => {
    expect(urls('imsmanifest.xml', '<manifest xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"/>')).toEqual([]);
    expect(urls('notes.txt', 'fetch("https://a.example")')).toEqual([]);
  });
});

describe('forms a browser turns into outside requests', () => {
  test('backslash network paths, meta refresh and srcset candidates', () => {
    const html = `<html><head><meta http-equiv="Refresh" content="0; URL='https://a.example/next'"></head>
<body><img src="\\\\b.example\\a.png"><img srcset="x.png 1x, \\\\c.example/y.png 2x"></body></html>`;
    expect(findOutsideFetches('index.html', html).map((hit) => [hit.url, hit.how, hit.line])).toEqual([
      ['https://a.example/next', '<meta http-equiv="refresh">', 1],
      ['\\\\b.example\\a.png', '<img src>', 2],
      ['\\\\c.example/y.png', '<img srcset>', 2],
    ]);
  });

  test('a meta refresh to a page of the package is left alone', () => {
    expect(urls('index.html', '<meta http-equiv="refresh" content="0;url=story.html">')).toEqual([]);
  });

  test('outside URLs in a <script type="text/template"> are read as markup', () => {
    const html = '<script type="text/template">\n<img src="https://a.example/t.png">\n</script>';
    expect(findOutsideFetches('index.html', html).map((hit) => [hit.url, hit.how, hit.line])).toEqual([['https://a.example/t.png', '<img src> in a <script> template', 2]]);
  });
});

describe('JavaScript is read as JavaScript', () => {
  test("core-js's URL feature tests and url( in code are not requests", () => {
    const js = `var a = new URL("https://a@b").username, b = new URL("http://тест").host;
var c = "url(https://x.example/y.png)"; function url(x){return x} url("https://z.example");
// fetch("https://commented.example/out")`;
    expect(urls('vendor.js', js)).toEqual([]);
  });

  test('reports the line and the call as the snippet', () => {
    const js = 'const a = 1;\n\nwindow.fetch(\n  "https://api.example/v1?q=1");';
    expect(findOutsideFetches('app.js', js)).toEqual([{ url: 'https://api.example/v1?q=1', how: 'fetch()', line: 4, snippet: 'fetch( "https://api.example/v1?q=1")' }]);
  });

  test('markup in a multi-line template is reported on its own line', () => {
    const js = 'const view = html`\n<p>x</p>\n<img src="https://a.example/i.png">`;';
    expect(findOutsideFetches('app.js', js).map((hit) => [hit.url, hit.line])).toEqual([['https://a.example/i.png', 3]]);
  });

  test('escaped markup in a string is text, not a request', () => {
    expect(urls('app.js', 'const back = "&lt;img src=\\"https://example.org/cell.png\\" alt=\\"\\"&gt;";')).toEqual([]);
  });

  test('setAttribute, static imports, workers and event sources', () => {
    const js = `import x from "https://a.example/m.js";
export * from "//b.example/n.js";
el.setAttribute("src", "https://c.example/s.js");
new Worker("https://d.example/w.js"); new EventSource('https://e.example/events');`;
    expect(findOutsideFetches('app.mjs', js).map((hit) => hit.how)).toEqual(['import', 'import', 'setAttribute("src")', 'Worker()', 'EventSource()']);
  });

  test('code past a lexical error is not scanned, and nothing throws', () => {
    expect(urls('broken.js', 'fetch("https://a.example/x"); var s = "unterminated\n fetch("https://b.example/y")')).toEqual(['https://a.example/x']);
  });
});

describe('player-side facts', () => {
  test('SCORM API discovery, initialize and finish, as property or string', () => {
    const js = 'function find(w){return w.API_1484_11||w.API} api.Initialize(""); api["Terminate"]("");';
    expect([...(scanWebFile('driver.js', js)?.facts ?? [])]).toEqual(['scorm-api-discovery', 'scorm-initialize', 'scorm-finish']);
  });

  test('names written as templates, as bundlers emit string literals', () => {
    const js = 'const N={"1.2":`API`,2004:`API_1484_11`},F={"1.2":[`LMSInitialize`,`LMSFinish`]};q.get(`registration`);';
    expect([...(scanWebFile('bundle.js', js)?.facts ?? [])]).toEqual(['scorm-api-discovery', 'scorm-initialize', 'scorm-finish', 'launch-parameters']);
  });

  test('the launch parameters an AU reads, and plain words that are not SCORM', () => {
    const js = 'const p = new URLSearchParams(location.search); p.get("endpoint"); function Initialize(){}; const API = 1;';
    expect([...(scanWebFile('au.js', js)?.facts ?? [])]).toEqual(['launch-parameters']);
  });
});

test('old sloppy-mode scripts (octal escapes) and modules are both read to the end', () => {
  const js = 'var nl = "\\012"; var o = 010;\nimport("https://a.example/late.js");\nexport { o };';
  expect(urls('legacy.js', js)).toEqual(['https://a.example/late.js']);
});
