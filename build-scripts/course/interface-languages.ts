/**
 * `interfaceLanguages` in course.yaml may list only languages lmspack has a term table for,
 * matched as the player matches a learner's language (format/i18n/language-tags.ts: the exact
 * tag, then its base language). Anything else would be a promise the package cannot keep: the
 * learner would get the course language's words, and the author would not know.
 * @packageDocumentation
 */
import { ALL_INTERFACE_LANGUAGES, type CourseSettings } from '../../format/course-schema.ts';
import { TABLE_LANGUAGES, tableLanguage, type TableLanguage } from '../../format/i18n/language-tags.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { YamlSource } from './yaml-source.ts';

export function checkInterfaceLanguages(settings: CourseSettings, source: YamlSource): Diagnostic[] {
  const listed = settings.interfaceLanguages;
  if (listed === undefined || listed === ALL_INTERFACE_LANGUAGES) return [];
  return listed.flatMap((tag, index) => {
    if (tableLanguage(tag)) return [];
    const guess = suggestion(tag);
    const remedy = `remove it (learners whose LMS asks for "${tag}" then see the course language's words)`;
    return [
      diagnostic(
        'unknown-interface-language',
        source.locate(['interfaceLanguages', index]),
        `lmspack has no interface table for "${tag}" in interfaceLanguages; it has ${TABLE_LANGUAGES.join(', ')}.`,
        guess ? `did you mean "${guess}"? Otherwise ${remedy}` : remedy,
      ),
    ];
  });
}

/**
 * The table an author probably meant: the tag's canonical form's (`fre` and `fra` are `fr`,
 * `ger` is `de`), else a table of the same base language (`pt-PT`, `por` → `pt-BR`). Edit
 * distance would not do: every two-letter tag is two edits from every other.
 */
function suggestion(tag: string): TableLanguage | undefined {
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return undefined; // not a well-formed tag: the schema has said so
  }
  const base = canonical.toLowerCase().split('-')[0];
  return tableLanguage(canonical) ?? TABLE_LANGUAGES.find((table) => table.toLowerCase().split('-')[0] === base);
}
