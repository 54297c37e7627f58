import { beforeAll, describe, expect, test } from 'vitest';
import type { Question, ValidatedCourse } from '../../format/validated-course.ts';
import type { QuestionResponse } from '../../learning/responses.ts';
import {
  scorm12Interaction,
  scorm12InteractionElements,
  scorm2004Interaction,
  scorm2004InteractionElements,
  type InteractionInput,
} from '../../tracking/scorm/interaction-record.ts';
import { loadSeedCourse, question } from './seed-course.ts';

let course: ValidatedCourse;
beforeAll(async () => {
  course = await loadSeedCourse();
});

/** 2024-05-01 10:00:30 UTC, answered 12.34 s after the question appeared at 10:00:17.66. */
const AT = Date.UTC(2024, 4, 1, 10, 0, 30);
const input = (id: string, response: QuestionResponse | undefined, correct: boolean, extra: Partial<InteractionInput> = {}): InteractionInput => ({
  question: question(course, id),
  response,
  correct,
  latencyMs: 12_340,
  at: AT,
  utc: true,
  ...extra,
});

describe('single choice', () => {
  test('1.2 sends course-order letters, "wrong" and CMITimespan latency', () => {
    expect(scorm12Interaction(input('client-factor-enhanced', { type: 'single', choice: 'independence' }, false))).toEqual({
      id: 'client-factor-enhanced',
      type: 'choice',
      objectives: ['therapeutic-relationship', 'outcome-predictor'],
      time: '10:00:17',
      correctResponses: ['a'],
      weighting: '1',
      studentResponse: 'c',
      result: 'wrong',
      latency: '0000:00:12.34',
    });
  });

  test('2004 sends the choice ids, "incorrect", ISO latency and the prompt as description', () => {
    expect(scorm2004Interaction(input('client-factor-enhanced', { type: 'single', choice: 'independence' }, false))).toEqual({
      id: 'client-factor-enhanced',
      type: 'choice',
      objectives: ['therapeutic-relationship', 'outcome-predictor'],
      timestamp: '2024-05-01T10:00:17',
      correctResponses: ['motivation'],
      weighting: '1',
      learnerResponse: 'independence',
      result: 'incorrect',
      latency: 'PT12.34S',
      description: 'Research shows a strong therapeutic relationship primarily enhances which client factor?',
    });
  });

  test('a right answer is "correct" in both', () => {
    const response: QuestionResponse = { type: 'single', choice: 'motivation' };
    expect(scorm12Interaction(input('client-factor-enhanced', response, true))).toMatchObject({ studentResponse: 'a', result: 'correct' });
    expect(scorm2004Interaction(input('client-factor-enhanced', response, true))).toMatchObject({ learnerResponse: 'motivation', result: 'correct' });
  });
});

describe('multiple choice', () => {
  const picked: QuestionResponse = { type: 'multiple', choices: ['clear_roles', 'session_limits', 'friendship'] };

  test('1.2: comma-separated letters in course order', () => {
    const record = scorm12Interaction(input('professional-boundaries-examples', picked, false));
    expect(record.correctResponses).toEqual(['a,b,c']);
    expect(record.studentResponse).toBe('a,c,d');
    expect(record.type).toBe('choice');
  });

  test('2004: ids joined by [,] in course order', () => {
    const record = scorm2004Interaction(input('professional-boundaries-examples', picked, false));
    expect(record.correctResponses).toEqual(['session_limits[,]confidentiality[,]clear_roles']);
    expect(record.learnerResponse).toBe('session_limits[,]clear_roles[,]friendship');
  });
});

describe('true-false', () => {
  test('1.2 sends t/f', () => {
    const record = scorm12Interaction(input('predictor-one-approach', { type: 'true-false', value: false }, true));
    expect(record).toMatchObject({ type: 'true-false', studentResponse: 'f', correctResponses: ['f'], result: 'correct', objectives: ['outcome-predictor'] });
    expect(scorm12Interaction(input('predictor-one-approach', { type: 'true-false', value: true }, false)).studentResponse).toBe('t');
  });

  test('2004 sends true/false and exactly one pattern', () => {
    const record = scorm2004Interaction(input('predictor-one-approach', { type: 'true-false', value: true }, false));
    expect(record).toMatchObject({ type: 'true-false', learnerResponse: 'true', correctResponses: ['false'], result: 'incorrect' });
  });
});

