/**
 * Schemas of the content files: `flashcards.yaml`, `quiz.yaml` and `concepts.yaml`.
 * Ids are optional here because the loader derives a missing one (with a warning); after
 * loading, every item has one (see {@link ./validated-course.ts}).
 * @packageDocumentation
 */
// First: zod must be in no-eval mode before the schemas below are built.
import { z } from 'zod';
import { ID, ID_RULE, MAX_ID_LENGTH } from './ids.ts';

/** Every id an author writes, of whatever kind: one rule (`format/ids.ts`). */
export const authorId = z
  .string()
  .max(MAX_ID_LENGTH, { message: `must be at most ${MAX_ID_LENGTH} characters` })
  .regex(ID, { message: `must be ${ID_RULE}` });
const text = z.string().trim().min(1, { message: 'must not be empty' });
/** A word or phrase that lessons are searched for, so it stays short. */
const term = text.max(200, { message: 'must be at most 200 characters: a term is a word or phrase the lesson uses' });
const conceptRefs = z
  .array(authorId)
  .optional()
  .describe('Ids of the key concepts this item teaches or tests (from concepts.yaml).');

export const flashcardSchema = z.strictObject({
  id: authorId.optional().describe('Stable id; saved review schedules use it. Derived from the front when left out.'),
  front: text.describe('The prompt side of the card. Plain text.'),
  back: text.describe('The answer side of the card. Plain text.'),
  concepts: conceptRefs,
});

export const flashcardsFileSchema = z
  .strictObject({
    cards: z.array(flashcardSchema).min(1).describe('The cards, in the order a new learner first sees them.'),
  })
  .describe('lmspack flashcards (flashcards.yaml).');

const common = {
  id: authorId.optional().describe('Stable id; the LMS stores answers under it. Derived from the prompt when left out.'),
  prompt: text.describe('The question as the learner reads it. Plain text.'),
  explanation: text.describe('Why the answer is right, shown after feedback and in the review.'),
  section: authorId.optional().describe('Id of the lesson heading this question is taught under; the review links to it.'),
  concepts: conceptRefs,
  weight: z.number().positive().max(100).default(1).describe('Relative weight in the score; 2 counts twice as much as 1.'),
};

const outcomeFeedback = z
  .strictObject({
    correct: text.optional().describe('Shown when the answer is right.'),
    incorrect: text.optional().describe('Shown when the answer is wrong.'),
  })
  .describe('Feedback for a right and a wrong answer.');

export const choiceSchema = z.strictObject({
  id: authorId.optional().describe('Stable id used in the LMS answer record. Derived from the text when left out.'),
  text: text.describe('The choice as the learner reads it.'),
  correct: z.boolean().default(false).describe('Whether this choice is (one of) the right answer(s).'),
  feedback: text.optional().describe('Shown when the learner picks this choice.'),
});

const choices = z.array(choiceSchema).min(2, { message: 'needs at least 2 choices' });

export const singleQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('single').describe('One right choice, picked with radio buttons.'),
  choices,
  feedback: outcomeFeedback.optional(),
});

export const multipleQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('multiple').describe('One or more right choices, picked with checkboxes; all must be picked.'),
  choices,
  feedback: outcomeFeedback.optional(),
});

export const trueFalseQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('true-false').describe('A statement the learner marks true or false.'),
  answer: z.boolean().describe('Whether the statement in the prompt is true.'),
  feedback: outcomeFeedback.optional(),
});

export const fillInQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('fill-in').describe('A short typed answer.'),
  accepted: z
    .array(text)
    .min(1, { message: 'needs at least one accepted answer' })
    .describe('Every answer that counts as right. Compared ignoring extra spaces, and letter case unless quiz.caseSensitive is set.'),
  feedback: outcomeFeedback.optional(),
});

export const matchingPairSchema = z.strictObject({
  id: authorId.optional().describe('Stable id of the pair. Derived from the left side when left out.'),
  left: text.describe('The item the learner matches (shown as a label).'),
  right: text.describe('Its match (offered in every drop-down).'),
});

export const matchingQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('matching').describe('Match each left item to one right item.'),
  pairs: z.array(matchingPairSchema).min(2, { message: 'needs at least 2 pairs' }),
  feedback: outcomeFeedback.optional(),
});

export const orderingItemSchema = z.strictObject({
  id: authorId.optional().describe('Stable id of the item. Derived from the text when left out.'),
  text: text.describe('The item as the learner reads it.'),
});

export const orderingQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('ordering').describe('Put the items in order; list them here in the right order.'),
  items: z.array(orderingItemSchema).min(2, { message: 'needs at least 2 items' }),
  feedback: outcomeFeedback.optional(),
});

export const QUESTION_TYPES = ['single', 'multiple', 'true-false', 'fill-in', 'matching', 'ordering'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const questionSchema = z.discriminatedUnion('type', [
  singleQuestionSchema,
  multipleQuestionSchema,
  trueFalseQuestionSchema,
  fillInQuestionSchema,
  matchingQuestionSchema,
  orderingQuestionSchema,
]);

export const quizFileSchema = z
  .strictObject({
    questions: z.array(questionSchema).min(1).describe('The question pool, in the order asked unless shuffled.'),
  })
  .describe('lmspack quiz (quiz.yaml).');

export const conceptSchema = z.strictObject({
  id: authorId.optional().describe('Stable id; questions, cards and LMS objectives refer to it. Derived from the term when left out.'),
  term: term.describe('The term as shown in the glossary.'),
  definition: text.describe('One or two sentences, drawn from the lesson.'),
  aliases: z
    .array(term)
    .optional()
    .describe('Other spellings to link in the lesson text. The term itself is always linked.'),
});

export const conceptGroupSchema = z.strictObject({
  id: authorId.optional().describe('Stable id of the group. Derived from the title when left out.'),
  title: text.describe('Heading of the group.'),
  concepts: z.array(conceptSchema).min(1),
});

export const conceptsFileSchema = z
  .strictObject({
    groups: z.array(conceptGroupSchema).min(1).describe('Groups of key concepts, in display order.'),
  })
  .describe('lmspack key concepts (concepts.yaml).');

export type FlashcardInput = z.output<typeof flashcardSchema>;
export type QuestionInput = z.output<typeof questionSchema>;
export type ConceptInput = z.output<typeof conceptSchema>;
export type ConceptGroupInput = z.output<typeof conceptGroupSchema>;
