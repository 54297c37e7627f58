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
  await build({
    ...lmspackViteConfig(options),
    // The course was loaded and validated already; don't let Vite read a config file again.
    configFile: false,
    logLevel: 'warn',
  });
}
