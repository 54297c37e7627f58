/**
 * Which shipped term table a BCP 47 language tag picks, and its writing direction. Apart from
 * the tables themselves, so the player can decide which table to use without carrying all of
 * them (`carried-tables.ts`).
 * @packageDocumentation
 */

/**
 * The languages lmspack ships a term table for, as authors write them; each is also the name of
 * its table's module in this folder (`pt-BR.ts`).
 */
export const TABLE_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt-BR', 'ar', 'it'] as const;
export type TableLanguage = (typeof TABLE_LANGUAGES)[number];

const byLowerCase = new Map<string, TableLanguage>(TABLE_LANGUAGES.map((tag) => [tag.toLowerCase(), tag]));

/** The table for `language`: the exact tag, else its base language (letter case aside); undefined when none ships. */
export function tableLanguage(language: string): TableLanguage | undefined {
  const tag = language.toLowerCase();
  return byLowerCase.get(tag) ?? byLowerCase.get(tag.split('-')[0] ?? '');
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
