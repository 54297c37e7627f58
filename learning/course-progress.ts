/**
 * Progress figures derived from the course and the learner state: what the overview shows and
 * what the completion rule needs.
 * @packageDocumentation
 */
import type { Lesson, ValidatedCourse } from '../format/validated-course.ts';
import { isCourseComplete, type CompletionFacts } from './completion.ts';
import type { LearnerState } from './learner-state.ts';

/** Ids of the sections that must be viewed for the lesson to count as viewed. */
export function requiredSectionIds(course: Pick<ValidatedCourse, 'lessons'>): string[] {
  return course.lessons.flatMap((lesson) => lesson.sections.filter((section) => !section.optional).map((section) => section.id));
}

/** Whether every required section has been viewed. */
export function isLessonViewed(course: Pick<ValidatedCourse, 'lessons'>, sectionsViewed: readonly string[]): boolean {
  const viewed = new Set(sectionsViewed);
  return requiredSectionIds(course).every((id) => viewed.has(id));
}

/** How far a learner has read one lesson. */
export interface LessonProgress {
  /** Required sections viewed. */
  read: number;
  /** Required (non-optional) sections. */
  required: number;
}

export function lessonProgress(lesson: Pick<Lesson, 'sections'>, sectionsViewed: readonly string[]): LessonProgress {
  const required = lesson.sections.filter((section) => !section.optional);
  return { read: required.filter((section) => sectionsViewed.includes(section.id)).length, required: required.length };
}

/** The first required section not yet viewed, in reading order, with its lesson's index; undefined when all are read. */
export function firstUnreadSection(
  lessons: readonly Pick<Lesson, 'sections'>[],
  sectionsViewed: readonly string[],
): { lesson: number; section: string } | undefined {
  for (const [index, lesson] of lessons.entries()) {
    const section = lesson.sections.find((candidate) => !candidate.optional && !sectionsViewed.includes(candidate.id));
    if (section) return { lesson: index, section: section.id };
  }
  return undefined;
}

/** Progress of each part of the course. */
export interface CourseProgress {
  sectionsViewed: number;
  sectionsRequired: number;
  cardsStudied: number;
  cardsTotal: number;
  quizAttempts: number;
  /** Best score, 0–100; undefined before the first submission. */
  quizBest: number | undefined;
  quizPassed: boolean;
  facts: CompletionFacts;
  complete: boolean;
}

export function courseProgress(course: Pick<ValidatedCourse, 'lessons' | 'flashcards' | 'settings'>, state: LearnerState): CourseProgress {
  const required = requiredSectionIds(course);
  const viewed = new Set(state.sections);
  const facts: CompletionFacts = {
    lessonViewed: required.every((id) => viewed.has(id)),
    quizSubmitted: state.quiz.used > 0,
    quizPassed: state.quiz.passed,
  };
  return {
    sectionsViewed: required.filter((id) => viewed.has(id)).length,
    sectionsRequired: required.length,
    cardsStudied: course.flashcards.filter((card) => state.cards[card.id]).length,
    cardsTotal: course.flashcards.length,
    quizAttempts: state.quiz.used,
    quizBest: state.quiz.best,
    quizPassed: state.quiz.passed,
    facts,
    complete: isCourseComplete(course.settings.completion, facts),
  };
}
