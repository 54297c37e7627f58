/**
 * Vite plugin that exposes the validated course as the module `virtual:lmspack/course`, so the
 * player bundles its content and fetches nothing at run time, and the term tables its package
 * carries as `virtual:lmspack/term-tables` (term-tables-module.ts). In dev it reloads the page
 * when a course file changes and shows the loader's diagnostics in Vite's error overlay.
 * @packageDocumentation
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { textDirection } from '../format/i18n/language-tags.ts';
import type { ValidatedCourse } from '../format/validated-course.ts';
import { loadCourse } from './course/load-course.ts';
import { formatDiagnostics } from './diagnostics/format-diagnostics.ts';
import { TERM_TABLES_MODULE_ID, termTablesModule } from './term-tables-module.ts';

export const COURSE_MODULE_ID = 'virtual:lmspack/course';

/** Each virtual module's resolved id (Rollup's convention: `\0` keeps other plugins off it), and its source from the course. */
const MODULES = new Map<string, (course: ValidatedCourse) => string>([
  [`\0${COURSE_MODULE_ID}`, (course) => courseModule(course)],
  [`\0${TERM_TABLES_MODULE_ID}`, (course) => termTablesModule(course.settings)],
]);

export interface CoursePluginOptions {
  courseDir: string;
  /** An already loaded course (the build command loads it once, before Vite runs). */
  course?: ValidatedCourse;
  /**
   * Fixes the quiz's draw and shuffles with this seed (app/main.ts), so that screenshots come out
   * the same on every run. Never for a package: learners must each get their own order.
   */
  shuffleSeed?: number;
}

export function lmspackCoursePlugin(options: CoursePluginOptions): Plugin {
  const courseDir = path.resolve(options.courseDir);
  let loading: Promise<ValidatedCourse> | undefined;

  /** The course, loaded once per build (and again after a course file changes in dev). */
  const course = (watch: (file: string) => void): Promise<ValidatedCourse> => {
    if (options.course) return Promise.resolve(options.course);
    loading ??= loadCourse(courseDir).then((result) => {
      for (const file of result.sources.keys()) watch(path.join(courseDir, file));
      if (result.course) return result.course;
      loading = undefined;
      const text = formatDiagnostics(result.diagnostics, {
        displayPath: (file) => path.join(courseDir, file),
        source: (file) => result.sources.get(file),
        color: false,
      });
      throw courseError(text);
    });
    return loading;
  };

  return {
    name: 'lmspack:course',
    config() {
      return { define: { __LMSPACK_SHUFFLE_SEED__: JSON.stringify(options.shuffleSeed ?? null) } };
    },
    resolveId(id) {
      return MODULES.has(`\0${id}`) ? `\0${id}` : undefined;
    },
    async load(id) {
      const source = MODULES.get(id);
      if (!source) return undefined;
      // Thrown as it is, not through this.error(), which would name the plugin and the virtual module.
      return source(await course((file) => this.addWatchFile(file)));
    },
    // The title and language are in the page itself, so that the LMS tab and screen readers have
    // them before any script runs.
    async transformIndexHtml(html) {
      const { settings } = await course(() => {});
      return html
        .replace(/<html\b[^>]*>/, `<html lang="${escapeHtml(settings.language)}" dir="${textDirection(settings.language)}">`)
        .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(settings.title)}</title>`);
    },
    configureServer(server) {
      server.watcher.add(courseDir);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(courseDir)) return;
        loading = undefined;
        for (const id of MODULES.keys()) {
          const module = server.moduleGraph.getModuleById(id);
          if (module) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}

/**
 * The course as a module. Course text is data, and must never look like code or markup to a
 * scanner such as `npm run check` (a flashcard that quotes `<img src="https://…">` is text, not
 * an image): characters that start markup, calls and quoted URLs are written as JSON `\u`
 * escapes inside one string that `JSON.parse` reads, which a minifier cannot turn back.
 */
export function courseModule(course: ValidatedCourse): string {
  const json = JSON.stringify(course).replace(/[<>'`(]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `export default JSON.parse(${JSON.stringify(json)});`;
}

/**
 * The course's diagnostics as the error Vite shows in its overlay and terminal: the text alone.
 * Vite lists every "at" line of an error's `stack` under the message (its client's ErrorOverlay),
 * and a stack of Vite's own functions says nothing about the author's file, so there is none.
 */
function courseError(diagnostics: string): Error {
  const error = new Error(`The course has errors:\n\n${diagnostics}`);
  error.stack = '';
  return error;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
