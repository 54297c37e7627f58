/**
 * How a question's options (choices, ordering items, matching pairs) appear in SCORM 1.2
 * responses. One home for the tracker, which writes `cmi.interactions.n.student_response` and
 * `correct_responses.n.pattern`, and for the build, which refuses options that would reach the
 * LMS ambiguous or cut short (`build-scripts/course/option-limits.ts`,
 * `build-scripts/course/lms-id-collisions.ts`). Author ids themselves are mapped to each data
 * model's identifier form by `format/lms-ids.ts`.
 * @packageDocumentation
 */
import { lmsId } from './lms-ids.ts';
import type { Question } from './validated-course.ts';

/**
 * The single characters SCORM 1.2 uses for choice and sequencing responses and matching
 * targets: "one or more single characters separated by a comma", each `0`–`9` or `a`–`z`
 * (SCORM 1.2 RTE §3.4.4 `cmi.interactions.n.student_response`, data type CMIFeedback). Letters
 * come first so the first choice is `a`, as teachers name options.
 */
export const SCORM12_OPTION_CODES = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * The characters for matching sources (`1.a,2.c` as spoor writes them): `1`–`9`, `a`–`z`, then
 * `0`, so that the first 35 keep the codes earlier versions sent and a 36th pair still has one.
 */
export const SCORM12_SOURCE_CODES = '123456789abcdefghijklmnopqrstuvwxyz0';

/** Longest `student_response` and `correct_responses.n.pattern`: CMIFeedback is CMIString255 (SCORM 1.2 RTE §3.4.4; Moodle's `scorm_12.js` CMIFeedback). */
export const SCORM12_RESPONSE_MAX = 255;

/** Which code alphabet a list of options takes: choices, items and matching targets, or matching sources. */
export type Scorm12OptionRole = 'option' | 'source';

const ALPHABETS: Record<Scorm12OptionRole, string> = { option: SCORM12_OPTION_CODES, source: SCORM12_SOURCE_CODES };

/** Whether `count` options of one question fit the single-character codes. */
export function scorm12Coded(count: number, role: Scorm12OptionRole = 'option'): boolean {
  return count <= ALPHABETS[role].length;
}

/**
 * The 1.2 form of each of one question's options, by option id, in course order: its single
 * character (`a` for the first) when every option of the list has one. Course order, not the
 * shuffled order of an attempt, so a code means the same option in every attempt.
 *
 * SPEC DEVIATION: a list longer than the alphabet cannot be coded in single characters; then
 * every option of it goes by its id (mapped by {@link lmsId}), never a mix of codes and ids that
 * could read alike. Moodle and scorm-again store 1.2 responses without checking their format
 * (`mod/scorm/datamodels/scorm_12.js`; scorm-again's CMIFeedback is `^.*$`), so the answer is
 * still recorded; the build checks these ids for collisions and length.
 */
export function scorm12OptionForms(ids: readonly string[], role: Scorm12OptionRole = 'option'): Map<string, string> {
  const coded = scorm12Coded(ids.length, role);
  return new Map(ids.map((id, index) => [id, coded ? ALPHABETS[role].charAt(index) : lmsId(id, 'scorm12')]));
}

/** A question's options, which its responses name, with the field that lists them. */
export interface QuestionOptions {
  key: 'choices' | 'items' | 'pairs';
  /** In course order. */
  ids: string[];
}

/** The options of `question` that its responses name; none for true-false and fill-in. */
export function questionOptions(question: Question): QuestionOptions | undefined {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { key: 'choices', ids: question.choices.map((choice) => choice.id) };
    case 'ordering':
      return { key: 'items', ids: question.items.map((item) => item.id) };
    case 'matching':
      return { key: 'pairs', ids: question.pairs.map((pair) => pair.id) };
    case 'true-false':
    case 'fill-in':
      return undefined;
  }
}

/** Options as one 1.2 response: their forms joined by `,` (SCORM 1.2 RTE §3.4.4). */
export const scorm12List = (forms: readonly string[]): string => forms.join(',');

/** One matching pair in a 1.2 response: `source.target` (SCORM 1.2 RTE §3.4.4). */
export const scorm12Pair = (source: string, target: string): string => `${source}.${target}`;
