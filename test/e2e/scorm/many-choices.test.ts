/**
 * A single-choice question with 40 choices, played through scorm-again for SCORM 1.2 and 2004.
 * SCORM 1.2 has 36 one-character codes (`format/scorm12-option-codes.ts`); past them every
 * choice goes by its id, mapped as interaction ids are (`cell.wall` → `cell__wall`), never a mix
 * of codes and ids. The exact values the LMS stores are read back: the learner's choice and the
 * right one, each told apart from the other 39, so the package records correct data and the
 * build lets the question through with a warning (LMS105; test/course/every-problem-at-once.test.ts
 * has it and the cases it refuses).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firstLaunchData, type ScormVersion } from '../../support/lms-harness/launch-data.ts';
import { failedCalls, storedInteractions, validatorProblems } from './data-model.ts';
import { answer, resultScore, startQuiz } from './learner.ts';
import { SCORM_FORMATS as FORMATS, startQuizCourseRun, type QuizCourseRun } from './quiz-course-run.ts';

const CHOICES = Array.from({ length: 40 }, (_, i) => (i === 39 ? '      - { id: cell.wall, text: The cell wall, correct: true }\n' : `      - { id: c${i + 1}, text: Option ${i + 1} }\n`)).join('');

const QUIZ = `questions:
  - id: wall
    type: single
    prompt: What keeps a plant cell in shape?
    choices:
${CHOICES}    explanation: See "The cell".
`;

const VERSION = { scorm12: '1.2', scorm2004: '2004' } as const satisfies Record<(typeof FORMATS)[number], ScormVersion>;

/** What the LMS must hold after the learner picked Option 38, per version. */
const EXPECTED = {
  scorm12: { id: 'wall', type: 'choice', response: 'c38', patterns: ['cell__wall'], result: 'wrong' },
  scorm2004: { id: 'wall', type: 'choice', response: 'c38', patterns: ['cell.wall'], result: 'incorrect' },
};

/**
 * What an LMS holding SCORM 1.2 to its letter would answer (the strict validator; Moodle itself
 * does not check 1.2 response formats): the ids are not single characters. Hence LMS105 is a
 * warning, not an error: scorm-again and Moodle store the answer whole.
 */
const STRICT_12 = [
  '405 cmi.interactions.0.correct_responses.0.pattern is not a SCORM 1.2 choice response (single characters [0-9a-z], comma-separated) (value "cell__wall")',
  '405 cmi.interactions.0.student_response is not a SCORM 1.2 choice response (single characters [0-9a-z], comma-separated) (value "c38")',
];

describe('a question with more choices than SCORM 1.2 has codes', () => {
  let run: QuizCourseRun;

  beforeAll(async () => {
    run = await startQuizCourseRun(QUIZ);
  }, 300_000);

  afterAll(async () => {
    await run?.close();
  });

  test.each(FORMATS)(
    '%s: the 38th of 40 choices and the right one are stored by id',
    async (format) => {
      const version = VERSION[format];
      const initial = firstLaunchData(run.built.packages[format]!.manifest);
      const launched = await run.lms.launch(format, initial);
      const { frame } = launched;
      await startQuiz(frame);
      await answer(frame, { kind: 'radio', label: 'Option 38' });
      await frame.getByRole('button', { name: 'Check', exact: true }).click();
      await frame.getByRole('button', { name: 'Submit quiz', exact: true }).click();
      expect(await resultScore(frame)).toBe('Your score: 0%');
      const { stored, calls } = await run.lms.leave(launched);

      expect(failedCalls(calls), 'calls the LMS refused').toEqual([]);
      expect(validatorProblems(version, calls, initial), 'values a strict LMS would refuse').toEqual(format === 'scorm12' ? STRICT_12 : []);
      const interactions = storedInteractions(version, stored).map(({ id, type, response, patterns, result }) => ({ id, type, response, patterns, result }));
      expect(interactions).toEqual([EXPECTED[format]]);
    },
    120_000,
  );
});
