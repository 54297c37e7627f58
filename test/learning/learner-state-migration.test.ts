/**
 * Each rule that carries a saved learner state over to a rebuilt course, one test per rule.
 */
import { describe, expect, test } from 'vitest';
import type { Question, ValidatedCourse } from '../../format/validated-course.ts';
import { buildStamp, courseFingerprint } from '../../learning/course-fingerprint.ts';
import { emptyLearnerState, parseLearnerState, type LearnerState } from '../../learning/learner-state.ts';
import { migrateLearnerState, migrateOptionOrder } from '../../learning/learner-state-migration.ts';
import type { QuizAttempt } from '../../learning/quiz-attempt.ts';
import { makeCourse } from '../packaging/make-course.ts';
import { allQuestions, fillIn, matching, multiple, ordering, single, trueFalse } from './fixtures.ts';

const SCHEDULE = [1, 2, 3, 1, 1, 0, 1, 1] as const;

function course(overrides: { questions?: Question[]; sections?: string[]; cards?: string[]; id?: string } = {}): ValidatedCourse {
  const sections = overrides.sections ?? ['intro', 'rapport'];
  return makeCourse({
    questions: overrides.questions ?? allQuestions,
    lessons: [{ file: 'lessons/a.md', title: 'A', html: '', sections: sections.map((id) => ({ id, title: id, level: 2, optional: false })) }],
    flashcards: (overrides.cards ?? ['c1', 'c2']).map((id) => ({ id, front: id, back: id })),
    settings: overrides.id ? { id: overrides.id } : {},
  });
}

/** A state saved under `v1`, mid-attempt: the first four questions answered. */
function savedUnder(v1: ValidatedCourse): LearnerState {
  const current: QuizAttempt = {
    n: 2,
    order: ['q-single', 'q-multiple', 'q-tf', 'q-fill', 'q-match', 'q-order'],
    options: { 'q-single': ['b', 'a'], 'q-multiple': ['c', 'a', 'b'], 'q-match': ['y', 'x'], 'q-order': ['three', 'one', 'two'] },
    answers: {
      'q-single': { type: 'single', choice: 'a' },
      'q-multiple': { type: 'multiple', choices: ['a', 'c'] },
      'q-tf': { type: 'true-false', value: true },
      'q-fill': { type: 'fill-in', text: 'alliance' },
    },
    checked: ['q-single', 'q-multiple', 'q-tf', 'q-fill'],
    startedAt: 100,
  };
  return {
    ...emptyLearnerState(),
    build: buildStamp(v1),
    route: '/quiz',
    sections: ['intro', 'rapport'],
    cards: { c1: [...SCHEDULE], c2: [...SCHEDULE] },
    quiz: { used: 1, passed: false, best: 40, current, last: { ...current, n: 1, score: 40, passed: false } },
  };
}

const v1 = course();
const saved = savedUnder(v1);

