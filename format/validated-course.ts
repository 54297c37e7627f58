/**
 * The course after loading: every file validated, every id present, lesson Markdown turned
 * into sanitized HTML. The build bundles this object into the player; nothing else crosses
 * from the Node side to the browser side.
 * @packageDocumentation
 */
import type { CourseSettings } from './course-schema.ts';
import type { ConceptGroupInput, FlashcardInput, QuestionInput } from './content-schemas.ts';

/** `T` with its optional `id` (and those of nested items) made required: the loader fills them in. */
export type WithIds<T> = T extends readonly (infer U)[]
  ? WithIds<U>[]
  : T extends object
    ? { [K in keyof T as K extends 'id' ? never : K]: WithIds<T[K]> } & ('id' extends keyof T ? { id: string } : unknown)
    : T;

export type Flashcard = WithIds<FlashcardInput>;
export type Question = WithIds<QuestionInput>;
export type ConceptGroup = WithIds<ConceptGroupInput>;
export type Concept = ConceptGroup['concepts'][number];
export type Choice = Extract<Question, { type: 'single' }>['choices'][number];
export type MatchingPair = Extract<Question, { type: 'matching' }>['pairs'][number];
export type OrderingItem = Extract<Question, { type: 'ordering' }>['items'][number];

/** A heading of a lesson, in document order. */
export interface LessonSection {
  /** Stable id from `{#id}` after the heading text (or derived from it, with a warning). */
  id: string;
  title: string;
  /** 2 for a section, 3 for a sub-section. */
  level: 2 | 3;
  /** True inside a supplementary (`::: extra`) block: not needed to count the lesson as viewed. */
  optional: boolean;
}

/** One lesson Markdown file, rendered. */
export interface Lesson {
  /** Path relative to the course folder, as listed in course.yaml. */
  file: string;
  /** Text of the file's `#` heading. */
  title: string;
  /** Sanitized HTML of the body below the title; headings carry their section ids. */
  html: string;
  sections: LessonSection[];
}

/** A file the package must carry, besides the app itself. */
export interface CourseAsset {
  /** Path relative to the course folder, with forward slashes (for example `assets/diagram.png`). */
  path: string;
}

export interface ValidatedCourse {
  settings: CourseSettings;
  lessons: Lesson[];
  flashcards: Flashcard[];
  questions: Question[];
  conceptGroups: ConceptGroup[];
  /** Concept id to the ids of the sections whose text links it (where it is taught). */
  conceptSections: Record<string, string[]>;
  assets: CourseAsset[];
}
