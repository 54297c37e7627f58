/**
 * A few lines that tell an author what the loader found: sections, cards, questions by type,
 * concepts, and the languages of the interface the packages carry.
 * @packageDocumentation
 */
import type { ValidatedCourse } from '../../format/validated-course.ts';
import { carriedLanguages } from '../term-tables-module.ts';

export function courseSummary(course: ValidatedCourse): string {
  const sections = course.lessons.flatMap((l) => l.sections);
  const byType = new Map<string, number>();
  for (const q of course.questions) byType.set(q.type, (byType.get(q.type) ?? 0) + 1);
  const types = [...byType].map(([type, n]) => `${n} ${type}`).join(', ');
  const concepts = course.conceptGroups.reduce((n, g) => n + g.concepts.length, 0);
  const optional = sections.filter((s) => s.optional).length;
  const tables = carriedLanguages(course.settings);
  return [
    `${course.settings.title} (${course.settings.id} ${course.settings.version}, ${course.settings.language})`,
    `  lessons    ${course.lessons.length} (${sections.length} sections${optional ? `, ${optional} optional` : ''})`,
    `  flashcards ${course.flashcards.length}`,
    `  questions  ${course.questions.length}${types ? ` (${types})` : ''}`,
    `  concepts   ${concepts} in ${course.conceptGroups.length} groups`,
    `  assets     ${course.assets.length}`,
    `  interface  ${tables.course}${tables.others.length ? `; ${tables.others.join(', ')} for learners whose LMS asks` : ''}`,
  ].join('\n');
}
