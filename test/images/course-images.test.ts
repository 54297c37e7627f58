/**
 * Images as `npm run build` ships them: a real JPEG, PNG and SVG in a course, built by the CLI,
 * unzipped, and the lesson opened in Chromium at a phone's and a desktop's width.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatBytes } from '../../build-scripts/package/result-table.ts';
import { syntheticPhoto } from '../../scripts/bench/synthetic-images.ts';
import { launchChromium } from '../../scripts/bench/browser-timings.ts';
import { extractZip } from '../../scripts/bench/extract-zip.ts';
import { applyEdit, copyCourse, MINIMAL_COURSE, REPO } from '../support/course-copy.ts';
import { startLmsHarness, type LmsHarness } from '../support/lms-harness/server.ts';
import { unzip } from '../packaging/unzip.ts';

const run = promisify(execFile);
const SIZES = '(min-width: 46rem) 44rem, calc(100vw - 2rem)';
const HOSTILE_SVG = `<?xml version="1.0"?>
<!-- drawn in an editor -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="200" viewBox="0 0 400 200">
  <script>alert('x')</script>
  <image xlink:href="https://tracker.example/pixel.png" width="1" height="1"/>
  <a href="https://evil.example/"><rect x="10" y="10" width="380" height="180" fill="#1f5fa8" onclick="steal()"/></a>
  <circle cx="200" cy="100" r="50" fill="#fff" style="filter: url(https://evil.example/f.svg#blur)"/>
</svg>
`;

let course: string;
let out: string;
let served: string;
let photo: Buffer;
let chart: Buffer;
let stdout: string;
let stderr: string;
let files: Map<string, Buffer>;
let harness: LmsHarness;
let browser: Browser;

beforeAll(async () => {
  course = await copyCourse(MINIMAL_COURSE);
  out = await mkdtemp(path.join(tmpdir(), 'lmspack-images-'));
  served = path.join(out, 'served');
  photo = await syntheticPhoto(2400, 1600, 7);
  chart = await syntheticPhoto(800, 500, 8, 'png');
  await writeFile(path.join(course, 'assets/photo.jpg'), photo);
  await writeFile(path.join(course, 'assets/chart.png'), chart);
  await writeFile(path.join(course, 'assets/diagram.svg'), HOSTILE_SVG);
  await applyEdit(course, { file: 'course.yaml', find: 'completion: quiz-passed', replace: 'completion: quiz-passed\nassets:\n  maxImageKB: 300' });
  await applyEdit(course, {
    file: 'lessons/intro.md',
    find: '![A cell with its membrane](../assets/cell.png)',
    replace: '![A cell with its membrane](../assets/cell.png)\n\n![Cells under a microscope, stained](../assets/photo.jpg)\n\n![Cell counts per day](../assets/chart.png)\n\n![The membrane as a circle](../assets/diagram.svg)',
  });
  ({ stdout, stderr } = await run(path.join(REPO, 'node_modules/.bin/tsx'), [path.join(REPO, 'build-scripts/cli.ts'), 'build', '--course', course, '--out', path.join(out, 'dist')], { cwd: REPO, env: { ...process.env, NO_COLOR: '1' } }));
  files = new Map([...(await unzip(path.join(out, 'dist/cells-xapi.zip')))].map(([name, entry]) => [name, entry.data]));
  await extractZip(path.join(out, 'dist/cells-xapi.zip'), served);
  harness = await startLmsHarness({ packages: { cells: served } });
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await harness?.close();
  await Promise.all([course, out].map((dir) => dir && rm(dir, { recursive: true, force: true })));
});

/**
 * The lesson HTML as the player gets it. The build writes the course as one escaped string
 * that `JSON.parse` reads (build-scripts/vite-course-plugin.ts), so the chunk's text is decoded
 * the way the browser decodes it: the string literal first, then the JSON.
 */
