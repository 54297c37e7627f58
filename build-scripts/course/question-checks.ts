/**
 * Rules about questions that a schema cannot express: how many choices are correct, and
 * whether matching pairs can be told apart.
 * @packageDocumentation
 */
import type { QuestionInput } from '../../format/content-schemas.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { YamlSource } from './yaml-source.ts';

/** `questions` holds `undefined` where an entry did not pass its schema (its problems are reported). */
export function checkQuestions(questions: readonly (QuestionInput | undefined)[], source: YamlSource): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  questions.forEach((question, q) => {
    if (!question) return;
    const at = (...rest: (string | number)[]) => source.locate(['questions', q, ...rest]);
    switch (question.type) {
      case 'single': {
        const correct = question.choices.filter((c) => c.correct).length;
        if (correct !== 1) {
          diagnostics.push(
            diagnostic(
              'correct-choice-count',
              at('choices'),
              `A single-choice question needs exactly one correct choice; this one has ${correct}.`,
              correct === 0 ? 'mark the right choice with "correct: true"' : 'keep "correct: true" on one choice, or make it type: multiple',
            ),
          );
        }
        break;
      }
      case 'multiple':
        if (!question.choices.some((c) => c.correct)) {
          diagnostics.push(diagnostic('correct-choice-count', at('choices'), 'A multiple-response question needs at least one correct choice; this one has none.', 'mark the right choices with "correct: true"'));
        }
        break;
      case 'matching': {
        // Two pairs with the same side would make the answer ambiguous: the learner could not
        // tell which item a right-hand option belongs to.
        for (const side of ['left', 'right'] as const) {
          const seen = new Map<string, number>();
          question.pairs.forEach((pair, p) => {
            const key = pair[side].trim().toLowerCase();
            const earlier = seen.get(key);
            if (earlier !== undefined) {
              diagnostics.push(
                diagnostic('matching-unbalanced', at('pairs', p, side), `Pairs ${earlier + 1} and ${p + 1} have the same ${side} side "${pair[side]}".`, 'every item must match exactly one other; merge or reword the pairs'),
              );
            } else seen.set(key, p);
          });
        }
        break;
      }
      case 'true-false':
      case 'fill-in':
      case 'ordering':
        break;
      default:
        question satisfies never;
    }
  });
  return diagnostics;
}