describe('fill-in', () => {
  const typed: QuestionResponse = { type: 'fill-in', text: '  Therapeutic\n  Alliance ' };

  test('1.2: the text on one line, one pattern per accepted answer', () => {
    const record = scorm12Interaction(input('interchangeable-term', typed, true));
    expect(record).toMatchObject({
      type: 'fill-in',
      studentResponse: 'Therapeutic Alliance',
      correctResponses: ['therapeutic alliance', 'the therapeutic alliance'],
      objectives: ['therapeutic-alliance', 'therapeutic-relationship'],
    });
  });

  test('2004: several patterns, no case_matters prefix when case does not matter (the default)', () => {
    const record = scorm2004Interaction(input('interchangeable-term', typed, true));
    expect(record.learnerResponse).toBe('Therapeutic Alliance');
    expect(record.correctResponses).toEqual(['therapeutic alliance', 'the therapeutic alliance']);
  });

  test('2004: {case_matters=true} when the course compares case', () => {
    const record = scorm2004Interaction(input('interchangeable-term', typed, false, { caseSensitive: true }));
    expect(record.correctResponses).toEqual(['{case_matters=true}therapeutic alliance', '{case_matters=true}the therapeutic alliance']);
  });

  test('reserved delimiters and a leading brace in typed text are neutralised; long text is cut', () => {
    const tricky: QuestionResponse = { type: 'fill-in', text: '{lang=xx} a[,]b[.]c' };
    expect(scorm2004Interaction(input('interchangeable-term', tricky, false)).learnerResponse).toBe('(lang=xx} a,b.c');
    const long: QuestionResponse = { type: 'fill-in', text: 'x'.repeat(400) };
    expect(scorm2004Interaction(input('interchangeable-term', long, false)).learnerResponse).toHaveLength(250);
    expect(scorm12Interaction(input('interchangeable-term', long, false)).studentResponse).toHaveLength(255);
  });
});

describe('matching', () => {
  const swapped: QuestionResponse = {
    type: 'matching',
    matches: { rapport_trust: 'empathy', empathy: 'rapport_trust', collaboration: 'collaboration', boundaries: 'boundaries' },
  };

  test('1.2: source.target pairs, sources 1.., targets a..', () => {
    const record = scorm12Interaction(input('key-elements-match', swapped, false));
    expect(record.type).toBe('matching');
    expect(record.correctResponses).toEqual(['1.a,2.b,3.c,4.d']);
    expect(record.studentResponse).toBe('1.b,2.a,3.c,4.d');
  });

  test('2004: pair ids as source[.]target joined by [,]', () => {
    const record = scorm2004Interaction(input('key-elements-match', swapped, false));
    expect(record.correctResponses).toEqual(['rapport_trust[.]rapport_trust[,]empathy[.]empathy[,]collaboration[.]collaboration[,]boundaries[.]boundaries']);
    expect(record.learnerResponse).toBe('rapport_trust[.]empathy[,]empathy[.]rapport_trust[,]collaboration[.]collaboration[,]boundaries[.]boundaries');
    expect(record.objectives).toEqual(['rapport', 'empathy', 'collaboration', 'professional-boundaries']);
  });

  test('1.2: a 36th pair still has a source code, so no source goes by id beside coded ones', () => {
    const base = question(course, 'key-elements-match') as Extract<Question, { type: 'matching' }>;
    const pairs = Array.from({ length: 36 }, (_, i) => ({ id: i === 35 ? '9' : `p${i + 1}`, left: `L${i + 1}`, right: `R${i + 1}` }));
    const many = { ...base, pairs } as Question;
    const last: QuestionResponse = { type: 'matching', matches: { 9: '9', p9: 'p9' } };
    // Before, the 36th source went by its id "9", which read as the code of the 9th pair.
    expect(scorm12Interaction({ ...input('key-elements-match', last, false), question: many }).studentResponse).toBe('9.i,0.9');
  });

  test('an incomplete matching sends only the pairs made', () => {
    const partial: QuestionResponse = { type: 'matching', matches: { empathy: 'boundaries' } };
    expect(scorm12Interaction(input('key-elements-match', partial, false)).studentResponse).toBe('2.d');
    expect(scorm2004Interaction(input('key-elements-match', partial, false)).learnerResponse).toBe('empathy[.]boundaries');
  });
});

describe('ordering (sequencing)', () => {
  const order: QuestionResponse = { type: 'ordering', order: ['rapport', 'atmosphere', 'trust', 'deeper_work'] };

  test('1.2: letters of the items in the learner\'s order', () => {
    const record = scorm12Interaction(input('building-trust-order', order, false));
    expect(record).toMatchObject({ type: 'sequencing', studentResponse: 'b,a,c,d', correctResponses: ['a,b,c,d'] });
  });

  test('2004: item ids joined by [,]', () => {
    const record = scorm2004Interaction(input('building-trust-order', order, false));
    expect(record).toMatchObject({
      type: 'sequencing',
      learnerResponse: 'rapport[,]atmosphere[,]trust[,]deeper_work',
      correctResponses: ['atmosphere[,]rapport[,]trust[,]deeper_work'],
    });
  });
});

