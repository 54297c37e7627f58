/**
 * Which shipped term table a BCP 47 language tag picks, and its writing direction. Apart from
 * the tables themselves, so the player can decide which table to load without carrying all of
 * them (`load-term-table.ts`).
 * @packageDocumentation
 */

/** The languages lmspack ships a term table for, as lower-case tags. */
export const TABLE_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt-br', 'ar', 'it'] as const;
export type TableLanguage = (typeof TABLE_LANGUAGES)[number];

const isTableLanguage = (tag: string): tag is TableLanguage => (TABLE_LANGUAGES as readonly string[]).includes(tag);

/** The table for `language`: the exact tag, else its base language; undefined when none ships. */
export function tableLanguage(language: string): TableLanguage | undefined {
  const tag = language.toLowerCase();
  const base = tag.split('-')[0] ?? '';
  return isTableLanguage(tag) ? tag : isTableLanguage(base) ? base : undefined;
}

// Languages written right to left (ISO 639 codes of the scripts Arabic, Hebrew, Thaana, Syriac, N'Ko, Adlam).
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'nqo', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** The writing direction of a language, for the page's `dir`. */
export function textDirection(language: string): 'ltr' | 'rtl' {
  const [base = '', script] = language.toLowerCase().split('-');
  if (script === 'arab' || script === 'hebr') return 'rtl';
  if (script === 'latn' || script === 'cyrl') return 'ltr';
  return RIGHT_TO_LEFT.has(base) ? 'rtl' : 'ltr';
}
