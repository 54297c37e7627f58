/**
 * Checks references between course files once each file is read: concepts named by cards and
 * questions, section ids across lessons, `#links`, questions' sections, and concepts no lesson
 * mentions.
 * @packageDocumentation
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { unknownIdHint } from './closest-match.ts';
import type { References } from './content-entries.ts';
import type { CompiledLesson } from './lesson-compiler.ts';
import type { YamlSource } from './yaml-source.ts';

/**
 * Cards or questions (under `listKey` in `source`) that name concepts, as content-entries.ts
 * reads them: an `undefined` concept is no id, and reported as such by the schema.
 */
export function checkConceptReferences(conceptIds: ReadonlySet<string>, source: YamlSource | undefined, items: readonly References[], listKey: string): Diagnostic[] {
  if (!source) return [];
  return items.flatMap((item, i) =>
    (item.concepts ?? []).flatMap((id, j) => {
      if (id === undefined || conceptIds.has(id)) return [];
      return [diagnostic('unknown-concept', source.locate([listKey, i, 'concepts', j]), `Unknown concept "${id}".`, unknownIdHint(id, conceptIds, 'define it in concepts.yaml'))];
    }),
  );
}

/** Section ids must be unique across lessons, since the player routes to them by id alone. */
export function checkSectionIds(compiled: readonly CompiledLesson[]): { ids: Set<string>; diagnostics: Diagnostic[] } {
  const owner = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const { lesson, sectionAt } of compiled) {
    if (!lesson) continue;
    for (const [id, where] of sectionAt) {
      const first = owner.get(id);
      if (first !== undefined && first !== lesson.file) {
        diagnostics.push(diagnostic('duplicate-id', where, `Section id "${id}" is also used in ${first}.`, 'section ids must be unique across all lessons'));
      }
      if (first === undefined) owner.set(id, lesson.file);
    }
  }
  return { ids: new Set(owner.keys()), diagnostics };
}

/** `[text](#id)` links in lessons must name a heading of some lesson. */
export function checkAnchors(compiled: readonly CompiledLesson[], sectionIds: ReadonlySet<string>): Diagnostic[] {
  return compiled.flatMap((c) =>
    c.anchors.filter((a) => !sectionIds.has(a.id)).map((a) => diagnostic('unknown-section', a.at, `Link to "#${a.id}", but no heading has that id.`, unknownIdHint(a.id, sectionIds, 'link to a heading id written as {#id}'))),
  );
}

/** A question's `section` must name a heading of some lesson. */
export function checkQuestionSections(source: YamlSource | undefined, questions: readonly References[], sectionIds: ReadonlySet<string>): Diagnostic[] {
  if (!source) return [];
  return questions.flatMap((q, i) => {
    if (q.section === undefined || sectionIds.has(q.section)) return [];
    return [diagnostic('unknown-section', source.locate(['questions', i, 'section']), `Unknown section "${q.section}".`, unknownIdHint(q.section, sectionIds, 'give the lesson heading an id with {#id}'))];
  });
}

/** Warns about concepts no lesson section mentions (`taught` is concept id → sections linking it). */
export function checkConceptsTaught(source: YamlSource, groups: readonly ({ concepts: readonly { id?: string | undefined; term: string }[] } | undefined)[], taught: ReadonlyMap<string, unknown>): Diagnostic[] {
  return groups.flatMap((g, gi) =>
    (g?.concepts ?? []).flatMap((c, ci) =>
      taught.has(c.id ?? '')
        ? []
        : [diagnostic('concept-not-linked', source.locate(['groups', gi, 'concepts', ci, 'term']), `"${c.term}" never appears in a lesson section, so learners cannot see where it is taught.`, 'add the wording the lesson uses to "aliases"')],
    ),
  );
}
