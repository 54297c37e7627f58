/**
 * The shipped term tables, all at once, for the build (callout labels, the overridable keys) and
 * tests: a course picks one by its BCP 47 `language` (`language-tags.ts`; English when none
 * ships), with the author's `terms:` from course.yaml on top. The player loads only the tables
 * it needs (`carried-tables.ts`).
 * @packageDocumentation
 */
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { tableLanguage, type TableLanguage } from './language-tags.ts';
import { ptBR } from './pt-BR.ts';
import type { Terms, TermOverrides, TextTermKey } from './terms.ts';

/** Every shipped table, keyed by lower-case language tag. */
export const TERM_TABLES: Readonly<Record<TableLanguage, Terms>> = { en, es, fr, de, 'pt-BR': ptBR, ar, it };

/** The table for `language`, when lmspack ships one for it or for its base language. */
export function termTable(language: string): Terms | undefined {
  const tag = tableLanguage(language);
  return tag ? TERM_TABLES[tag] : undefined;
}

/** The terms for a course: its language's table (English when there is none) with the author's overrides. */
export function termsFor(language: string, overrides: TermOverrides = {}): Terms {
  return { ...(termTable(language) ?? en), ...overrides };
}

/** The keys an author may override in course.yaml: every term that is plain text. */
export const TEXT_TERM_KEYS = (Object.keys(en) as (keyof Terms)[]).filter((key): key is TextTermKey => typeof en[key] === 'string');
