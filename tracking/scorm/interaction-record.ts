/**
 * One quiz answer as a SCORM interaction record, in each version's exact format. The record is
 * plain data (element suffix → value string); {@link scorm12InteractionElements} and
 * {@link scorm2004InteractionElements} turn it into the `SetValue` calls in the order the
 * standards require.
 *
 * Sources: SCORM 1.2 RTE 3.4 (`cmi.interactions`), SCORM 2004 4th RTE 4.2.9
 * (`cmi.interactions`, with 4.2.9.1 correct responses and 4.2.9.2 learner responses), and
 * Moodle's `mod/scorm/datamodels/scorm_12.js` / `scorm_13.js` validators, which are stricter
 * than scorm-again.
 * @packageDocumentation
 */
import type { Question } from '../../format/validated-course.ts';
import { correctAnswers, INTERACTION_TYPES, learnerAnswer, oneLine, shownAt, unique, type InteractionAnswer, type InteractionInput, type InteractionType } from '../core/interaction-record.ts';
import { formatDecimal } from './cmi-decimal.ts';
import { lmsId } from '../../format/lms-ids.ts';
import { questionOptions, SCORM12_RESPONSE_MAX, scorm12List, scorm12OptionForms, scorm12Pair } from '../../format/scorm12-option-codes.ts';
import { scorm12Timespan, scorm12TimeOfDay, scorm2004Duration, scorm2004Timestamp } from './cmi-time.ts';
import type { ScormVersion } from './scorm-version.ts';

export type { InteractionInput } from '../core/interaction-record.ts';

/**
 * Right/wrong in each version's vocabulary: 1.2 says `wrong` (Moodle rejects `incorrect` with
 * 405), 2004 says `incorrect` (`wrong` → 406).
 */
export const INTERACTION_RESULTS = {
  '1.2': { correct: 'correct', incorrect: 'wrong' },
  '2004': { correct: 'correct', incorrect: 'incorrect' },
} as const satisfies Record<ScormVersion, Record<'correct' | 'incorrect', string>>;

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

/** Each fill-in string and the description hold at most 250 characters (SCORM 2004 4th RTE 4.2.9). */
const MAX_STRING_2004 = 250;

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

function questionWeighting(question: Question): string {
  return formatDecimal(question.weight, 2);
}

// ---------------------------------------------------------------------------------------------
// SCORM 1.2

/** An answer in the 1.2 response syntax (SCORM 1.2 RTE §3.4.4 `student_response` formats). */
function scorm12Response(question: Question, answer: InteractionAnswer): string {
  const ids = questionOptions(question)?.ids ?? [];
  const forms = scorm12OptionForms(ids);
  const form = (id: string): string => forms.get(id) ?? lmsId(id, 'scorm12');
  switch (answer.type) {
    case 'choice':
    case 'sequencing':
      return scorm12List(answer.ids.map(form));
    case 'true-false':
      // SCORM 1.2 RTE §3.4.4: true-false responses are `t`/`f` (or `0`/`1`).
      return answer.value ? 't' : 'f';
    case 'fill-in':
      return answer.text;
    case 'matching': {
      // `source.target` pairs (spoor's `1.a,2.c`): the source is the left item's position, the
      // target the position of the pair whose right side was chosen, both in course order.
      const sources = scorm12OptionForms(ids, 'source');
      return scorm12List(answer.pairs.map(([from, to]) => scorm12Pair(sources.get(from) ?? lmsId(from, 'scorm12'), form(to))));
    }
  }
}

function scorm12Responses(question: Question, input: InteractionInput): { student?: string; correct: string[] } {
  const cut = (text: string): string => truncate(text, SCORM12_RESPONSE_MAX);
  const answered = learnerAnswer(question, input.response);
  return {
    ...(answered ? { student: cut(scorm12Response(question, answered)) } : {}),
    correct: unique(correctAnswers(question).map((answer) => cut(scorm12Response(question, answer)))),
  };
}

/**
 * The SCORM 1.2 interaction record of one answer (SCORM 1.2 RTE 3.4).
 *
 * Choices, ordering items and matching targets are sent as single characters, `a` for the first
 * option in course order, `b` for the second and so on (then `0`–`9`); matching sources as `1`,
 * `2`, … (then `a`–`z`, `0`), as the 1.2 response formats require and spoor does
 * (`format/scorm12-option-codes.ts`, also for a question with more options than codes). Moodle's
 * 1.2 interactions report then shows `a,c`; the option ids themselves appear in the 2004 record.
 */
export function scorm12Interaction(input: InteractionInput): Scorm12Interaction {
  const { question } = input;
  const responses = scorm12Responses(question, input);
  return {
    id: lmsId(question.id, 'scorm12'),
    type: INTERACTION_TYPES[question.type],
    objectives: unique((question.concepts ?? []).map((id) => lmsId(id, 'scorm12'))),
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
 * `cmi.interactions._count`: a gap is error 201, SCORM 1.2 RTE 3.4.2), in the order the data model lists
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

/**
 * An answer as a 2004 pattern (SCORM 2004 4th RTE 4.2.9.1): ids as short identifiers joined by
 * `[,]`, matching pairs as `source[.]target`, fill-in text made safe, `{case_matters=true}` only
 * when case matters (false is the default).
 */
function scorm2004Pattern(answer: InteractionAnswer, caseSensitive: boolean): string {
  const ids = (list: readonly string[]): string => list.map((id) => lmsId(id, 'scorm2004-short')).join('[,]');
  switch (answer.type) {
    case 'choice':
      // A choice pattern is a set: each id once.
      return ids(unique(answer.ids));
    case 'true-false':
      return String(answer.value);
    case 'fill-in':
      return (caseSensitive ? '{case_matters=true}' : '') + pattern2004Text(answer.text);
    case 'matching':
      return answer.pairs.map(([from, to]) => `${lmsId(from, 'scorm2004-short')}[.]${lmsId(to, 'scorm2004-short')}`).join('[,]');
    case 'sequencing':
      return ids(answer.ids);
  }
}

function scorm2004Responses(question: Question, input: InteractionInput): { learner?: string; correct: string[] } {
  const answered = learnerAnswer(question, input.response);
  const caseSensitive = input.caseSensitive ?? false;
  return {
    // The learner's own text never carries the case prefix: it is a response, not a pattern.
    ...(answered ? { learner: scorm2004Pattern(answered, false) } : {}),
    correct: unique(correctAnswers(question).map((answer) => scorm2004Pattern(answer, caseSensitive))),
  };
}

/** The prompt as a 2004 description: one line, ≤ 250 characters (RTE 4.2.9 "description"). */
function description(prompt: string): string {
  return truncate(oneLine(prompt).replace(/^\{/, '('), MAX_STRING_2004, '…');
}

/** The SCORM 2004 interaction record of one answer (SCORM 2004 4th RTE 4.2.9). */
export function scorm2004Interaction(input: InteractionInput): Scorm2004Interaction {
  const { question } = input;
  const responses = scorm2004Responses(question, input);
  return {
    id: lmsId(question.id, 'scorm2004-long'),
    type: INTERACTION_TYPES[question.type],
    objectives: unique((question.concepts ?? []).map((id) => lmsId(id, 'scorm2004-long'))),
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
 * the rest (SCORM 2004 4th RTE 4.2.9).
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
