/**
 * Hand-made validated courses for packaging tests: a small but complete course whose settings
 * any test can override.
 */
import type { CourseSettings } from '../../format/course-schema.ts';
import type { ValidatedCourse } from '../../format/validated-course.ts';

/** Overrides for {@link makeCourse}: settings merge shallowly (quiz too); other fields replace. */
export interface CourseOverrides extends Partial<Omit<ValidatedCourse, 'settings'>> {
  settings?: Partial<Omit<CourseSettings, 'quiz'>> & { quiz?: Partial<CourseSettings['quiz']> };
}

/** A valid course with two concept groups, one lesson and one question. */
export function makeCourse(overrides: CourseOverrides = {}): ValidatedCourse {
  const base: ValidatedCourse = {
    settings: {
      id: 'sample-course',
      title: 'Sample Course',
      description: 'A tiny course for packaging tests.',
      language: 'en',
      version: '1.0.0',
      iri: 'https://example.org/courses/sample-course',
      lessons: ['lessons/intro.md'],
      quiz: {
        passingScore: 80,
        attempts: 0,
        shuffleQuestions: false,
        shuffleChoices: false,
        feedback: 'immediate',
        reviewShowsCorrect: true,
        caseSensitive: false,
      },
      completion: 'quiz-passed',
      reportStatus: 'passed-incomplete',
      flashcards: { scheduler: 'fsrs', desiredRetention: 0.9 },
      theme: { accent: '#1f5fa8', font: 'system-ui, sans-serif' },
    },
    lessons: [
      {
        file: 'lessons/intro.md',
        title: 'Introduction',
        html: '<h2 id="basics">Basics</h2><p>Hello.</p>',
        sections: [{ id: 'basics', title: 'Basics', level: 2, optional: false }],
      },
    ],
    flashcards: [{ id: 'card-1', front: 'Front', back: 'Back' }],
    questions: [
      {
        id: 'q1',
        type: 'true-false',
        prompt: 'Is this a test?',
        explanation: 'It is.',
        answer: true,
        weight: 1,
        concepts: ['rapport'],
      },
    ],
    conceptGroups: [
      { id: 'elements', title: 'Elements', concepts: [{ id: 'rapport', term: 'Rapport', definition: 'A bond.' }] },
      { id: 'skills', title: 'Skills', concepts: [{ id: 'active-listening', term: 'Active listening', definition: 'Listening well.' }] },
    ],
    conceptSections: { rapport: ['basics'] },
    assets: [],
  };
  const { settings, ...rest } = overrides;
  return {
    ...base,
    ...rest,
    settings: { ...base.settings, ...settings, quiz: { ...base.settings.quiz, ...settings?.quiz } },
  };
}

/** A title that exercises every XML special character and non-ASCII text. */
export const NASTY_TITLE = `Fish & "Chips" <Basics> it's — Ærø café 日本語 😀`;
