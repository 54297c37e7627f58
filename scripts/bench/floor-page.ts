/**
 * The floor of the first-paint budget: a static HTML page with the seed's overview text and
 * no script, served and measured exactly as the packages are. Nothing can paint much sooner.
 * @packageDocumentation
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ValidatedCourse } from '../../format/validated-course.ts';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** Writes `index.html` of the floor page for `course` into `dir`. */
export async function writeFloorPage(course: ValidatedCourse, dir: string): Promise<void> {
  const lessons = course.lessons.map((lesson) => `<li>${escape(lesson.title)}</li>`).join('');
  const html = `<!doctype html><html lang="${escape(course.settings.language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(course.settings.title)}</title><style>body{font-family:${course.settings.theme.font};margin:0 auto;max-width:60rem;padding:2rem 1.5rem;line-height:1.5}</style></head><body><main><h1>${escape(course.settings.title)}</h1><p>${escape(course.settings.description)}</p><h2>Lessons</h2><ol>${lessons}</ol></main></body></html>`;
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'index.html'), html);
}
