/**
 * One quiz answer as the standards' "interaction" sees it, before any standard's formatting:
 * the interaction type, when the question appeared, and the learner's and the right answers as
 * option ids in course order. SCORM (`tracking/scorm/interaction-record.ts`) and xAPI
 * (`tracking/xapi/answer-statement.ts`) each write these in their own syntax; the types are the
 * same words in SCORM 1.2 RTE 3.4, SCORM 2004 4th RTE 4.2.9 and xAPI's `cmi.interaction`
 * activity definition (xAPI 1.0.3 Data §2.4.4.1 "Interaction Activities").
 * @packageDocumentation
 */
import type { QuestionType } from '../../format/content-schemas.ts';
import type { Question } from '../../format/validated-course.ts';
import { isAnswered, normalizeFillIn } from '../../learning/answer-check.ts';
import type { QuestionResponse } from '../../learning/responses.ts';

/** The interaction types lmspack questions map to. */
export type InteractionType = 'true-false' | 'choice' | 'fill-in' | 'matching' | 'sequencing';

/**
 * Question type → interaction type. Ordering is `sequencing`: the learner puts items in order,
 * and the response lists them in that order.
 */
export const INTERACTION_TYPES = {
  single: 'choice',
  multiple: 'choice',
  'true-false': 'true-false',
  'fill-in': 'fill-in',
  matching: 'matching',
  ordering: 'sequencing',
} as const satisfies Record<QuestionType, InteractionType>;

/** What an interaction record is made from: the question, the answer and how it went. */
export interface InteractionInput {
  question: Question;
  /** The learner's answer; undefined (or an empty one) when the question was left unanswered. */
  response: QuestionResponse | undefined;
  /** As `learning/answer-check.ts` judged it. */
  correct: boolean;
  /** From the question appearing to the answer, in ms. */
  latencyMs: number;
  /** When the learner answered, in ms since the epoch. */
  at: number;
  /**
   * Whether fill-in answers must match letter case (`quiz.caseSensitive`).
   * @default false
   */
  caseSensitive?: boolean;
  /** Write clock times in UTC instead of local time (for tests). @default false */
  utc?: boolean;
}

/** An answer as ids and text, in course order where order carries no meaning. */
export type InteractionAnswer =
  | { type: 'choice'; ids: string[] }
  | { type: 'true-false'; value: boolean }
  /** One line: inner white space made single spaces. */
  | { type: 'fill-in'; text: string }
  /** `[source pair id, chosen pair id]`, sources in course order. */
  | { type: 'matching'; pairs: [string, string][] }
  | { type: 'sequencing'; ids: string[] };

/** Text trimmed with inner white space (including line breaks) made single spaces; case kept, as answers are compared. */
export function oneLine(text: string): string {
  return normalizeFillIn(text, true);
}

export const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** When the question appeared: the answer time minus the latency. */
export function shownAt(input: Pick<InteractionInput, 'at' | 'latencyMs'>): number {
  return input.at - Math.max(0, Number.isFinite(input.latencyMs) ? input.latencyMs : 0);
}

/**
 * Whether a response carries an answer worth sending. Broader than `isAnswered`, which gates the
 * quiz's Check button: a partly matched question is sent too, and an ordering list only once it
 * holds items (an untouched list is the order as presented, which is an answer).
 */
function hasAnswer(response: QuestionResponse | undefined, question: Question): response is QuestionResponse {
  if (!response || response.type !== question.type) return false;
  if (response.type === 'matching') return Object.keys(response.matches).length > 0;
  if (response.type === 'ordering') return response.order.length > 0;
  return isAnswered(question, response);
}

function matchedPairs(question: Question & { type: 'matching' }, matches: Readonly<Record<string, string>>): [string, string][] {
  return question.pairs.map((pair) => pair.id).flatMap((id): [string, string][] => (matches[id] !== undefined ? [[id, matches[id]]] : []));
}

/**
 * The learner's answer, or undefined when there is none to send (unanswered, or an empty
 * choice, which Moodle's 2004 validator rejects). Chosen options are listed in course order so
 * the same set always reads the same.
 */
export function learnerAnswer(question: Question, response: QuestionResponse | undefined): InteractionAnswer | undefined {
  if (!hasAnswer(response, question)) return undefined;
  switch (response.type) {
    case 'single':
      return response.choice === null ? undefined : { type: 'choice', ids: [response.choice] };
    case 'multiple': {
      if (question.type !== 'multiple') return undefined;
      const set = new Set(response.choices);
      return { type: 'choice', ids: question.choices.filter((choice) => set.has(choice.id)).map((choice) => choice.id) };
    }
    case 'true-false':
      return response.value === null ? undefined : { type: 'true-false', value: response.value };
    case 'fill-in':
      return { type: 'fill-in', text: oneLine(response.text) };
    case 'matching':
      return question.type === 'matching' ? { type: 'matching', pairs: matchedPairs(question, response.matches) } : undefined;
    case 'ordering':
      return { type: 'sequencing', ids: response.order };
  }
}

/**
 * The right answers: one for every type but fill-in, which has one per accepted text (several
 * texts in one answer would mean "all of these", not "any of these").
 */
export function correctAnswers(question: Question): InteractionAnswer[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return [{ type: 'choice', ids: question.choices.filter((choice) => choice.correct).map((choice) => choice.id) }];
    case 'true-false':
      return [{ type: 'true-false', value: question.answer }];
    case 'fill-in':
      return unique(question.accepted.map(oneLine)).map((text) => ({ type: 'fill-in', text }));
    case 'matching':
      return [{ type: 'matching', pairs: question.pairs.map((pair): [string, string] => [pair.id, pair.id]) }];
    case 'ordering':
      return [{ type: 'sequencing', ids: question.items.map((item) => item.id) }];
  }
}
