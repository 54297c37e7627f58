/**
 * Rules about questions that a schema cannot express: how many choices are correct, and
 * whether matching pairs can be told apart. They run on a question that failed its schema too,
 * as far as the fields they read are sound, so an author sees a misspelt field and the answer
 * problems of the same question in one run.
 * @packageDocumentation
 */
import { z } from 'zod';
import { matchingQuestionSchema, multipleQuestionSchema, singleQuestionSchema, type QuestionInput } from '../../format/content-schemas.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { closestMatch } from './closest-match.ts';
import type { Entries } from './content-entries.ts';
import type { DataPath, YamlSource } from './yaml-source.ts';

/** The question types with answer rules, and the field each rule reads. */
const CHECKED = {
  single: { schema: singleQuestionSchema, key: 'choices' },
  multiple: { schema: multipleQuestionSchema, key: 'choices' },
  matching: { schema: matchingQuestionSchema, key: 'pairs' },
} as const;

/** Just the fields the answer rules read, each as strict as in its question's schema. */
const answerSchema = z.discriminatedUnion('type', [
  singleQuestionSchema.pick({ type: true, choices: true }),
  multipleQuestionSchema.pick({ type: true, choices: true }),
  matchingQuestionSchema.pick({ type: true, pairs: true }),
]);

type AnswerFields = z.output<typeof answerSchema>;

/** A question's fields for the answer rules, and the key each field is written under. */
interface AnswerView {
  question: QuestionInput | AnswerFields;
  /** The misspelt key that stands for a field (`choises` for `choices`), where there is one. */
  writtenAs?: { field: string; key: string };
}

/**
 * The answer fields of a question that failed its schema, read from what the author wrote: its
 * `type`, and its choices or pairs under their own key or under the unknown key that misspells
 * it (the schema reports that key as LMS003). Undefined when those fields are not sound
 * themselves (a choice with a misspelt `correct` cannot be counted): their own problems are
 * reported, and an answer rule over them would only repeat those as a false one.
 */
function answerView(written: unknown): AnswerView | undefined {
  if (written === null || typeof written !== 'object' || Array.isArray(written)) return undefined;
  const entry = written as Record<string, unknown>;
  const checked = typeof entry.type === 'string' && Object.hasOwn(CHECKED, entry.type) ? CHECKED[entry.type as keyof typeof CHECKED] : undefined;
  if (!checked) return undefined;
  const known = Object.keys(checked.schema.shape);
  const key = checked.key in entry ? checked.key : Object.keys(entry).find((k) => !known.includes(k) && closestMatch(k, known) === checked.key);
  if (key === undefined) return undefined;
  const parsed = answerSchema.safeParse({ type: entry.type, [checked.key]: entry[key] });
  if (!parsed.success) return undefined;
  return { question: parsed.data, ...(key !== checked.key ? { writtenAs: { field: checked.key, key } } : {}) };
}

/**
 * `questions` holds `undefined` where an entry did not pass its schema (its problems are
 * reported); `written` is each entry as the file has it, for the answer fields of those.
 */
export function checkQuestions(questions: Entries<QuestionInput>, written: readonly unknown[], source: YamlSource): Diagnostic[] {
  return questions.flatMap((question, q) => {
    const view = question ? { question } : answerView(written[q]);
    if (!view) return [];
    const at = (field: string, ...rest: DataPath) => source.locate(['questions', q, view.writtenAs?.field === field ? view.writtenAs.key : field, ...rest]);
    return answerProblems(view.question, at);
  });
}

type Locate = (field: string, ...rest: DataPath) => ReturnType<YamlSource['locate']>;

function answerProblems(question: QuestionInput | AnswerFields, at: Locate): Diagnostic[] {
  switch (question.type) {
    case 'single': {
      const correct = question.choices.filter((c) => c.correct).length;
      if (correct === 1) return [];
      const hint = correct === 0 ? 'mark the right choice with "correct: true"' : 'keep "correct: true" on one choice, or make it type: multiple';
      return [diagnostic('correct-choice-count', at('choices'), `A single-choice question needs exactly one correct choice; this one has ${correct}.`, hint)];
    }
    case 'multiple':
      if (question.choices.some((c) => c.correct)) return [];
      return [diagnostic('correct-choice-count', at('choices'), 'A multiple-response question needs at least one correct choice; this one has none.', 'mark the right choices with "correct: true"')];
    case 'matching':
      return matchingProblems(question.pairs, at);
    case 'true-false':
    case 'fill-in':
    case 'ordering':
      return [];
    default:
      return question satisfies never;
  }
}

/**
 * Two pairs with the same side would make the answer ambiguous: the learner could not tell
 * which item a right-hand option belongs to.
 */
function matchingProblems(pairs: readonly { left: string; right: string }[], at: Locate): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const side of ['left', 'right'] as const) {
    const seen = new Map<string, number>();
    pairs.forEach((pair, p) => {
      const key = pair[side].trim().toLowerCase();
      const earlier = seen.get(key);
      if (earlier === undefined) seen.set(key, p);
      else out.push(diagnostic('matching-unbalanced', at('pairs', p, side), `Pairs ${earlier + 1} and ${p + 1} have the same ${side} side "${pair[side]}".`, 'every item must match exactly one other; merge or reword the pairs'));
    });
  }
  return out;
}
