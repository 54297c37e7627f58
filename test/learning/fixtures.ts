/** Small hand-made questions covering every type, for the pure learning tests. */
import type { Question } from '../../format/validated-course.ts';

const base = { explanation: 'Because.', weight: 1 } as const;

export const single: Question = {
  ...base,
  id: 'q-single',
  type: 'single',
  prompt: 'Pick a',
  concepts: ['alpha'],
  choices: [
    { id: 'a', text: 'A', correct: true },
    { id: 'b', text: 'B', correct: false },
  ],
};
export const multiple: Question = {
  ...base,
  id: 'q-multiple',
  type: 'multiple',
  prompt: 'Pick a and c',
  concepts: ['alpha', 'beta'],
  choices: [
    { id: 'a', text: 'A', correct: true },
    { id: 'b', text: 'B', correct: false },
    { id: 'c', text: 'C', correct: true },
  ],
};
export const trueFalse: Question = { ...base, id: 'q-tf', type: 'true-false', prompt: 'Sky is blue', answer: true, concepts: ['beta'] };
export const fillIn: Question = { ...base, id: 'q-fill', type: 'fill-in', prompt: 'Name it', accepted: ['Therapeutic Alliance', 'alliance'] };
export const matching: Question = {
  ...base,
  id: 'q-match',
  type: 'matching',
  prompt: 'Match',
  pairs: [
    { id: 'x', left: 'X', right: '1' },
    { id: 'y', left: 'Y', right: '2' },
  ],
};
export const ordering: Question = {
  ...base,
  id: 'q-order',
  type: 'ordering',
  prompt: 'Order',
  items: [
    { id: 'one', text: 'One' },
    { id: 'two', text: 'Two' },
    { id: 'three', text: 'Three' },
  ],
};

export const allQuestions: Question[] = [single, multiple, trueFalse, fillIn, matching, ordering];
