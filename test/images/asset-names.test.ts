/**
 * Two images whose variants would share names (photo.jpg and photo.png both give
 * photo-480.webp): the second ships unchanged, with a warning, rather than replacing the first.
 */
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadCourse } from '../../build-scripts/course/load-course.ts';
import { optimiseCourseAssets } from '../../build-scripts/images/optimise-course-assets.ts';
import { syntheticPhoto } from '../../scripts/bench/synthetic-images.ts';
import { applyEdit, copyCourse, MINIMAL_COURSE } from '../support/course-copy.ts';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

test('an image whose variants would take another image\'s names ships unchanged with a warning', async () => {
  const course = await copyCourse(MINIMAL_COURSE);
  const out = await mkdtemp(path.join(tmpdir(), 'lmspack-names-'));
  dirs.push(course, out);
  const png = await syntheticPhoto(600, 400, 3, 'png');
  await writeFile(path.join(course, 'assets/photo.jpg'), await syntheticPhoto(600, 400, 2));
  await writeFile(path.join(course, 'assets/photo.png'), png);
  await applyEdit(course, { file: 'lessons/intro.md', find: '![A cell with its membrane](../assets/cell.png)', replace: '![A photograph](../assets/photo.jpg)\n\n![The same as PNG](../assets/photo.png)' });
  const loaded = await loadCourse(course);
  if (!loaded.course) throw new Error(JSON.stringify(loaded.diagnostics));
  await mkdir(out, { recursive: true });
  const result = await optimiseCourseAssets(loaded.course, course, out);
  expect(result.warnings).toEqual(['assets/photo.png would ship as assets/photo-480.webp, a name another file in assets/ already has, so it ships unchanged: rename one of them.']);
  expect(result.course.assets.map((a) => a.path).sort()).toEqual(['assets/photo-480.jpg', 'assets/photo-480.webp', 'assets/photo-600.jpg', 'assets/photo-600.webp', 'assets/photo.png']);
  expect((await readFile(path.join(out, 'assets/photo.png'))).equals(png)).toBe(true);
  expect(result.course.lessons[0]?.html).toContain('<img src="assets/photo.png" alt="The same as PNG" />');
});
