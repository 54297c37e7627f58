import { describe, expect, test } from 'vitest';
import { checkCmiValue, elementModel, MoodleValidator, type ScormVersion } from './moodle-validator.ts';

const codes = (version: ScormVersion, element: string, value: string, interactionType?: string): string[] =>
  checkCmiValue(version, element, value, interactionType ? { interactionType } : {}).map((problem) => problem.code);

describe('element models', () => {
  test('indices become n', () => {
    expect(elementModel('cmi.interactions.12.objectives.0.id')).toBe('cmi.interactions.n.objectives.n.id');
    expect(elementModel('cmi.core.score.raw')).toBe('cmi.core.score.raw');
  });
});

describe('SCORM 1.2 values', () => {
  test.each([
    ['cmi.core.lesson_status', 'passed'],
    ['cmi.core.lesson_status', 'incomplete'],
    ['cmi.core.lesson_status', 'browsed'],
    ['cmi.core.score.raw', '0'],
    ['cmi.core.score.raw', '85.5'],
    ['cmi.core.score.raw', '100'],
    ['cmi.core.score.raw', ''],
    ['cmi.core.score.max', '100'],
    ['cmi.core.session_time', '0000:01:00.00'],
    ['cmi.core.session_time', '12:30:00'],
    ['cmi.core.exit', ''],
    ['cmi.core.exit', 'suspend'],
    ['cmi.core.exit', 'logout'],
    ['cmi.core.lesson_location', 'x'.repeat(255)],
    ['cmi.suspend_data', 'x'.repeat(4096)],
    ['cmi.interactions.0.id', 'client-factor-enhanced'],
    ['cmi.interactions.0.time', '23:59:59'],
    ['cmi.interactions.0.type', 'sequencing'],
    ['cmi.interactions.0.result', 'wrong'],
    ['cmi.interactions.0.result', '0.5'],
    ['cmi.interactions.0.weighting', '-100'],
    ['cmi.interactions.0.latency', '0000:00:12.34'],
    ['cmi.objectives.0.status', 'not attempted'],
  ])('%s = %j passes', (element, value) => {
    expect(checkCmiValue('1.2', element, value)).toEqual([]);
  });

  test.each([
    ['cmi.core.lesson_status', 'not attempted', '405'],
    ['cmi.core.lesson_status', 'Passed', '405'],
    ['cmi.core.lesson_status', 'unknown', '405'],
    ['cmi.core.score.raw', '150', '405'],
    ['cmi.core.score.raw', '-1', '405'],
    ['cmi.core.score.raw', '85.555', '405'],
    ['cmi.core.score.raw', 'abc', '405'],
    ['cmi.core.session_time', 'PT5M', '405'],
    ['cmi.core.session_time', '0:01:00', '405'],
    ['cmi.core.session_time', '00:01:00.123', '405'],
    ['cmi.core.session_time', '00:61:00', '405'],
    ['cmi.core.exit', 'normal', '405'],
    ['cmi.core.exit', 'finished', '405'],
    ['cmi.core.lesson_location', 'x'.repeat(256), '405'],
    ['cmi.suspend_data', 'x'.repeat(4097), '405'],
    ['cmi.interactions.0.id', 'has space', '405'],
    ['cmi.interactions.0.id', '', '405'],
    ['cmi.interactions.0.id', 'é', '405'],
    ['cmi.interactions.0.time', '24:00:00', '405'],
    ['cmi.interactions.0.time', '2024-05-01T10:00:00', '405'],
    ['cmi.interactions.0.type', 'long-fill-in', '405'],
    ['cmi.interactions.0.type', 'other', '405'],
    ['cmi.interactions.0.result', 'incorrect', '405'],
    ['cmi.interactions.0.weighting', '101', '405'],
    ['cmi.core.student_id', 'x', '403'],
    ['cmi.core.lesson_mode', 'normal', '403'],
    ['cmi.interactions._count', '1', '403'],
    ['cmi.location', '/x', '201'],
    ['cmi.completion_status', 'completed', '201'],
  ])('%s = %j fails with %s', (element, value, code) => {
    expect(codes('1.2', element, value)).toContain(code);
  });

  test('the 1.2 response formats are checked per type (single characters)', () => {
    expect(codes('1.2', 'cmi.interactions.0.student_response', 'a,c', 'choice')).toEqual([]);
    expect(codes('1.2', 'cmi.interactions.0.student_response', 'motivation', 'choice')).toEqual(['405']);
    expect(codes('1.2', 'cmi.interactions.0.student_response', 't', 'true-false')).toEqual([]);
    expect(codes('1.2', 'cmi.interactions.0.student_response', 'true', 'true-false')).toEqual(['405']);
    expect(codes('1.2', 'cmi.interactions.0.student_response', '1.a,2.b', 'matching')).toEqual([]);
    expect(codes('1.2', 'cmi.interactions.0.student_response', '1[.]a', 'matching')).toEqual(['405']);
    expect(codes('1.2', 'cmi.interactions.0.correct_responses.0.pattern', 'b,a,c', 'sequencing')).toEqual([]);
    expect(codes('1.2', 'cmi.interactions.0.student_response', 'any text at all', 'fill-in')).toEqual([]);
    expect(codes('1.2', 'cmi.interactions.0.student_response', 'x'.repeat(256), 'fill-in')).toEqual(['405']);
  });
});