function lessonHtml(): string {
  const script = [...files].find(([name, data]) => name.startsWith('app/') && name.endsWith('.js') && data.includes('Cells under a microscope'));
  if (!script) throw new Error('no app chunk carries the lesson');
  const literal = /JSON\.parse\((`(?:\\.|[^`\\])*`)\)/.exec(script[1].toString('utf8'))?.[1];
  if (!literal) throw new Error('the app chunk carries no course string');
  const course = JSON.parse(new Function(`return ${literal}`)() as string) as { lessons: { html: string }[] };
  return course.lessons.map((lesson) => lesson.html).join('');
}

describe('images in a built package', () => {
  test('each raster image ships at the widths the player shows, as WebP and in its own format, never enlarged', async () => {
    const assets = [...files.keys()].filter((name) => name.startsWith('assets/')).sort();
    expect(assets).toEqual([
      'assets/cell.png',
      'assets/chart-480.png',
      'assets/chart-480.webp',
      'assets/chart-800.png',
      'assets/chart-800.webp',
      'assets/diagram.svg',
      'assets/photo-1440.jpg',
      'assets/photo-1440.webp',
      'assets/photo-480.jpg',
      'assets/photo-480.webp',
      'assets/photo-960.jpg',
      'assets/photo-960.webp',
    ]);
    for (const name of assets.filter((n) => /-\d+\./.test(n))) {
      const meta = await sharp(files.get(name)).metadata();
      const width = Number(/-(\d+)\./.exec(name)?.[1]);
      const [w, h] = name.includes('photo') ? [2400, 1600] : [800, 500];
      expect({ name, width: meta.width, height: meta.height, format: meta.format }).toEqual({ name, width, height: Math.round((h * width) / w), format: name.endsWith('.webp') ? 'webp' : name.endsWith('.jpg') ? 'jpeg' : 'png' });
    }
    const photoBytes = assets.filter((n) => n.startsWith('assets/photo-')).reduce((sum, n) => sum + (files.get(n)?.length ?? 0), 0);
    expect(photoBytes).toBeLessThan(photo.length / 3);
  });

  test('the lesson HTML has srcset, sizes, width, height, lazy loading and async decoding', () => {
    const html = lessonHtml();
    expect(html).toContain(
      `<picture><source type="image/webp" srcset="assets/photo-480.webp 480w, assets/photo-960.webp 960w, assets/photo-1440.webp 1440w" sizes="${SIZES}"><img src="assets/photo-1440.jpg" srcset="assets/photo-480.jpg 480w, assets/photo-960.jpg 960w, assets/photo-1440.jpg 1440w" sizes="${SIZES}" alt="Cells under a microscope, stained" width="1440" height="960" loading="lazy" decoding="async"></picture>`,
    );
    expect(html).toContain(
      `<picture><source type="image/webp" srcset="assets/chart-480.webp 480w, assets/chart-800.webp 800w" sizes="${SIZES}"><img src="assets/chart-800.png" srcset="assets/chart-480.png 480w, assets/chart-800.png 800w" sizes="${SIZES}" alt="Cell counts per day" width="800" height="500" loading="lazy" decoding="async"></picture>`,
    );
    expect(html).toContain('<img src="assets/diagram.svg" alt="The membrane as a circle" width="400" height="200" loading="lazy" decoding="async">');
  });

  test('an SVG ships minified, without its script, handlers or outside references', () => {
    expect(files.get('assets/diagram.svg')?.toString('utf8')).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200"><a><path fill="#1f5fa8" d="M10 10h380v180H10z"/></a><circle cx="200" cy="100" r="50" fill="#fff" style="filter:none"/></svg>',
    );
  });

  test('images over assets.maxImageKB and files that are no image warn with their size; the size table shows each cost', () => {
    const warnings = stderr.split('\n').filter((line) => line.startsWith('warning: '));
    const expected = [
      'warning: assets/cell.png could not be read as an image (Input buffer has corrupt header), so it ships unchanged: export it again from an image editor.',
      ...[
        ['assets/chart.png', chart, 'assets/chart-800.webp'],
        ['assets/photo.jpg', photo, 'assets/photo-1440.webp'],
      ]
        .filter(([, data]) => (data as Buffer).length > 300_000)
        .map(([name, data, largest]) => `warning: ${name as string} is ${formatBytes((data as Buffer).length)}, more than assets.maxImageKB (300 kB). It ships resized (at most ${formatBytes(files.get(largest as string)?.length ?? 0)} per view), but the source stays in the course's git history: export it at 1440 px wide or less, or raise the limit.`),
    ];
    expect(warnings.sort()).toEqual(expected.sort());
    expect(photo.length).toBeGreaterThan(300_000);

    const shipped = (prefix: string): number => [...files].filter(([name]) => name.startsWith(prefix)).reduce((sum, [, data]) => sum + data.length, 0);
    const row = (name: string, before: number, after: number, largest: number, count: number): RegExp =>
      new RegExp(`^${name.replace('.', '\\.')}\\s+${formatBytes(before)}\\s+${formatBytes(after)}\\s+${formatBytes(largest)}\\s+${count}$`, 'm');
    expect(stdout).toMatch(row('assets/photo.jpg', photo.length, shipped('assets/photo-'), files.get('assets/photo-1440.webp')?.length ?? 0, 6));
    expect(stdout).toMatch(row('assets/chart.png', chart.length, shipped('assets/chart-'), files.get('assets/chart-800.webp')?.length ?? 0, 4));
    expect(stdout).toMatch(row('assets/diagram.svg', HOSTILE_SVG.length, shipped('assets/diagram'), shipped('assets/diagram'), 1));
  });
});

describe('images in Chromium', () => {
  for (const { width, scale, expected, shot } of [
    { width: 375, scale: 2, expected: 'photo-960.webp', shot: 'phone' },
    { width: 1280, scale: 1, expected: 'photo-960.webp', shot: 'desktop' },
    { width: 1280, scale: 2, expected: 'photo-1440.webp', shot: 'desktop-2x' },
  ]) {
    test(`at ${width} px (×${scale}) the browser picks ${expected} and the image keeps its aspect ratio`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: scale });
      try {
        const page = await context.newPage();
        await page.goto(`${harness.origin}/package/cells/index.html#/lesson`);
        const img = page.locator('lms-lesson-view img[alt="Cells under a microscope, stained"]');
        // Before it scrolls into view, the lazy image already reserves its box from width and height.
        const reserved = await img.evaluate((el) => el.getBoundingClientRect().height);
        await img.scrollIntoViewIfNeeded();
        await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
        const shown = await img.evaluate((el: HTMLImageElement) => ({ src: el.currentSrc.split('/').pop(), width: el.getBoundingClientRect().width, height: el.getBoundingClientRect().height }));
        expect(shown.src).toBe(expected);
        expect(shown.height).toBeCloseTo((shown.width * 2) / 3, 0);
        expect(reserved).toBeCloseTo(shown.height, 0);
        await page.screenshot({ path: path.join(REPO, `.tmp/lesson-image-${shot}.png`) });
      } finally {
        await context.close();
      }
    });
  }
});
