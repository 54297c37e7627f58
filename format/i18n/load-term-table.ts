/**
 * The player's way to a term table: each language's table is its own chunk of the build, loaded
 * when a course or a learner needs it, so a package downloads one table up front instead of
 * all of them. The build side reads every table at once from `tables.ts`.
 * @packageDocumentation
 */
import type { TableLanguage } from './language-tags.ts';
import type { Terms } from './terms.ts';

// Literal import() calls: the bundler makes each table a chunk of its own.
const LOADERS: Record<TableLanguage, () => Promise<Terms>> = {
  en: async () => (await import('./en.ts')).en,
  es: async () => (await import('./es.ts')).es,
  fr: async () => (await import('./fr.ts')).fr,
  de: async () => (await import('./de.ts')).de,
  'pt-br': async () => (await import('./pt-BR.ts')).ptBR,
  ar: async () => (await import('./ar.ts')).ar,
  it: async () => (await import('./it.ts')).it,
};

/** The term table of `language`, loaded once (the module system keeps it). */
export function loadTermTable(language: TableLanguage): Promise<Terms> {
  return LOADERS[language]();
}