describe('migrateLearnerState', () => {
  test('returns a state from the same build unchanged', () => {
    expect(migrateLearnerState(saved, v1)).toBe(saved);
  });

  test('stamps the state with the running build', () => {
    const v2 = course({ sections: ['intro', 'rapport', 'new'] });
    expect(migrateLearnerState(saved, v2).build).toEqual({ course: 'sample-course', content: courseFingerprint(v2) });
    expect(courseFingerprint(v2)).not.toBe(courseFingerprint(v1));
  });

  test('the fingerprint ignores text and order: a typo fixed or questions reordered is the same build', () => {
    const edited = course({ questions: [{ ...trueFalse, prompt: 'Sky is bleu' }, ...allQuestions.filter((question) => question !== trueFalse)].reverse() });
    expect(courseFingerprint(edited)).toBe(courseFingerprint(v1));
  });

  test('starts fresh, stamped, when the state was saved under another course id', () => {
    const other = course({ id: 'another-course' });
    expect(migrateLearnerState(saved, other)).toEqual({ ...emptyLearnerState(), build: buildStamp(other) });
  });

  test('keeps viewed sections and card schedules by id, dropping those the course no longer has', () => {
    const migrated = migrateLearnerState(saved, course({ sections: ['intro', 'rapport-renamed'], cards: ['c2', 'c3'] }));
    expect(migrated.sections).toEqual(['intro']);
    expect(migrated.cards).toEqual({ c2: [...SCHEDULE] });
    expect(migrated.route).toBe('/quiz');
  });

  test('continues the attempt over the questions that still exist, with their answers', () => {
    const withoutSingle = allQuestions.filter((question) => question !== single);
    const current = migrateLearnerState(saved, course({ questions: withoutSingle })).quiz.current!;
    expect(current.order).toEqual(['q-multiple', 'q-tf', 'q-fill', 'q-match', 'q-order']);
    expect(Object.keys(current.answers)).toEqual(['q-multiple', 'q-tf', 'q-fill']);
    expect(current.checked).toEqual(['q-multiple', 'q-tf', 'q-fill']);
    expect(current.options['q-single']).toBeUndefined();
    expect(current).toMatchObject({ n: 2, startedAt: 100 });
  });

  test('a question added to the pool does not join the attempt in progress', () => {
    const added: Question = { ...fillIn, id: 'q-new' };
    expect(migrateLearnerState(saved, course({ questions: [...allQuestions, added] })).quiz.current!.order).toEqual(saved.quiz.current!.order);
  });

  test('treats an answered question whose type changed as removed from the attempt, and drops its answer', () => {
    const becameFillIn: Question = { ...fillIn, id: 'q-tf' };
    const questions = allQuestions.map((question) => (question === trueFalse ? becameFillIn : question));
    const current = migrateLearnerState(saved, course({ questions })).quiz.current!;
    expect(current.order).toEqual(['q-single', 'q-multiple', 'q-fill', 'q-match', 'q-order']);
    expect(current.answers['q-tf']).toBeUndefined();
    expect(current.checked).not.toContain('q-tf');
  });

  test('keeps an unanswered question whose type changed, asked in its new form', () => {
    const becameOrdering: Question = { ...ordering, id: 'q-match' };
    const questions = allQuestions.map((question) => (question === matching ? becameOrdering : question));
    const current = migrateLearnerState(saved, course({ questions })).quiz.current!;
    expect(current.order).toContain('q-match');
    // Its saved pair order shares no id with the items: reverse course order, never the answer.
    expect(current.options['q-match']).toEqual(['three', 'two', 'one']);
  });

  test('keeps the option order the learner saw, with added options after it and removed ones gone', () => {
    const original = multiple as Extract<Question, { type: 'multiple' }>;
    const edited: Question = { ...original, choices: [{ id: 'd', text: 'D', correct: false }, ...original.choices.filter((choice) => choice.id !== 'b')] };
    const questions = allQuestions.map((question) => (question === multiple ? edited : question));
    expect(migrateLearnerState(saved, course({ questions })).quiz.current!.options['q-multiple']).toEqual(['c', 'a', 'd']);
  });

  test('drops the attempt in progress when none of its questions is left', () => {
    const migrated = migrateLearnerState(saved, course({ questions: [{ ...fillIn, id: 'q-other' }] }));
    expect(migrated.quiz.current).toBeUndefined();
    expect(migrated.quiz).toMatchObject({ used: 1, passed: false, best: 40 });
  });

  test('never changes attempts used, the pass or the best score, and keeps the last score with its review trimmed', () => {
    const passedBefore: LearnerState = { ...saved, quiz: { ...saved.quiz, passed: true, best: 90 } };
    const migrated = migrateLearnerState(passedBefore, course({ questions: [single, trueFalse] }));
    expect(migrated.quiz).toMatchObject({ used: 1, passed: true, best: 90 });
    expect(migrated.quiz.last).toMatchObject({ n: 1, score: 40, passed: false, order: ['q-single', 'q-tf'] });
  });

  test('carries over a state saved before builds were stamped, by id', () => {
    const { build: _unstamped, ...old } = saved;
    const migrated = migrateLearnerState(old, course({ cards: ['c1'] }));
    expect(migrated.cards).toEqual({ c1: [...SCHEDULE] });
    expect(migrated.quiz.current?.order).toEqual(saved.quiz.current!.order);
  });

  test('the stamp survives a JSON round trip through parseLearnerState', () => {
    expect(parseLearnerState(JSON.parse(JSON.stringify(saved))).build).toEqual(buildStamp(v1));
  });
});

describe('migrateOptionOrder', () => {
  test('saved order first, new options after, removed ones gone', () => {
    expect(migrateOptionOrder(['b', 'a', 'c'], ['a', 'b', 'd'])).toEqual(['b', 'a', 'd']);
  });
  test('reverse course order when nothing saved is left', () => {
    expect(migrateOptionOrder(['x', 'y'], ['a', 'b', 'c'])).toEqual(['c', 'b', 'a']);
  });
});
