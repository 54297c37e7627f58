/**
 * A response as the learner reads it in the review: the texts of what was picked, typed,
 * matched or ordered, one line per item.
 * @packageDocumentation
 */
import type { Question } from '../../format/validated-course.ts';
import type { QuestionResponse } from '../../learning/responses.ts';
import type { Terms } from '../i18n/terms.ts';

export function describeResponse(question: Question, response: QuestionResponse | undefined, t: Terms): string[] {
  if (!response || response.type !== question.type) return [];
  switch (response.type) {
    case 'single':
    case 'multiple': {
      if (question.type !== 'single' && question.type !== 'multiple') return [];
      const ids = response.type === 'single' ? (response.choice ? [response.choice] : []) : response.choices;
      return ids.map((id) => question.choices.find((choice) => choice.id === id)?.text ?? id);
    }
    case 'true-false':
      return response.value === null ? [] : [response.value ? t.trueLabel : t.falseLabel];
    case 'fill-in':
      return response.text.trim() ? [response.text.trim()] : [];
    case 'matching':
      if (question.type !== 'matching') return [];
      return question.pairs.map((pair) => {
        const chosen = question.pairs.find((other) => other.id === response.matches[pair.id]);
        return `${pair.left} → ${chosen?.right ?? '—'}`;
      });
    case 'ordering':
      if (question.type !== 'ordering') return [];
      return response.order.map((id, index) => `${index + 1}. ${question.items.find((item) => item.id === id)?.text ?? id}`);
  }
}
