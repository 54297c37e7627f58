import { describe, expect, test } from 'vitest';
import { objectiveElements, objectiveRecords, scoreElements, scoreFields } from '../../tracking/scorm/score-fields.ts';
import type { ConceptScore } from '../../learning/scoring.ts';
import { MoodleValidator } from '../support/moodle-validator.ts';

describe('score fields', () => {
  test.each([
    [0, '0', '0'],
    [80, '80', '0.8'],
    [66.666, '66.67', '0.6667'],
    [100, '100', '1'],
    [12.5, '12.5', '0.125'],
    [150, '100', '1'],
    [-3, '0', '0'],
  ])('score %d is raw %s, scaled %s', (score, raw, scaled) => {
    expect(scoreFields('1.2', score)).toEqual({ raw, min: '0', max: '100' });
    expect(scoreFields('2004', score)).toEqual({ raw, min: '0', max: '100', scaled });
  });

  test('scaled always equals raw / 100', () => {
    for (let score = 0; score <= 100; score += 0.37) {
      const fields = scoreFields('2004', score);
      expect(Number(fields.scaled)).toBeCloseTo(Number(fields.raw) / 100, 10);
    }
  });

  test('raw is written last, after min and max', () => {
    expect(scoreElements('1.2', 85)).toEqual([
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', '85'],
    ]);
    expect(scoreElements('2004', 85)).toEqual([
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
      ['cmi.score.scaled', '0.85'],
      ['cmi.score.raw', '85'],
    ]);
  });
});

describe('objectives', () => {
  const concepts: ConceptScore[] = [
    { conceptId: 'rapport', earned: 2, possible: 2, score: 100, questionIds: ['q1', 'q2'] },
    { conceptId: 'empathy.core', earned: 1, possible: 3, score: 33.33, questionIds: ['q1', 'q3', 'q4'] },
    { conceptId: 'edge', earned: 4, possible: 5, score: 80, questionIds: ['q5'] },
  ];

  test('1.2: one objective per concept with score and passed/failed status', () => {
    expect(objectiveRecords('1.2', concepts, 80)).toEqual([
      { id: 'rapport', score: { raw: '100', min: '0', max: '100' }, status: 'passed' },
      { id: 'empathy__core', score: { raw: '33.33', min: '0', max: '100' }, status: 'failed' },
      { id: 'edge', score: { raw: '80', min: '0', max: '100' }, status: 'passed' },
    ]);
  });

  test('2004: scaled score, success and completion status', () => {
    expect(objectiveRecords('2004', concepts, 80)[1]).toEqual({
      id: 'empathy.core',
      score: { raw: '33.33', min: '0', max: '100', scaled: '0.3333' },
      successStatus: 'failed',
      completionStatus: 'completed',
    });
  });

  test('elements start with the id and pass the strict validator', () => {
    for (const version of ['1.2', '2004'] as const) {
      const validator = new MoodleValidator(version);
      objectiveRecords(version, concepts, 80).forEach((record, index) => {
        const elements = objectiveElements(version, index, record);
        expect(elements[0]).toEqual([`cmi.objectives.${index}.id`, record.id]);
        validator.setAll(elements);
      });
      expect(validator.problems).toEqual([]);
    }
  });
});