describe('SCORM 2004 values', () => {
  test.each([
    ['cmi.completion_status', 'completed'],
    ['cmi.success_status', 'unknown'],
    ['cmi.score.scaled', '-1'],
    ['cmi.score.scaled', '0.8567'],
    ['cmi.score.raw', '85.5'],
    ['cmi.progress_measure', '0.5'],
    ['cmi.session_time', 'PT0S'],
    ['cmi.session_time', 'PT1H2M3.45S'],
    ['cmi.session_time', 'P1DT2H'],
    ['cmi.exit', 'normal'],
    ['cmi.exit', 'suspend'],
    ['cmi.location', 'x'.repeat(1000)],
    ['cmi.suspend_data', 'x'.repeat(64_000)],
    ['cmi.interactions.0.id', 'client-factor-enhanced'],
    ['cmi.interactions.0.timestamp', '2024-05-01T10:00:00'],
    ['cmi.interactions.0.timestamp', '2024-05-01T10:00:00.5Z'],
    ['cmi.interactions.0.timestamp', '2024'],
    ['cmi.interactions.0.result', 'incorrect'],
    ['cmi.interactions.0.latency', 'PT12.34S'],
    ['cmi.interactions.0.description', 'Which one?'],
    ['cmi.interactions.0.description', '{lang=en}Which one?'],
    ['cmi.objectives.0.id', 'therapeutic-relationship'],
    ['adl.nav.request', 'continue'],
  ])('%s = %j passes', (element, value) => {
    expect(checkCmiValue('2004', element, value)).toEqual([]);
  });

  test.each([
    ['cmi.completion_status', 'passed', '406'],
    ['cmi.success_status', 'Passed', '406'],
    ['cmi.score.scaled', '1.5', '407'],
    ['cmi.score.scaled', '90', '407'],
    ['cmi.score.raw', '1e2', '406'],
    ['cmi.score.raw', '123456', '406'],
    ['cmi.progress_measure', '1.2', '407'],
    ['cmi.session_time', 'PT0.123S', '406'],
    ['cmi.session_time', 'P1W', '406'],
    ['cmi.session_time', '01:02:03', '406'],
    ['cmi.session_time', 'PT1.5H', '406'],
    ['cmi.exit', 'finished', '406'],
    ['cmi.location', 'x'.repeat(1001), '406'],
    ['cmi.suspend_data', 'x'.repeat(64_001), '406'],
    ['cmi.interactions.0.id', 'has space', '406'],
    ['cmi.interactions.0.id', 'ends-with-dash-', '406'],
    ['cmi.interactions.0.timestamp', '2024-05-01T10:00:00Z', '406'],
    ['cmi.interactions.0.timestamp', '2024-05-01T10:00:00.000Z', '406'],
    ['cmi.interactions.0.timestamp', '2024-05-01T10:00:00.123', '406'],
    ['cmi.interactions.0.timestamp', '2039-01-01T00:00:00', '406'],
    ['cmi.interactions.0.timestamp', '1969-12-31T23:59:59', '406'],
    ['cmi.interactions.0.result', 'wrong', '406'],
    ['cmi.interactions.0.latency', '0000:00:12.34', '406'],
    ['cmi.interactions.0.description', 'x'.repeat(251), '406'],
    ['cmi.interactions.0.description', 'two\nlines', '406'],
    ['cmi.interactions.0.type', 'essay', '406'],
    ['cmi.learner_id', 'x', '404'],
    ['cmi.mode', 'normal', '404'],
    ['cmi.core.lesson_status', 'passed', '401'],
  ])('%s = %j fails with %s', (element, value, code) => {
    expect(codes('2004', element, value)).toContain(code);
  });

  test('learner responses and patterns are checked per type, with Moodle\'s short identifiers', () => {
    const lr = 'cmi.interactions.0.learner_response';
    const cr = 'cmi.interactions.0.correct_responses.0.pattern';
    expect(codes('2004', lr, 'true', 'true-false')).toEqual([]);
    expect(codes('2004', lr, 't', 'true-false')).toEqual(['406']);
    expect(codes('2004', lr, 'motivation[,]clear_roles', 'choice')).toEqual([]);
    expect(codes('2004', lr, 'a[,]a', 'choice')).toEqual(['406']);
    expect(codes('2004', lr, 'choice-a', 'choice')).toEqual(['406']);
    expect(codes('2004', lr, '', 'choice')).toEqual(['406']);
    expect(codes('2004', lr, 'a,b', 'choice')).toEqual(['406']);
    expect(codes('2004', lr, 'empathy[.]rapport_trust[,]boundaries[.]boundaries', 'matching')).toEqual([]);
    expect(codes('2004', lr, 'empathy.rapport', 'matching')).toEqual(['406']);
    expect(codes('2004', lr, 'atmosphere[,]rapport', 'sequencing')).toEqual([]);
    expect(codes('2004', lr, 'therapeutic alliance', 'fill-in')).toEqual([]);
    expect(codes('2004', lr, 'x'.repeat(251), 'fill-in')).toEqual(['406']);
    expect(codes('2004', cr, '{case_matters=true}therapeutic alliance', 'fill-in')).toEqual([]);
    expect(codes('2004', cr, '{case_matters=maybe}x', 'fill-in')).toEqual(['406']);
    expect(codes('2004', cr, '', 'choice')).toEqual([]);
    expect(codes('2004', cr, Array.from({ length: 37 }, (_, i) => `c${i}`).join('[,]'), 'choice')).toEqual(['351']);
    expect(codes('2004', cr, '10[:]20', 'numeric')).toEqual([]);
    expect(codes('2004', cr, '10', 'numeric')).toEqual(['406']);
  });
});

