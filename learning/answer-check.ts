/**
 * Answer checking, one rule per question type. Pure: the same checks serve the player's
 * immediate feedback, the score and (later) the trackers' interaction results.
 * @packageDocumentation
 */
import type { Question } from '../format/validated-course.ts';
import type { QuestionResponse } from './responses.ts';

/** Options that change how answers compare (from `course.yaml` quiz settings). */
export interface CheckOptions {
  /** Whether fill-in answers must match letter case. @default false */
  caseSensitive?: boolean;
}

/**
 * Text as compared for fill-in answers: Unicode-normalised, trimmed, inner runs of white space
 * made one space, and lower-cased unless case matters.
 */
export function normalizeFillIn(text: string, caseSensitive = false): string {
  const spaced = text.normalize('NFC').trim().replace(/\s+/gu, ' ');
  return caseSensitive ? spaced : spaced.toLowerCase();
}

/** Whether the learner has given an answer that can be checked (Check/Next stay disabled until then). */
export function isAnswered(question: Question, response: QuestionResponse | undefined): boolean {
  if (!response || response.type !== question.type) return false;
  switch (response.type) {
    case 'single':
      return response.choice !== null;
    case 'multiple':
      return response.choices.length > 0;
    case 'true-false':
      return response.value !== null;
    case 'fill-in':
      return normalizeFillIn(response.text) !== '';
    case 'matching':
      return question.type === 'matching' && question.pairs.every((pair) => Boolean(response.matches[pair.id]));
    case 'ordering':
      // The list always has an order; leaving it as presented is an answer too.
      return true;
  }
}

/** Whether `response` is right for `question`. A missing or mistyped response is wrong. */
export function isCorrect(question: Question, response: QuestionResponse | undefined, options: CheckOptions = {}): boolean {
  if (!response || response.type !== question.type) return false;
  switch (question.type) {
    case 'single': {
      const picked = (response as Extract<QuestionResponse, { type: 'single' }>).choice;
      return question.choices.some((choice) => choice.correct && choice.id === picked);
    }
    case 'multiple': {
      const picked = new Set((response as Extract<QuestionResponse, { type: 'multiple' }>).choices);
      // All right choices and none of the wrong ones: partial credit would need partial scores,
      // which SCORM interactions cannot report per question.
      return question.choices.every((choice) => choice.correct === picked.has(choice.id)) && picked.size > 0;
    }
    case 'true-false':
      return (response as Extract<QuestionResponse, { type: 'true-false' }>).value === question.answer;
    case 'fill-in': {
      const typed = normalizeFillIn((response as Extract<QuestionResponse, { type: 'fill-in' }>).text, options.caseSensitive);
      return typed !== '' && question.accepted.some((accepted) => normalizeFillIn(accepted, options.caseSensitive) === typed);
    }
    case 'matching': {
      const { matches } = response as Extract<QuestionResponse, { type: 'matching' }>;
      return question.pairs.every((pair) => matches[pair.id] === pair.id);
    }
    case 'ordering': {
      const { order } = response as Extract<QuestionResponse, { type: 'ordering' }>;
      return order.length === question.items.length && question.items.every((item, index) => order[index] === item.id);
    }
  }
}

/** The right answer in response form, for the review and for trackers' correct-response patterns. */
export function correctResponse(question: Question): QuestionResponse {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: question.choices.find((choice) => choice.correct)?.id ?? null };
    case 'multiple':
      return { type: 'multiple', choices: question.choices.filter((choice) => choice.correct).map((choice) => choice.id) };
    case 'true-false':
      return { type: 'true-false', value: question.answer };
    case 'fill-in':
      return { type: 'fill-in', text: question.accepted[0] ?? '' };
    case 'matching':
      return { type: 'matching', matches: Object.fromEntries(question.pairs.map((pair) => [pair.id, pair.id])) };
    case 'ordering':
      return { type: 'ordering', order: question.items.map((item) => item.id) };
  }
}

/**
 * The response a question starts with. Ordering starts from the order presented in this attempt
 * (`presented`), so "leave it as it is" is a real answer the learner can give.
 */
export function emptyResponse(question: Question, presented?: readonly string[]): QuestionResponse {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: null };
    case 'multiple':
      return { type: 'multiple', choices: [] };
    case 'true-false':
      return { type: 'true-false', value: null };
    case 'fill-in':
      return { type: 'fill-in', text: '' };
    case 'matching':
      return { type: 'matching', matches: {} };
    case 'ordering':
      return { type: 'ordering', order: presented ? [...presented] : question.items.map((item) => item.id) };
  }
}
