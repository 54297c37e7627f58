/**
 * The minimal fixture course with a quiz of a test's own (every question drawn), built into its
 * SCORM 1.2 and 2004 packages and served by the test LMS: for end-to-end files that check what
 * particular questions leave in the LMS.
 */
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { applyEdit, copyCourse, MINIMAL_COURSE, type Edit } from '../../support/course-copy.ts';
import { buildCoursePackages, type BuiltPackages } from '../../support/lms-harness/course-packages.ts';
import { LmsRun } from './lms-run.ts';

export const SCORM_FORMATS = ['scorm12', 'scorm2004'] as const;

export interface QuizCourseRun {
  built: BuiltPackages;
  lms: LmsRun;
  close(): Promise<void>;
}

/** Builds the minimal course with `quizYaml` as its quiz.yaml, and `edits` on top, and starts the test LMS with both packages. */
export async function startQuizCourseRun(quizYaml: string, edits: readonly Edit[] = []): Promise<QuizCourseRun> {
  const dir = await copyCourse(MINIMAL_COURSE);
  const removeDir = () => rm(dir, { recursive: true, force: true });
  let built: BuiltPackages | undefined;
  try {
    await writeFile(path.join(dir, 'quiz.yaml'), quizYaml);
    await applyEdit(dir, { file: 'course.yaml', find: '  draw: 2\n', replace: '' });
    for (const edit of edits) await applyEdit(dir, edit);
    built = await buildCoursePackages(dir, SCORM_FORMATS);
    const lms = await LmsRun.start({ scorm12: built.packages.scorm12!, scorm2004: built.packages.scorm2004! });
    const packages = built;
    return {
      built: packages,
      lms,
      async close() {
        await lms.close();
        await packages.cleanup();
        await removeDir();
      },
    };
  } catch (error) {
    await built?.cleanup();
    await removeDir();
    throw error;
  }
}
