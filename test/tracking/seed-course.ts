/** The seed course, loaded once per test file, with lookups the tracking tests share. */
import { loadCourse } from '../../build-scripts/course/load-course.ts';
import type { Question, ValidatedCourse } from '../../format/validated-course.ts';
import { SEED_COURSE } from '../support/course-copy.ts';

export async function loadSeedCourse(): Promise<ValidatedCourse> {
  const result = await loadCourse(SEED_COURSE);
  if (!result.course) throw new Error(`seed course did not load: ${JSON.stringify(result.diagnostics, null, 2)}`);
  return result.course;
}

export function question(course: ValidatedCourse, id: string): Question {
  const found = course.questions.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
}
