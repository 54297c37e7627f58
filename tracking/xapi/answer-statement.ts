/**
 * One quiz answer as an `answered` statement whose object is a `cmi.interaction` activity (xAPI
 * 1.0.3 Data §2.4.4.1 "Interaction Activities"): the question text, its interaction type, its
 * choices / source and target / items with their texts, and `correctResponsesPattern`; the
 * result has the learner's `response` in the same syntax, `success`, `duration` (time from the
 * question appearing to the answer) and the question's score (raw 0 or its weight).
 * @packageDocumentation
 */
import type { ValidatedCourse } from '../../format/validated-course.ts';
import { correctAnswers, INTERACTION_TYPES, learnerAnswer, type InteractionAnswer, type InteractionInput } from '../core/interaction-record.ts';
import { isoDuration } from '../core/iso-duration.ts';
import { ACTIVITY_TYPES, EXTENSIONS, partActivityId, quizActivityId } from './activity-ids.ts';
import { courseRef, makeStatement, type StatementScope } from './statement-scope.ts';
import type { ActivityDefinition, InteractionComponent, Statement } from './statement.ts';
import { VERBS } from './verbs.ts';

/**
 * An answer in the xAPI response syntax (xAPI 1.0.3 Data "Response Patterns"): ids joined by
 * `[,]`, matching pairs as `source[.]target`, `true`/`false`. Fill-in text has `[,]` and `[.]`
 * made plain and a leading `{` made `(`, so it never reads as a delimiter or a parameter.
 */
export function responsePattern(answer: InteractionAnswer, caseSensitive = false): string {
  switch (answer.type) {
    case 'choice':
    case 'sequencing':
      return answer.ids.join('[,]');
    case 'true-false':
      return String(answer.value);
    case 'fill-in':
      return (caseSensitive ? '{case_matters=true}' : '') + answer.text.replace(/\[([,.])\]/g, '$1').replace(/^\{/, '(');
    case 'matching':
      return answer.pairs.map(([from, to]) => `${from}[.]${to}`).join('[,]');
  }
}

function components(items: readonly { id: string; text: string }[], language: string): InteractionComponent[] {
  return items.map((item) => ({ id: item.id, description: { [language]: item.text } }));
}

/** The question as a `cmi.interaction` activity definition. */
export function questionDefinition(question: InteractionInput['question'], language: string, caseSensitive: boolean): ActivityDefinition {
  const definition: ActivityDefinition = {
    name: { [language]: question.prompt },
    type: ACTIVITY_TYPES.question,
    interactionType: INTERACTION_TYPES[question.type],
    correctResponsesPattern: [...new Set(correctAnswers(question).map((answer) => responsePattern(answer, caseSensitive)))],
  };
  if (question.type === 'single' || question.type === 'multiple') definition.choices = components(question.choices, language);
  if (question.type === 'ordering') definition.choices = components(question.items, language);
  if (question.type === 'matching') {
    definition.source = question.pairs.map((pair) => ({ id: pair.id, description: { [language]: pair.left } }));
    definition.target = question.pairs.map((pair) => ({ id: pair.id, description: { [language]: pair.right } }));
  }
  return definition;
}

/** The `answered` statement of one answer in attempt `attempt`. */
export function answerStatement(scope: StatementScope, course: ValidatedCourse, input: InteractionInput & { attempt: number }): Statement {
  const { question } = input;
  const caseSensitive = course.settings.quiz.caseSensitive;
  const answered = learnerAnswer(question, input.response);
  const weight = question.weight;
  return makeStatement(scope, {
    verb: VERBS.answered,
    object: { objectType: 'Activity', id: partActivityId(scope.courseIri, 'question', question.id), definition: questionDefinition(question, scope.language, caseSensitive) },
    result: {
      // An unanswered question has the empty response: the learner gave nothing.
      response: answered ? responsePattern(answered) : '',
      success: input.correct,
      duration: isoDuration(input.latencyMs),
      ...(weight > 0 ? { score: { scaled: input.correct ? 1 : 0, raw: input.correct ? weight : 0, min: 0, max: weight } } : {}),
    },
    at: input.at,
    contextActivities: {
      parent: [{ objectType: 'Activity', id: quizActivityId(scope.courseIri) }],
      grouping: [courseRef(scope)],
    },
    extensions: { [EXTENSIONS.attempt]: input.attempt },
  });
}
