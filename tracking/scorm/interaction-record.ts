/**
 * One quiz answer as a SCORM interaction record, in each version's exact format. The record is
 * plain data (element suffix → value string); {@link scorm12InteractionElements} and
 * {@link scorm2004InteractionElements} turn it into the `SetValue` calls in the order the
 * standards require.
 *
 * Sources: SCORM 1.2 RTE 3.4 (`cmi.interactions`), SCORM 2004 4th RTE 4.2.9
 * (`cmi.interactions`, with 4.2.9.1 correct responses and 4.2.9.2 learner responses), and
 * Moodle's `mod/scorm/datamodels/scorm_12.js` / `scorm_13.js` validators, which are stricter
 * than scorm-again (brief §5.5, §6.1).
 * @packageDocumentation
 */
import type { QuestionType } from '../../format/content-schemas.ts';
import type { Question } from '../../format/validated-course.ts';
import type { QuestionResponse } from '../../learning/responses.ts';
import { formatDecimal } from './cmi-decimal.ts';
import {
  scorm12Identifier,
  scorm12OptionCode,
  scorm12SourceCode,
  scorm2004LongIdentifier,
  scorm2004ShortIdentifier,
} from './cmi-identifier.ts';
import { scorm12Timespan, scorm12TimeOfDay, scorm2004Duration, scorm2004Timestamp } from './cmi-time.ts';
import type { ScormVersion } from './scorm-version.ts';

/** The interaction types lmspack questions map to; the same words in 1.2 and 2004. */
export type InteractionType = 'true-false' | 'choice' | 'fill-in' | 'matching' | 'sequencing';

/**
 * Question type → interaction type (SCORM 1.2 RTE 3.4 `cmi.interactions.n.type`; SCORM 2004
 * 4th RTE 4.2.9 `cmi.interactions.n.type`). Ordering is `sequencing`: the learner puts items in
 * order, and the response lists them in that order.
 */
export const INTERACTION_TYPES = {
  single: 'choice',
  multiple: 'choice',
  'true-false': 'true-false',
  'fill-in': 'fill-in',
  matching: 'matching',
  ordering: 'sequencing',
} as const satisfies Record<QuestionType, InteractionType>;

/**
 * Right/wrong in each version's vocabulary: 1.2 says `wrong` (Moodle rejects `incorrect` with
 * 405), 2004 says `incorrect` (`wrong` → 406).
 */
export const INTERACTION_RESULTS = {
  '1.2': { correct: 'correct', incorrect: 'wrong' },
  '2004': { correct: 'correct', incorrect: 'incorrect' },
} as const satisfies Record<ScormVersion, Record<'correct' | 'incorrect', string>>;

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

/** A SCORM 1.2 interaction (SCORM 1.2 RTE 3.4); every value is the string to `LMSSetValue`. */
export interface Scorm12Interaction {
  id: string;
  type: InteractionType;
  /** `objectives.n.id`: the ids of the concepts the question tests. */
  objectives: string[];
  /** CMITime `HH:MM:SS`: when the question appeared. */
  time: string;
  /** `correct_responses.n.pattern`, one per right answer. */
  correctResponses: string[];
  weighting: string;
  /** Absent when the question was left unanswered: nothing is sent rather than an invalid empty response. */
  studentResponse?: string;
  result: (typeof INTERACTION_RESULTS)['1.2'][keyof (typeof INTERACTION_RESULTS)['1.2']];
  latency: string;
}

/** A SCORM 2004 interaction (SCORM 2004 4th RTE 4.2.9); every value is the string to `SetValue`. */
export interface Scorm2004Interaction {
  id: string;
  type: InteractionType;
  objectives: string[];
  /** `YYYY-MM-DDThh:mm:ss`: when the question appeared (RTE 4.2.9 "timestamp"). */
  timestamp: string;
  correctResponses: string[];
  weighting: string;
  /** Absent when the question was left unanswered (Moodle rejects an empty choice response). */
  learnerResponse?: string;
  result: (typeof INTERACTION_RESULTS)['2004'][keyof (typeof INTERACTION_RESULTS)['2004']];
  latency: string;
  /** The prompt, ≤ 250 characters, one line. */
  description: string;
}

/** CMIFeedback (1.2) holds at most 255 characters (SCORM 1.2 RTE 3.4; Moodle CMIString256). */
const MAX_FEEDBACK_12 = 255;
/** Each fill-in string and the description hold at most 250 characters (SCORM 2004 4th RTE 4.2.9). */
const MAX_STRING_2004 = 250;

