import { describe, expect, test } from 'vitest';
import { selectPackageFiles } from '../../build-scripts/package/package-files.ts';
import { injectModulePreloads } from '../../build-scripts/package/tracker-preload.ts';
import { trackerStaticFiles, type ViteManifest } from '../../build-scripts/package/vite-manifest.ts';
import { FAKE_APP_FILES } from './fake-app.ts';

const manifest = JSON.parse(FAKE_APP_FILES['.vite/manifest.json']!) as ViteManifest;

describe('trackerStaticFiles', () => {
  test("is the tracker's chunk, then what it imports statically", () => {
    expect(trackerStaticFiles(manifest, 'cmi5')).toEqual(['assets/cmi5-444.js', 'assets/lrs-555.js']);
    expect(trackerStaticFiles(manifest, 'scorm12')).toEqual(['assets/scorm12-111.js']);
  });

  test('lists a chunk imported twice once, and stops at import cycles', () => {
    const cyclic: ViteManifest = {
      ...manifest,
      'tracking/xapi.ts': { file: 'assets/xapi-333.js', imports: ['_lrs-555.js', '_core.js'] },
      '_lrs-555.js': { file: 'assets/lrs-555.js', imports: ['_core.js'] },
      '_core.js': { file: 'assets/core.js', imports: ['_lrs-555.js'] },
    };
    expect(trackerStaticFiles(cyclic, 'xapi')).toEqual(['assets/xapi-333.js', 'assets/lrs-555.js', 'assets/core.js']);
  });
});

describe('injectModulePreloads', () => {
  const page = `<head>
    <script type="module" crossorigin src="./app/index.js"></script>
    <link rel="modulepreload" crossorigin href="./app/player.js">
  </head>`;

  test('adds a preload after the last one for each file the page does not preload yet', () => {
    expect(injectModulePreloads(page, ['app/scorm12.js', 'app/player.js', 'app/save.js'])).toBe(`<head>
    <script type="module" crossorigin src="./app/index.js"></script>
    <link rel="modulepreload" crossorigin href="./app/player.js">
    <link rel="modulepreload" crossorigin href="./app/scorm12.js">
    <link rel="modulepreload" crossorigin href="./app/save.js">
  </head>`);
  });

  test('changes nothing the second time', () => {
    const once = injectModulePreloads(page, ['app/scorm12.js']);
    expect(injectModulePreloads(once, ['app/scorm12.js'])).toBe(once);
  });

  test('goes at the end of <head> when the page preloads nothing', () => {
    expect(injectModulePreloads('<head>\n  <title>T</title>\n</head>', ['app/a.js'])).toBe('<head>\n  <title>T</title>\n  <link rel="modulepreload" crossorigin href="./app/a.js">\n</head>');
  });

  test('refuses a page without </head>', () => {
    expect(() => injectModulePreloads('<title>T</title>', ['app/a.js'])).toThrow('the launch page has no </head> to carry the tracker preloads');
  });
});

describe("a package's launch page", () => {
  const app = { files: new Map(Object.entries(FAKE_APP_FILES).filter(([name]) => !name.startsWith('.vite/')).map(([name, text]) => [name, Buffer.from(text)])), viteManifest: manifest };
  const preloads = (format: 'scorm12' | 'xapi'): string[] => {
    const html = selectPackageFiles(format, app, new Map()).get('index.html')!.toString('utf8');
    return [...html.matchAll(/<link rel="modulepreload" crossorigin href="\.\/([^"]+)">/g)].map((match) => match[1]!);
  };

  test('preloads its own tracker and nothing of the other standards', () => {
    expect(preloads('scorm12')).toEqual(['assets/scorm12-111.js']);
    expect(preloads('xapi')).toEqual(['assets/xapi-333.js', 'assets/lrs-555.js']);
  });
});
