/**
 * Where each key concept is taught (the lesson sections whose text links it) and which quiz
 * questions test it, indexed once per course: the glossary shows both for every concept, and
 * looking them up per concept by scanning every lesson and question grows with the square of a
 * course's size.
 * @packageDocumentation
 */
import type { Lesson, LessonSection, Question, ValidatedCourse } from '../format/validated-course.ts';

/** A section that teaches a concept, with the lesson it belongs to. */
export interface TeachingSection {
  lesson: Lesson;
  section: LessonSection;
}

/** A concept's references, in course order. */
export interface ConceptReferences {
  sections: TeachingSection[];
  questions: Question[];
}

const NONE: ConceptReferences = { sections: [], questions: [] };

/** Concept id → its references; a concept nothing refers to is absent (see {@link referencesOf}). */
export type ConceptReferenceIndex = ReadonlyMap<string, ConceptReferences>;

export function conceptReferences(course: Pick<ValidatedCourse, 'lessons' | 'questions' | 'conceptSections'>): ConceptReferenceIndex {
  // Section ids are unique across a course's lessons (build-scripts/course/cross-references.ts).
  const sectionsById = new Map<string, TeachingSection>();
  for (const lesson of course.lessons) for (const section of lesson.sections) sectionsById.set(section.id, { lesson, section });
  const index = new Map<string, ConceptReferences>();
  const entry = (id: string): ConceptReferences => {
    let found = index.get(id);
    if (!found) index.set(id, (found = { sections: [], questions: [] }));
    return found;
  };
  for (const [conceptId, sectionIds] of Object.entries(course.conceptSections)) {
    for (const id of sectionIds) {
      const teaching = sectionsById.get(id);
      if (teaching) entry(conceptId).sections.push(teaching);
    }
  }
  for (const question of course.questions) for (const conceptId of new Set(question.concepts ?? [])) entry(conceptId).questions.push(question);
  return index;
}

/** The references of one concept (empty when nothing refers to it). */
export function referencesOf(index: ConceptReferenceIndex, conceptId: string): ConceptReferences {
  return index.get(conceptId) ?? NONE;
}
