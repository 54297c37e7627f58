/**
 * Words the build writes into lesson HTML (callout and supplementary labels), per language.
 * Languages without an entry use English; the player has its own, larger table.
 * @packageDocumentation
 */

export interface LessonTerms {
  important: string;
  optionalReading: string;
}

const TERMS: Record<string, LessonTerms> = {
  en: { important: 'Important', optionalReading: 'Optional reading' },
  de: { important: 'Wichtig', optionalReading: 'Zusatzlektüre' },
  fr: { important: 'Important', optionalReading: 'Lecture facultative' },
  es: { important: 'Importante', optionalReading: 'Lectura opcional' },
};

export function lessonTerms(language: string): LessonTerms {
  const base = language.toLowerCase().split('-')[0] ?? 'en';
  return TERMS[language.toLowerCase()] ?? TERMS[base] ?? (TERMS.en as LessonTerms);
}
