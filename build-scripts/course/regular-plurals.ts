/**
 * Regular plural endings per language, so a concept written in the singular ("HAI",
 * "infection") is also linked where the lesson uses the plural ("HAIs", "infections").
 * Only endings that are regular in the language; irregular plurals go in `aliases`.
 * @packageDocumentation
 */

/** `[singular ending, plural ending]`: a word ending in the first gets the second instead. */
type Ending = readonly [string, string];

const ENDINGS: Record<string, readonly Ending[]> = {
  en: [['', 's'], ['', 'es'], ['y', 'ies']],
  es: [['', 's'], ['', 'es'], ['z', 'ces']],
  fr: [['', 's'], ['', 'x'], ['al', 'aux']],
  pt: [['', 's'], ['', 'es'], ['m', 'ns'], ['ão', 'ões'], ['l', 'is']],
  it: [['o', 'i'], ['a', 'e'], ['e', 'i']],
  de: [['', 'e'], ['', 'en'], ['', 'n'], ['', 's'], ['', 'er']],
  // Arabic sound plurals: feminine ـة → ـات, masculine + ـون / ـين.
  ar: [['ة', 'ات'], ['', 'ون'], ['', 'ين']],
};

/** The regular plural forms of a (lower-case) name in `language`; none for languages without rules. */
export function regularPlurals(name: string, language: string): string[] {
  const base = language.toLowerCase().split('-')[0] ?? '';
  const forms = (ENDINGS[base] ?? [])
    .filter(([singular]) => name.endsWith(singular))
    .map(([singular, plural]) => name.slice(0, name.length - singular.length) + plural);
  return [...new Set(forms)].filter((form) => form !== name);
}
