/**
 * The schema of `course.yaml`: what the course is, how it is scored, when it counts as
 * complete, and how it looks. One definition yields both the TypeScript type and the JSON
 * Schema that editors use while the author types.
 * @packageDocumentation
 */
// First: zod must be in no-eval mode before the schemas below are built.
import { z } from 'zod';
import { en } from './i18n/en.ts';
import { TEXT_TERM_KEYS } from './i18n/tables.ts';
import type { TextTermKey } from './i18n/terms.ts';
import { COMPLETION_RULES, STATUS_REPORTS } from './completion-rules.ts';
import { authorId } from './content-schemas.ts';

export const FEEDBACK_MODES = ['immediate', 'after-submit', 'none'] as const;

const languageTag = z.string().regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, { message: 'must be a BCP 47 language tag such as "en" or "pt-BR"' });

/** `interfaceLanguages: all`: every term table lmspack has. */
export const ALL_INTERFACE_LANGUAGES = 'all';

const hexColour = z.string().regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, {
  message: 'must be a hex colour such as "#1f5fa8"',
});

export const quizSettingsSchema = z
  .strictObject({
    passingScore: z
      .number()
      .min(0)
      .max(100)
      .default(80)
      .describe('Score in percent (0-100) the learner needs to pass. Also written into each manifest as the mastery score.'),
    attempts: z
      .number()
      .int()
      .min(0)
      .default(0)
      .describe('How many times the learner may submit the quiz; 0 means unlimited.'),
    shuffleQuestions: z.boolean().default(false).describe('Present the questions in a new random order for each attempt.'),
    shuffleChoices: z.boolean().default(false).describe('Present the choices of choice questions in a random order for each attempt.'),
    draw: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Draw this many questions at random from the pool for each attempt; leave out to ask every question.'),
    feedback: z
      .enum(FEEDBACK_MODES)
      .default('immediate')
      .describe('immediate: a Check button shows feedback per question; after-submit: feedback on the results screen only; none: score only.'),
    reviewShowsCorrect: z
      .boolean()
      .default(true)
      .describe('Whether the results review shows the correct answers next to the learner answers.'),
    caseSensitive: z
      .boolean()
      .default(false)
      .describe('Whether fill-in answers must match letter case. Spaces are always normalised.'),
  })
  .describe('How the quiz is scored and presented.');

export const flashcardSettingsSchema = z
  .strictObject({
    scheduler: z
      .enum(['fsrs', 'sequential'])
      .default('fsrs')
      .describe('fsrs: spaced repetition with the FSRS algorithm; sequential: every card once, in order.'),
    desiredRetention: z
      .number()
      .min(0.7)
      .max(0.99)
      .default(0.9)
      .describe('Probability of recall FSRS aims for when it schedules the next review (0.70-0.99).'),
  })
  .describe('How flashcards are practised.');

export const themeSchema = z
  .strictObject({
    accent: hexColour.default('#1f5fa8').describe('Accent colour of buttons, links and progress bars. Needs 4.5:1 contrast with white.'),
    font: z
      .string()
      .min(1)
      .default('system-ui, -apple-system, "Segoe UI", Roboto, sans-serif')
      .describe('CSS font stack. Only fonts installed on the learner device are used: packages fetch nothing from outside.'),
  })
  .describe('Look of the player.');

/** The author's own words for any plain-text term of the player (checked against the known keys). */
export const termsSchema = z
  .strictObject(
    Object.fromEntries(
      TEXT_TERM_KEYS.map((key) => [key, z.string().min(1).optional().describe(`Replaces the default wording (in English: "${en[key]}").`)]),
    ) as Record<TextTermKey, z.ZodOptional<z.ZodString>>,
  )
  .describe('Words of the player to replace, in the course language, for example readingPart: Summary.');

/** Default of `assets.maxImageKB`: a 1440 px wide photograph encodes well below it. */
export const DEFAULT_MAX_IMAGE_KB = 500;

export const assetSettingsSchema = z
  .strictObject({
    maxImageKB: z
      .number()
      .int()
      .min(1)
      .default(DEFAULT_MAX_IMAGE_KB)
      .describe('Largest image file (in kB) in assets/ before the build warns. The build still resizes and re-encodes every image.'),
  })
  .describe('Limits on the course files in assets/.');

export const courseSchema = z
  .strictObject({
    id: authorId.describe('Stable slug that names the packages and the xAPI/cmi5 activity ids. Never change it once learners have started.'),
    title: z.string().min(1).max(200).describe('Course title, shown to learners and in the LMS.'),
    description: z.string().min(1).max(1000).describe('One or two sentences shown on the overview and in the LMS catalogue.'),
    language: languageTag.describe('BCP 47 language tag of the content. Sets the player\'s language and writing direction (right to left for Arabic, Hebrew, Persian, Urdu and others).'),
    interfaceLanguages: z
      .union([z.literal(ALL_INTERFACE_LANGUAGES), z.array(languageTag)], {
        error: `must be a list of BCP 47 language tags such as [fr, de], or ${ALL_INTERFACE_LANGUAGES}`,
      })
      .optional()
      .describe(
        `Languages, besides the course's own, in which the player's own words may appear when a learner's LMS asks for one (e.g. [fr, de]), or ${ALL_INTERFACE_LANGUAGES}. Left out: only the course language's. Each adds about 2 kB to the package.`,
      ),
    version: z.string().min(1).max(40).describe('Version of the content, for authors and LMS administrators (for example 1.0.0).'),
    iri: z
      .url({ protocol: /^https?$/, message: 'must be an absolute http(s) IRI such as "https://example.org/courses/biology"' })
      .describe('Base IRI for xAPI and cmi5 activity ids. It need not resolve, but must be one you control.'),
    lessons: z
      .array(z.string().min(1))
      .min(1)
      .describe('Lesson Markdown files, relative to the course folder, in reading order.'),
    quiz: quizSettingsSchema.prefault({}),
    completion: z
      .enum(COMPLETION_RULES)
      .default('quiz-passed')
      .describe('What must happen before the course counts as complete.'),
    reportStatus: z
      .enum(STATUS_REPORTS)
      .default('passed-incomplete')
      .describe('Words reported to the LMS: "passed-failed", "passed-incomplete", "completed-incomplete" or "completed-failed".'),
    flashcards: flashcardSettingsSchema.prefault({}),
    theme: themeSchema.prefault({}),
    terms: termsSchema.optional(),
    // Optional rather than defaulted, so settings written in code (tests, tools) need not name it.
    assets: assetSettingsSchema.optional(),
  })
  .describe('lmspack course settings (course.yaml).');

export type CourseSettings = z.output<typeof courseSchema>;
export type QuizSettings = CourseSettings['quiz'];
export type FlashcardSettings = CourseSettings['flashcards'];
export type Theme = CourseSettings['theme'];
export type AssetSettings = CourseSettings['assets'];
