/**
 * Images whose file names are not URL-safe (`my photo.png`, `100%.png`): the lesson HTML holds
 * their percent-encoded URLs, and the image pass must still find, optimise and link them.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadCourse } from '../../build-scripts/course/load-course.ts';
import { optimiseCourseAssets } from '../../build-scripts/images/optimise-course-assets.ts';
import sharp from 'sharp';
import { IMAGE_SIZES } from '../../build-scripts/images/image-widths.ts';
import { applyEdit, copyCourse, MINIMAL_COURSE } from '../support/course-copy.ts';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

test('images named with a space or a % are optimised, and their variants linked by encoded URLs', async () => {
  const course = await copyCourse(MINIMAL_COURSE);
  const out = await mkdtemp(path.join(tmpdir(), 'lmspack-encoded-'));
  dirs.push(course, out);
  const png = (background: string) => sharp({ create: { width: 600, height: 400, channels: 3, background } }).png().toBuffer();
  await writeFile(path.join(course, 'assets/my photo.png'), await png('#2a6f97'));
  await writeFile(path.join(course, 'assets/100%.png'), await png('#a7c957'));
  await applyEdit(course, {
    file: 'lessons/intro.md',
    find: '![A cell with its membrane](../assets/cell.png)',
    replace: '![A photograph](<../assets/my photo.png>)\n\n![Full](../assets/100%25.png)\n\n[The photograph, full size](<../assets/my photo.png>)',
  });
  const loaded = await loadCourse(course);
  if (!loaded.course) throw new Error(JSON.stringify(loaded.diagnostics));
  await mkdir(out, { recursive: true });
  const result = await optimiseCourseAssets(loaded.course, course, out);
  expect(result.warnings).toEqual([]);
  expect(result.course.assets.map((a) => a.path).sort()).toEqual([
    'assets/100%-480.png',
    'assets/100%-480.webp',
    'assets/100%-600.png',
    'assets/100%-600.webp',
    'assets/my photo-480.png',
    'assets/my photo-480.webp',
    'assets/my photo-600.png',
    'assets/my photo-600.webp',
    // Linked from the lesson, so the original ships too.
    'assets/my photo.png',
  ]);
  const html = result.course.lessons[0]?.html ?? '';
  expect(html).toContain(
    `<picture><source type="image/webp" srcset="assets/my%20photo-480.webp 480w, assets/my%20photo-600.webp 600w" sizes="${IMAGE_SIZES}">` +
      `<img src="assets/my%20photo-600.png" srcset="assets/my%20photo-480.png 480w, assets/my%20photo-600.png 600w" sizes="${IMAGE_SIZES}" alt="A photograph" width="600" height="400" loading="lazy" decoding="async"></picture>`,
  );
  expect(html).toContain('<img src="assets/100%25-600.png" srcset="assets/100%25-480.png 480w, assets/100%25-600.png 600w"');
  expect(html).toContain('href="assets/my%20photo.png"');
});
