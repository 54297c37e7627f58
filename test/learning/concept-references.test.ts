import { expect, test } from 'vitest';
import type { Lesson, Question } from '../../format/validated-course.ts';
import { conceptReferences, referencesOf } from '../../learning/concept-references.ts';

const lesson = (file: string, ids: string[]): Lesson => ({ file, title: file, html: '', sections: ids.map((id) => ({ id, title: `Section ${id}`, level: 2, optional: false })) });
const question = (id: string, concepts?: string[]): Question => ({ id, type: 'true-false', prompt: `Prompt ${id}`, answer: true, ...(concepts ? { concepts } : {}) }) as Question;

test('each concept gets the sections that link it, with their lessons, and the questions that test it, in course order', () => {
  const lessons = [lesson('one.md', ['a', 'b']), lesson('two.md', ['c'])];
  const questions = [question('q1', ['empathy']), question('q2'), question('q3', ['empathy', 'rapport', 'empathy'])];
  const index = conceptReferences({ lessons, questions, conceptSections: { empathy: ['c', 'a', 'missing'], rapport: [] } });
  const empathy = referencesOf(index, 'empathy');
  expect(empathy.sections.map(({ lesson, section }) => `${lesson.file}#${section.id}`)).toEqual(['two.md#c', 'one.md#a']);
  expect(empathy.questions.map((q) => q.id)).toEqual(['q1', 'q3']);
  expect(referencesOf(index, 'rapport')).toEqual({ sections: [], questions: [questions[2]] });
  expect(referencesOf(index, 'trust')).toEqual({ sections: [], questions: [] });
});