/** Text trimmed with inner white space (including line breaks) made single spaces; case kept. */
function oneLine(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/** Cuts `text` to `max` UTF-16 units without splitting a surrogate pair. */
function truncate(text: string, max: number, ellipsis = ''): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - ellipsis.length);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut + ellipsis;
}

/**
 * A learner or author string made safe inside a 2004 pattern: the reserved delimiters `[,]`
 * and `[.]` lose their brackets, and a leading `{` (which readers parse as a `{lang=…}` or
 * `{case_matters=…}` prefix) becomes `(` (SCORM 2004 4th RTE 4.2.9.1 reserved delimiters).
 */
function pattern2004Text(text: string): string {
  const safe = oneLine(text).replace(/\[([,.])\]/g, '$1').replace(/^\{/, '(');
  return truncate(safe, MAX_STRING_2004);
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

function questionWeighting(question: Question): string {
  return formatDecimal(question.weight, 2);
}

/** When the question appeared: the answer time minus the latency. */
function shownAt(input: InteractionInput): number {
  return input.at - Math.max(0, Number.isFinite(input.latencyMs) ? input.latencyMs : 0);
}

/** Whether a response carries an answer worth sending (an untouched ordering list does). */
function hasAnswer(response: QuestionResponse | undefined, question: Question): response is QuestionResponse {
  if (!response || response.type !== question.type) return false;
  switch (response.type) {
    case 'single':
      return response.choice !== null;
    case 'multiple':
      return response.choices.length > 0;
    case 'true-false':
      return response.value !== null;
    case 'fill-in':
      return oneLine(response.text) !== '';
    case 'matching':
      return Object.keys(response.matches).length > 0;
    case 'ordering':
      return response.order.length > 0;
  }
}

// ---------------------------------------------------------------------------------------------
// SCORM 1.2

/**
 * The 1.2 single-character codes of a question's options, by option id, in course order
 * (SCORM 1.2 RTE 3.4: choice and sequencing responses are single characters `[0-9a-z]`).
 * Course order, not the shuffled order of an attempt, so a code means the same option in every
 * attempt and for every learner. Undefined when the question has more than 36 options.
 */
function optionCodes(ids: readonly string[]): Map<string, string> | undefined {
  const codes = new Map<string, string>();
  for (const [index, id] of ids.entries()) {
    const code = scorm12OptionCode(index);
    if (code === undefined) return undefined;
    codes.set(id, code);
  }
  return codes;
}

/**
 * A list of option ids as a 1.2 response: their single-character codes joined by `,`.
 *
 * SPEC DEVIATION: a question with more than 36 options cannot be coded in single characters;
 * its ids are then sent as they are (Moodle and scorm-again do not check 1.2 response formats,
 * brief §1.3), so the answer is still recorded.
 */
function codeList(ids: readonly string[], codes: Map<string, string> | undefined): string {
  return ids.map((id) => codes?.get(id) ?? scorm12Identifier(id)).join(',');
}

function scorm12Responses(question: Question, response: QuestionResponse | undefined): { student?: string; correct: string[] } {
  const answered = hasAnswer(response, question) ? response : undefined;
  const cut = (text: string): string => truncate(text, MAX_FEEDBACK_12);
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const codes = optionCodes(question.choices.map((choice) => choice.id));
      const right = question.choices.filter((choice) => choice.correct).map((choice) => choice.id);
      let picked: string[] | undefined;
      if (answered?.type === 'single' && answered.choice !== null) picked = [answered.choice];
      if (answered?.type === 'multiple') {
        // Course order, so the same set always reads the same ("a,c", never "c,a").
        const set = new Set(answered.choices);
        picked = question.choices.filter((choice) => set.has(choice.id)).map((choice) => choice.id);
      }
      return { ...(picked?.length ? { student: cut(codeList(picked, codes)) } : {}), correct: [cut(codeList(right, codes))] };
    }
    case 'true-false':
      // SCORM 1.2 RTE 3.4: true-false responses are `t`/`f` (or `0`/`1`).
      return {
        ...(answered?.type === 'true-false' && answered.value !== null ? { student: answered.value ? 't' : 'f' } : {}),
        correct: [question.answer ? 't' : 'f'],
      };
    case 'fill-in':
      return {
        ...(answered?.type === 'fill-in' ? { student: cut(oneLine(answered.text)) } : {}),
        correct: unique(question.accepted.map((text) => cut(oneLine(text)))),
      };
    case 'matching': {
      // `source.target` pairs (spoor's `1.a,2.c`): the source is the left item's position, the
      // target the position of the pair whose right side was chosen, both in course order.
      const ids = question.pairs.map((pair) => pair.id);
      const targets = optionCodes(ids);
      const source = (id: string): string => scorm12SourceCode(ids.indexOf(id)) ?? scorm12Identifier(id);
      const target = (id: string): string => targets?.get(id) ?? scorm12Identifier(id);
      const pairs = (matches: Record<string, string>): string =>
        ids.filter((id) => matches[id] !== undefined).map((id) => `${source(id)}.${target(matches[id]!)}`).join(',');
      return {
        ...(answered?.type === 'matching' ? { student: cut(pairs(answered.matches)) } : {}),
        correct: [cut(pairs(Object.fromEntries(ids.map((id) => [id, id]))))],
      };
    }
    case 'ordering': {
      const ids = question.items.map((item) => item.id);
      const codes = optionCodes(ids);
      return {
        ...(answered?.type === 'ordering' ? { student: cut(codeList(answered.order, codes)) } : {}),
        correct: [cut(codeList(ids, codes))],
      };
    }
  }
}

