/**
 * A short fingerprint of what a saved learner state refers to in a course: question ids with
 * their types and option ids, lesson section ids and flashcard ids. Text, order and settings are
 * left out on purpose: a typo fixed or a question moved changes nothing a state depends on.
 * @packageDocumentation
 */
import type { ValidatedCourse } from '../format/validated-course.ts';
import type { BuildStamp } from './learner-state.ts';
import { optionIds } from './quiz-attempt.ts';

/** FNV-1a, 32 bits, over UTF-16 code units: stable across browsers, no dependency. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

const sortedIds = (ids: Iterable<string>): string[] => [...ids].sort();

/** The fingerprint of the ids a learner state refers to, 7 base-36 characters at most. */
export function courseFingerprint(course: ValidatedCourse): string {
  const questions = course.questions
    .map((question) => `${question.id}:${question.type}:${sortedIds(optionIds(question) ?? []).join(',')}`)
    .sort();
  const sections = sortedIds(course.lessons.flatMap((lesson) => lesson.sections.map((section) => section.id)));
  const cards = sortedIds(course.flashcards.map((card) => card.id));
  return fnv1a(JSON.stringify([questions, sections, cards])).toString(36);
}

/** The stamp a state saved by this build carries. */
export function buildStamp(course: ValidatedCourse): BuildStamp {
  return { course: course.settings.id, content: courseFingerprint(course) };
}
