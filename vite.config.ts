/**
 * Vite configuration of the player. `lmspackViteConfig` is what the build command uses (with the
 * course it has already loaded); the default export serves `npx vite` and `npx vite build`.
 */
import { defineConfig, type UserConfig } from 'vite';
import { appShellPlugin } from './build-scripts/app-shell.ts';
import { entryChunk } from './build-scripts/entry-chunk.ts';
import { lmspackCoursePlugin } from './build-scripts/vite-course-plugin.ts';
import type { ValidatedCourse } from './format/validated-course.ts';

export interface LmspackViteOptions {
  /** The course folder. */
  courseDir: string;
  /** The course, when the caller has loaded it already. */
  course?: ValidatedCourse;
  /** Where the built app goes. */
  outDir: string;
  /** A fixed seed for the quiz's shuffles, for screenshots only (see lmspackCoursePlugin). */
  shuffleSeed?: number;
}

export function lmspackViteConfig(options: LmspackViteOptions): UserConfig {
  const entry = entryChunk('player');
  return {
    root: import.meta.dirname,
    // LMSs serve packages from arbitrary URLs: every reference must be relative.
    base: './',
    publicDir: false,
    build: {
      outDir: options.outDir,
      emptyOutDir: true,
      // Course images live under assets/ in the package; the app's own files go elsewhere.
      assetsDir: 'app',
      // The packager reads the manifest to find each standard's tracker chunk.
      manifest: true,
      sourcemap: false,
      target: 'es2022',
      rolldownOptions: { output: { codeSplitting: { groups: [entry.group] } } },
    },
    plugins: [lmspackCoursePlugin({ courseDir: options.courseDir, ...(options.course ? { course: options.course } : {}), ...(options.shuffleSeed === undefined ? {} : { shuffleSeed: options.shuffleSeed }) }), entry.plugin, appShellPlugin()],
  };
}

export default defineConfig(lmspackViteConfig({ courseDir: process.env.LMSPACK_COURSE_DIR ?? 'course', outDir: 'dist/app' }));