/**
 * The SCORM 1.2 interaction record of one answer (SCORM 1.2 RTE 3.4).
 *
 * Choices, ordering items and matching targets are sent as single characters, `a` for the first
 * option in course order, `b` for the second and so on (then `0`–`9`); matching sources as `1`,
 * `2`, … (then `a`–`z`), as the 1.2 response formats require and spoor does. Moodle's 1.2
 * interactions report then shows `a,c`; the option ids themselves appear in the 2004 record.
 */
export function scorm12Interaction(input: InteractionInput): Scorm12Interaction {
  const { question } = input;
  const responses = scorm12Responses(question, input.response);
  return {
    id: scorm12Identifier(question.id),
    type: INTERACTION_TYPES[question.type],
    objectives: unique((question.concepts ?? []).map(scorm12Identifier)),
    time: scorm12TimeOfDay(shownAt(input), { utc: input.utc ?? false }),
    correctResponses: responses.correct,
    weighting: questionWeighting(question),
    ...(responses.student !== undefined ? { studentResponse: responses.student } : {}),
    result: INTERACTION_RESULTS['1.2'][input.correct ? 'correct' : 'incorrect'],
    latency: scorm12Timespan(input.latencyMs),
  };
}

/**
 * The `LMSSetValue` calls for a 1.2 interaction appended at `index` (which must equal
 * `cmi.interactions._count`: a gap is error 201, brief §1.3), in the order the data model lists
 * the elements. In 1.2 every interaction element is write-only.
 */
export function scorm12InteractionElements(index: number, record: Scorm12Interaction): [element: string, value: string][] {
  const base = `cmi.interactions.${index}`;
  const elements: [string, string][] = [
    [`${base}.id`, record.id],
    ...record.objectives.map((id, n): [string, string] => [`${base}.objectives.${n}.id`, id]),
    [`${base}.time`, record.time],
    [`${base}.type`, record.type],
    ...record.correctResponses.map((pattern, n): [string, string] => [`${base}.correct_responses.${n}.pattern`, pattern]),
    [`${base}.weighting`, record.weighting],
  ];
  if (record.studentResponse !== undefined) elements.push([`${base}.student_response`, record.studentResponse]);
  elements.push([`${base}.result`, record.result], [`${base}.latency`, record.latency]);
  return elements;
}

// ---------------------------------------------------------------------------------------------
// SCORM 2004

