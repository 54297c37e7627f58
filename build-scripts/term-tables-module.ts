/**
 * The module `virtual:lmspack/term-tables` (format/i18n/carried-tables.ts says what the player
 * gets from it), written for one course: which term tables its package carries, and how. The
 * course language's table is imported statically, so the bundler puts it in the player chunk;
 * the tables of the languages course.yaml lists in `interfaceLanguages` are dynamic imports,
 * each a chunk of its own; the bundler never sees the others, so no package holds them.
 * @packageDocumentation
 */
import path from 'node:path';
import { ALL_INTERFACE_LANGUAGES, type CourseSettings } from '../format/course-schema.ts';
import { TABLE_LANGUAGES, tableLanguage, type TableLanguage } from '../format/i18n/language-tags.ts';
import { repoRoot } from './repo-root.ts';

export const TERM_TABLES_MODULE_ID = 'virtual:lmspack/term-tables';

/** The tables a course's package carries: its language's, and then the other languages it lists. */
export function carriedLanguages(settings: Pick<CourseSettings, 'language' | 'interfaceLanguages'>): { course: TableLanguage; others: TableLanguage[] } {
  const course = tableLanguage(settings.language) ?? 'en';
  const listed = new Set<TableLanguage | undefined>(settings.interfaceLanguages === ALL_INTERFACE_LANGUAGES ? TABLE_LANGUAGES : (settings.interfaceLanguages ?? []).map(tableLanguage));
  // A tag without a table is the loader's error (build-scripts/course/interface-languages.ts).
  const others = TABLE_LANGUAGES.filter((tag) => tag !== course && listed.has(tag));
  return { course, others };
}

/** Each table's module is named by its language (format/i18n/pt-BR.ts) and exports it under that name without hyphens (`ptBR`). */
export const tableModule = (tag: TableLanguage) => ({ path: path.join(repoRoot, 'format/i18n', `${tag}.ts`), name: tag.replace('-', '') });

/** The module's source for a course with these settings. */
export function termTablesModule(settings: Pick<CourseSettings, 'language' | 'interfaceLanguages'>): string {
  const { course, others } = carriedLanguages(settings);
  const own = tableModule(course);
  const loaders = [
    `  ${JSON.stringify(course)}: () => Promise.resolve(course),`,
    ...others.map((tag) => {
      const { path, name } = tableModule(tag);
      return `  ${JSON.stringify(tag)}: () => import(${JSON.stringify(path)}).then((table) => table.${name}),`;
    }),
  ];
  return [`import { ${own.name} as course } from ${JSON.stringify(own.path)};`, `export default { course, byLanguage: {`, ...loaders, '} };', ''].join('\n');
}