describe('a session of SetValue calls', () => {
  test('2004: id first, type before responses, one true-false pattern, no repeated choice pattern', () => {
    const validator = new MoodleValidator('2004');
    expect(validator.set('cmi.interactions.0.type', 'choice').map((p) => p.code)).toEqual(['408']);
    expect(validator.set('cmi.interactions.0.id', 'q1')).toEqual([]);
    expect(validator.set('cmi.interactions.0.learner_response', 'a').map((p) => p.code)).toEqual(['408']);
    expect(validator.set('cmi.interactions.0.type', 'choice')).toEqual([]);
    expect(validator.set('cmi.interactions.0.correct_responses.0.pattern', 'a')).toEqual([]);
    expect(validator.set('cmi.interactions.0.correct_responses.1.pattern', 'a').map((p) => p.code)).toEqual(['351']);
    expect(validator.set('cmi.interactions.0.correct_responses.3.pattern', 'b').map((p) => p.code)).toEqual(['351']);
    expect(validator.set('cmi.interactions.2.id', 'q3').map((p) => p.code)).toEqual(['351']);
    validator.setAll([
      ['cmi.interactions.1.id', 'q2'],
      ['cmi.interactions.1.type', 'true-false'],
      ['cmi.interactions.1.correct_responses.0.pattern', 'true'],
    ]);
    expect(validator.set('cmi.interactions.1.correct_responses.1.pattern', 'false').map((p) => p.code)).toEqual(['351']);
    expect(validator.set('cmi.interactions.1.learner_response', 't').map((p) => p.code)).toEqual(['406']);
  });

  test('2004: objective ids are unique and write-once; id before score', () => {
    const validator = new MoodleValidator('2004');
    expect(validator.set('cmi.objectives.0.score.raw', '50').map((p) => p.code)).toEqual(['408']);
    expect(validator.set('cmi.objectives.0.id', 'rapport')).toEqual([]);
    expect(validator.set('cmi.objectives.0.id', 'empathy').map((p) => p.code)).toEqual(['351']);
    expect(validator.set('cmi.objectives.1.id', 'rapport').map((p) => p.code)).toEqual(['351']);
    expect(validator.set('cmi.objectives.3.id', 'x').map((p) => p.code)).toEqual(['351']);
  });

  test('1.2: an index gap is 201, and the recorded type drives the response format', () => {
    const validator = new MoodleValidator('1.2');
    expect(validator.set('cmi.interactions.1.id', 'q2').map((p) => p.code)).toEqual(['201']);
    validator.setAll([
      ['cmi.interactions.0.id', 'q1'],
      ['cmi.interactions.0.type', 'choice'],
    ]);
    expect(validator.set('cmi.interactions.0.student_response', 'motivation').map((p) => p.code)).toEqual(['405']);
    expect(validator.set('cmi.interactions.0.student_response', 'a')).toEqual([]);
    expect(validator.problems.map((p) => p.code)).toEqual(['201', '405']);
  });

  test('problems name the element and the rule', () => {
    const [problem] = checkCmiValue('1.2', 'cmi.core.exit', 'normal');
    expect(problem).toMatchObject({ element: 'cmi.core.exit', value: 'normal', code: '405' });
    expect(problem!.message).toContain('SCORM 1.2 does not have');
  });
});