function scorm2004Responses(
  question: Question,
  response: QuestionResponse | undefined,
  caseSensitive: boolean,
): { learner?: string; correct: string[] } {
  const answered = hasAnswer(response, question) ? response : undefined;
  const ids = (list: readonly string[]): string => list.map(scorm2004ShortIdentifier).join('[,]');
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const right = question.choices.filter((choice) => choice.correct).map((choice) => choice.id);
      let picked: string[] | undefined;
      if (answered?.type === 'single' && answered.choice !== null) picked = [answered.choice];
      if (answered?.type === 'multiple') {
        const set = new Set(answered.choices);
        picked = question.choices.filter((choice) => set.has(choice.id)).map((choice) => choice.id);
      }
      // RTE 4.2.9.1: a choice pattern is a set of short identifiers joined by `[,]`, each unique.
      // An empty response is left out: Moodle rejects "" for a choice learner_response (406).
      return { ...(picked?.length ? { learner: ids(unique(picked)) } : {}), correct: [ids(right)] };
    }
    case 'true-false':
      return {
        ...(answered?.type === 'true-false' && answered.value !== null ? { learner: String(answered.value) } : {}),
        // RTE 4.2.9.1: exactly one pattern, `true` or `false` (a second one is error 351).
        correct: [String(question.answer)],
      };
    case 'fill-in': {
      // RTE 4.2.9.1: `{case_matters=…}` defaults to false, so it is written only when case
      // matters. Each accepted answer is its own pattern: a pattern with several `[,]` strings
      // would mean "all of these", not "any of these".
      const prefix = caseSensitive ? '{case_matters=true}' : '';
      return {
        ...(answered?.type === 'fill-in' ? { learner: pattern2004Text(answered.text) } : {}),
        correct: unique(question.accepted.map((text) => prefix + pattern2004Text(text))),
      };
    }
    case 'matching': {
      // RTE 4.2.9.1: `source[.]target` pairs joined by `[,]`. Sources are the left items' pair
      // ids, targets the ids of the pairs whose right side was chosen.
      const order = question.pairs.map((pair) => pair.id);
      const pairs = (matches: Record<string, string>): string =>
        order
          .filter((id) => matches[id] !== undefined)
          .map((id) => `${scorm2004ShortIdentifier(id)}[.]${scorm2004ShortIdentifier(matches[id]!)}`)
          .join('[,]');
      return {
        ...(answered?.type === 'matching' ? { learner: pairs(answered.matches) } : {}),
        correct: [pairs(Object.fromEntries(order.map((id) => [id, id])))],
      };
    }
    case 'ordering':
      return {
        ...(answered?.type === 'ordering' ? { learner: ids(answered.order) } : {}),
        correct: [ids(question.items.map((item) => item.id))],
      };
  }
}

/** The prompt as a 2004 description: one line, ≤ 250 characters (RTE 4.2.9 "description"). */
function description(prompt: string): string {
  return truncate(oneLine(prompt).replace(/^\{/, '('), MAX_STRING_2004, '…');
}

/** The SCORM 2004 interaction record of one answer (SCORM 2004 4th RTE 4.2.9). */
export function scorm2004Interaction(input: InteractionInput): Scorm2004Interaction {
  const { question } = input;
  const responses = scorm2004Responses(question, input.response, input.caseSensitive ?? false);
  return {
    id: scorm2004LongIdentifier(question.id),
    type: INTERACTION_TYPES[question.type],
    objectives: unique((question.concepts ?? []).map(scorm2004LongIdentifier)),
    timestamp: scorm2004Timestamp(shownAt(input), { utc: input.utc ?? false }),
    correctResponses: responses.correct,
    weighting: questionWeighting(question),
    ...(responses.learner !== undefined ? { learnerResponse: responses.learner } : {}),
    result: INTERACTION_RESULTS['2004'][input.correct ? 'correct' : 'incorrect'],
    latency: scorm2004Duration(input.latencyMs),
    description: description(question.prompt),
  };
}

/**
 * The `SetValue` calls for a 2004 interaction at `index`, in a dependency-safe order: `id`
 * first (anything else first is error 408), then `type` (responses before it are 408), then
 * the rest (SCORM 2004 4th RTE 4.2.9; brief §2.3).
 */
export function scorm2004InteractionElements(index: number, record: Scorm2004Interaction): [element: string, value: string][] {
  const base = `cmi.interactions.${index}`;
  const elements: [string, string][] = [
    [`${base}.id`, record.id],
    [`${base}.type`, record.type],
    ...record.objectives.map((id, n): [string, string] => [`${base}.objectives.${n}.id`, id]),
    [`${base}.timestamp`, record.timestamp],
    ...record.correctResponses.map((pattern, n): [string, string] => [`${base}.correct_responses.${n}.pattern`, pattern]),
    [`${base}.weighting`, record.weighting],
  ];
  if (record.learnerResponse !== undefined) elements.push([`${base}.learner_response`, record.learnerResponse]);
  elements.push([`${base}.result`, record.result], [`${base}.latency`, record.latency], [`${base}.description`, record.description]);
  return elements;
}
