/**
 * The term tables a package carries, as the player receives them. The build decides them per
 * course (`build-scripts/term-tables-module.ts`): the course language's table is bundled with
 * the player, so the first view waits for no other file; the tables of the learner languages the
 * author lists in course.yaml (`interfaceLanguages`) are chunks of their own, loaded only when a
 * learner's LMS asks for one; the others are not in the package at all.
 * @packageDocumentation
 */
import { tableLanguage, type TableLanguage } from './language-tags.ts';
import type { Terms } from './terms.ts';

export interface CarriedTables {
  /** The course language's table (English when lmspack has none for it), without the author's `terms:`. */
  readonly course: Terms;
  /** Every table the package carries, the course's included, each loaded on first use. */
  readonly byLanguage: Readonly<Partial<Record<TableLanguage, () => Promise<Terms>>>>;
}

/**
 * The loader of the table a learner's language picks (exact tag, then base language, as for
 * the course), when it is another language than the course's and the package carries it.
 * Otherwise the course's own words stay: `pt-PT` in a `pt-BR` course is no reason to change.
 */
export function learnerTable(tables: CarriedTables, learnerLanguage: string, courseLanguage: string): (() => Promise<Terms>) | undefined {
  const base = (tag: string) => tag.toLowerCase().split('-')[0];
  if (base(learnerLanguage) === base(courseLanguage)) return undefined;
  const tag = tableLanguage(learnerLanguage);
  return tag ? tables.byLanguage[tag] : undefined;
}
