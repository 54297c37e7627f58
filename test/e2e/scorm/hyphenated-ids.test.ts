/**
 * Ids with hyphens, as authors converting other courses write them (`rub-is-faster`), played
 * through scorm-again for SCORM 1.2 and 2004. The exact ids and patterns the LMS stores are
 * checked, and every value passes the Moodle-style validator, which refuses hyphens in 2004
 * short identifiers: `format/lms-ids.ts` maps them to `_` there and nowhere else.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firstLaunchData, type ScormVersion } from '../../support/lms-harness/launch-data.ts';
import { failedCalls, storedInteractions, storedObjectives, validatorProblems } from './data-model.ts';
import { answer, resultScore, startQuiz } from './learner.ts';
import { SCORM_FORMATS as FORMATS, startQuizCourseRun, type QuizCourseRun } from './quiz-course-run.ts';

const QUIZ = `questions:
  - id: rub-or-wash
    type: single
    prompt: Which cleans visibly clean hands faster?
    choices:
      - id: rub-is-faster
        text: Hand rub
        correct: true
      - id: wash-is-faster
        text: Hand washing
    explanation: A rub takes 20 to 30 seconds, a wash 40 to 60.
    concepts: [cell]
  - id: cell.parts
    type: matching
    prompt: Match the parts.
    pairs:
      - id: outer-membrane
        left: Membrane
        right: Keeps the inside in
      - id: cell.nucleus
        left: Nucleus
        right: Holds the DNA
    explanation: See "Parts".
    concepts: [outer-membrane]
`;

const VERSION = { scorm12: '1.2', scorm2004: '2004' } as const satisfies Record<(typeof FORMATS)[number], ScormVersion>;

/** What the LMS must hold after both questions are answered right, per version. */
const EXPECTED = {
  scorm12: {
    interactions: [
      { id: 'rub-or-wash', type: 'choice', objectives: ['concept__cell'], response: 'a', patterns: ['a'], result: 'correct' },
      { id: 'cell__parts', type: 'matching', objectives: ['concept__outer-membrane'], response: '1.a,2.b', patterns: ['1.a,2.b'], result: 'correct' },
    ],
    objectives: ['concept__cell', 'concept__outer-membrane'],
  },
  scorm2004: {
    interactions: [
      { id: 'rub-or-wash', type: 'choice', objectives: ['concept.cell'], response: 'rub_is_faster', patterns: ['rub_is_faster'], result: 'correct' },
      {
        id: 'cell.parts',
        type: 'matching',
        objectives: ['concept.outer-membrane'],
        response: 'outer_membrane[.]outer_membrane[,]cell.nucleus[.]cell.nucleus',
        patterns: ['outer_membrane[.]outer_membrane[,]cell.nucleus[.]cell.nucleus'],
        result: 'correct',
      },
    ],
    objectives: ['course.cells', 'concept.cell', 'concept.outer-membrane'],
  },
};

describe('hyphenated ids reach the LMS in the forms it accepts', () => {
  let run: QuizCourseRun;

  beforeAll(async () => {
    run = await startQuizCourseRun(QUIZ, [{ file: 'concepts.yaml', find: '      - id: membrane\n', replace: '      - id: outer-membrane\n' }]);
  }, 300_000);

  afterAll(async () => {
    await run?.close();
  });

  test('the 2004 manifest names the objectives the tracker writes', () => {
    expect(run.built.packages.scorm2004!.manifest.objectiveIds).toEqual(EXPECTED.scorm2004.objectives);
  });

  test.each(FORMATS)(
    '%s: both questions answered right',
    async (format) => {
      const version = VERSION[format];
      const initial = firstLaunchData(run.built.packages[format]!.manifest, { preloadObjectives: true });
      const launched = await run.lms.launch(format, initial);
      const { frame } = launched;
      await startQuiz(frame);
      await answer(frame, { kind: 'radio', label: 'Hand rub' });
      await frame.getByRole('button', { name: 'Check', exact: true }).click();
      await frame.getByRole('button', { name: 'Next', exact: true }).click();
      await answer(frame, { kind: 'match', picks: [['Membrane', 'Keeps the inside in'], ['Nucleus', 'Holds the DNA']] });
      await frame.getByRole('button', { name: 'Check', exact: true }).click();
      await frame.getByRole('button', { name: 'Submit quiz', exact: true }).click();
      expect(await resultScore(frame)).toBe('Your score: 100%');
      const { stored, calls } = await run.lms.leave(launched);

      expect(failedCalls(calls), 'calls the LMS refused').toEqual([]);
      expect(validatorProblems(version, calls, initial), 'values Moodle would refuse').toEqual([]);
      const interactions = storedInteractions(version, stored).map(({ id, type, objectives, response, patterns, result }) => ({ id, type, objectives, response, patterns, result }));
      expect(interactions).toEqual(EXPECTED[format].interactions);
      expect(storedObjectives(version, stored).map((objective) => objective.id)).toEqual(EXPECTED[format].objectives);
    },
    120_000,
  );
});
