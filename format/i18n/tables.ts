/**
 * The shipped term tables and how a course picks one: by its BCP 47 `language` (exact tag,
 * then the base language, then English), with the author's `terms:` from course.yaml on top.
 * @packageDocumentation
 */
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { ptBR } from './pt-BR.ts';
import type { Terms, TermOverrides, TextTermKey } from './terms.ts';

/** Every shipped table, keyed by lower-case language tag. */
export const TERM_TABLES: Readonly<Record<string, Terms>> = { en, es, fr, de, 'pt-br': ptBR, ar, it };

/** The table for `language`, when lmspack ships one for it or for its base language. */
export function termTable(language: string): Terms | undefined {
  const tag = language.toLowerCase();
  return TERM_TABLES[tag] ?? TERM_TABLES[tag.split('-')[0] ?? ''];
}

/** The terms for a course: its language's table (English when there is none) with the author's overrides. */
export function termsFor(language: string, overrides: TermOverrides = {}): Terms {
  return { ...(termTable(language) ?? en), ...overrides };
}

/** The keys an author may override in course.yaml: every term that is plain text. */
export const TEXT_TERM_KEYS = (Object.keys(en) as (keyof Terms)[]).filter((key): key is TextTermKey => typeof en[key] === 'string');

// Languages written right to left (ISO 639 codes of the scripts Arabic, Hebrew, Thaana, Syriac, N'Ko, Adlam).
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'nqo', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** The writing direction of a language, for the page's `dir`. */
export function textDirection(language: string): 'ltr' | 'rtl' {
  const [base = '', script] = language.toLowerCase().split('-');
  if (script === 'arab' || script === 'hebr') return 'rtl';
  if (script === 'latn' || script === 'cyrl') return 'ltr';
  return RIGHT_TO_LEFT.has(base) ? 'rtl' : 'ltr';
}
