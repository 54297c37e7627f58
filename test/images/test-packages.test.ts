/** The packages tests build (test/support/lms-harness/course-packages.ts) carry the images as `npm run build` ships them. */
import { expect, test } from 'vitest';
import { buildCourseZips } from '../support/lms-harness/course-packages.ts';
import { unzip } from '../packaging/unzip.ts';

test('a test package ships the resized variants of a lesson image, and its lesson links them', async () => {
  const built = await buildCourseZips('test/fixtures/courses/three-lessons', ['scorm12']);
  try {
    const zip = built.zips[0]?.file ?? '';
    const assets = [...(await unzip(zip)).keys()].filter((name) => name.startsWith('assets/')).sort();
    expect(assets).toEqual([480, 960, 1440].flatMap((width) => [`assets/wide-banner-${width}.png`, `assets/wide-banner-${width}.webp`]).sort());
    const html = built.course.lessons.map((lesson) => lesson.html).join('');
    expect(html).toContain('<source type="image/webp" srcset="assets/wide-banner-480.webp 480w, assets/wide-banner-960.webp 960w, assets/wide-banner-1440.webp 1440w"');
  } finally {
    await built.cleanup();
  }
});
