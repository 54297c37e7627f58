/**
 * Runs the one Vite build of the player for a loaded course, into a folder of its own, so the
 * packager can then zip the same files for every standard.
 * @packageDocumentation
 */
import { build } from 'vite';
import type { ValidatedCourse } from '../format/validated-course.ts';
import { lmspackViteConfig } from '../vite.config.ts';

export interface BuildAppOptions {
  course: ValidatedCourse;
  courseDir: string;
  outDir: string;
}

export async function buildApp(options: BuildAppOptions): Promise<void> {
  // A package is a production build whatever the shell (or a test runner) says: Vite resolves
  // packages' `development` export conditions unless NODE_ENV is `production`, and Lit's
  // development build is larger and warns in the learner's console.
  const shellMode = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      ...lmspackViteConfig(options),
      // The course was loaded and validated already; don't let Vite read a config file again.
      configFile: false,
      logLevel: 'warn',
    });
  } finally {
    if (shellMode === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = shellMode;
  }
}
