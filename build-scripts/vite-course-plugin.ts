/**
 * Vite plugin that exposes the validated course as the module `virtual:lmspack/course`, so the
 * player bundles its content and fetches nothing at run time. In dev it reloads the page when a
 * course file changes and shows the loader's diagnostics in Vite's error overlay.
 * @packageDocumentation
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import type { ValidatedCourse } from '../format/validated-course.ts';
import { loadCourse } from './course/load-course.ts';
import { formatDiagnostics } from './diagnostics/format-diagnostics.ts';

export const COURSE_MODULE_ID = 'virtual:lmspack/course';
const RESOLVED_ID = `\0${COURSE_MODULE_ID}`;

export interface CoursePluginOptions {
  courseDir: string;
  /** An already loaded course (the build command loads it once, before Vite runs). */
  course?: ValidatedCourse;
}

export function lmspackCoursePlugin(options: CoursePluginOptions): Plugin {
  const courseDir = path.resolve(options.courseDir);
  return {
    name: 'lmspack:course',
    resolveId(id) {
      return id === COURSE_MODULE_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      let course = options.course;
      if (!course) {
        const result = await loadCourse(courseDir);
        for (const file of result.sources.keys()) this.addWatchFile(path.join(courseDir, file));
        if (!result.course) {
          const text = formatDiagnostics(result.diagnostics, {
            displayPath: (file) => path.join(courseDir, file),
            source: (file) => result.sources.get(file),
            color: false,
          });
          this.error(`The course has errors:\n\n${text}`);
        }
        course = result.course;
      }
      return `export default ${JSON.stringify(course)};`;
    },
    configureServer(server) {
      server.watcher.add(courseDir);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(courseDir)) return;
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