describe('unanswered and edge cases', () => {
  test('no response sends no learner response (Moodle rejects an empty choice response) and "wrong"/"incorrect"', () => {
    const r12 = scorm12Interaction(input('client-factor-enhanced', { type: 'single', choice: null }, false));
    const r04 = scorm2004Interaction(input('client-factor-enhanced', undefined, false));
    expect(r12.studentResponse).toBeUndefined();
    expect(r12.result).toBe('wrong');
    expect(r04.learnerResponse).toBeUndefined();
    expect(r04.result).toBe('incorrect');
    expect(scorm2004InteractionElements(0, r04).map(([element]) => element)).not.toContain('cmi.interactions.0.learner_response');
  });

  test('an empty multiple-choice answer sends no response in either version', () => {
    const none: QuestionResponse = { type: 'multiple', choices: [] };
    expect(scorm12Interaction(input('professional-boundaries-examples', none, false)).studentResponse).toBeUndefined();
    expect(scorm2004Interaction(input('professional-boundaries-examples', none, false)).learnerResponse).toBeUndefined();
  });

  test('a response of another type is treated as unanswered', () => {
    expect(scorm2004Interaction(input('predictor-one-approach', { type: 'fill-in', text: 'true' }, false)).learnerResponse).toBeUndefined();
  });

  test('a long prompt is cut to 250 characters with an ellipsis', () => {
    const base = question(course, 'client-factor-enhanced');
    const long = { ...base, prompt: `Which ${'very '.repeat(80)}long question?` } as Question;
    const record = scorm2004Interaction({ ...input('client-factor-enhanced', undefined, false), question: long });
    expect(record.description).toHaveLength(250);
    expect(record.description.endsWith('…')).toBe(true);
  });

  test('weighting carries the question weight', () => {
    const heavy = { ...question(course, 'client-factor-enhanced'), weight: 2.5 } as Question;
    expect(scorm12Interaction({ ...input('client-factor-enhanced', undefined, false), question: heavy }).weighting).toBe('2.5');
  });

  test('1.2: more than 36 choices falls back to ids (documented deviation)', () => {
    const base = question(course, 'client-factor-enhanced') as Extract<Question, { type: 'single' }>;
    const many = { ...base, choices: Array.from({ length: 40 }, (_, i) => ({ id: `c${i}`, text: `C${i}`, correct: i === 39 })) } as Question;
    const record = scorm12Interaction({ ...input('client-factor-enhanced', { type: 'single', choice: 'c2' }, false), question: many });
    expect(record.correctResponses).toEqual(['c39']);
    expect(record.studentResponse).toBe('c2');
  });
});

describe('element order', () => {
  test('2004: id, then type, before anything else', () => {
    const record = scorm2004Interaction(input('building-trust-order', { type: 'ordering', order: ['atmosphere', 'rapport', 'trust', 'deeper_work'] }, true));
    expect(scorm2004InteractionElements(3, record)).toEqual([
      ['cmi.interactions.3.id', 'building-trust-order'],
      ['cmi.interactions.3.type', 'sequencing'],
      ['cmi.interactions.3.objectives.0.id', 'rapport'],
      ['cmi.interactions.3.timestamp', '2024-05-01T10:00:17'],
      ['cmi.interactions.3.correct_responses.0.pattern', 'atmosphere[,]rapport[,]trust[,]deeper_work'],
      ['cmi.interactions.3.weighting', '1'],
      ['cmi.interactions.3.learner_response', 'atmosphere[,]rapport[,]trust[,]deeper_work'],
      ['cmi.interactions.3.result', 'correct'],
      ['cmi.interactions.3.latency', 'PT12.34S'],
      ['cmi.interactions.3.description', 'Put these steps in the order in which the lesson says the relationship is built, starting from its foundation.'],
    ]);
  });

  test('1.2: id first, the 1.2 element names (time, student_response)', () => {
    const record = scorm12Interaction(input('predictor-one-approach', { type: 'true-false', value: false }, true));
    expect(scorm12InteractionElements(0, record)).toEqual([
      ['cmi.interactions.0.id', 'predictor-one-approach'],
      ['cmi.interactions.0.objectives.0.id', 'outcome-predictor'],
      ['cmi.interactions.0.time', '10:00:17'],
      ['cmi.interactions.0.type', 'true-false'],
      ['cmi.interactions.0.correct_responses.0.pattern', 'f'],
      ['cmi.interactions.0.weighting', '1'],
      ['cmi.interactions.0.student_response', 'f'],
      ['cmi.interactions.0.result', 'correct'],
      ['cmi.interactions.0.latency', '0000:00:12.34'],
    ]);
  });
});
