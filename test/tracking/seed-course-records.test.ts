/**
 * Every value the SCORM modules produce for the seed course, sent through the strict
 * Moodle-style validator as one session per version: zero problems.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Question, ValidatedCourse } from '../../format/validated-course.ts';
import { correctResponse, emptyResponse, isCorrect } from '../../learning/answer-check.ts';
import { courseProgress } from '../../learning/course-progress.ts';
import { emptyLearnerState } from '../../learning/learner-state.ts';
import type { QuestionResponse } from '../../learning/responses.ts';
import { scoreAttempt } from '../../learning/scoring.ts';
import { scorm12Timespan, scorm2004Duration } from '../../tracking/scorm/cmi-time.ts';
import { exitValue } from '../../tracking/scorm/exit-value.ts';
import {
  scorm12Interaction,
  scorm12InteractionElements,
  scorm2004Interaction,
  scorm2004InteractionElements,
} from '../../tracking/scorm/interaction-record.ts';
import { locationFromRoute } from '../../tracking/scorm/location.ts';
import { objectiveElements, objectiveRecords, scoreElements } from '../../tracking/scorm/score-fields.ts';
import { scorm12Status, scorm2004Status, type StatusProgress } from '../../tracking/scorm/status-mapping.ts';
import { encodeLearnerState } from '../../tracking/core/learner-state-codec.ts';
import { SCORM_SETTINGS } from '../../tracking/scorm/scorm-version.ts';
import { MoodleValidator, type ScormVersion } from '../support/moodle-validator.ts';
import { loadSeedCourse } from './seed-course.ts';

let course: ValidatedCourse;
beforeAll(async () => {
  course = await loadSeedCourse();
});

/** A wrong answer of the question's type. */
function wrongResponse(question: Question): QuestionResponse {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: question.choices.find((choice) => !choice.correct)!.id };
    case 'multiple':
      return { type: 'multiple', choices: question.choices.filter((choice) => !choice.correct).map((choice) => choice.id) };
    case 'true-false':
      return { type: 'true-false', value: !question.answer };
    case 'fill-in':
      return { type: 'fill-in', text: 'la relación terapéutica [,] {x}' };
    case 'matching': {
      const ids = question.pairs.map((pair) => pair.id);
      return { type: 'matching', matches: Object.fromEntries(ids.map((id, index) => [id, ids[(index + 1) % ids.length]!])) };
    }
    case 'ordering':
      return { type: 'ordering', order: question.items.map((item) => item.id).reverse() };
  }
}

type Mode = 'right' | 'wrong' | 'mixed' | 'unanswered';
const MODES: Mode[] = ['right', 'wrong', 'mixed', 'unanswered'];

function answersFor(mode: Mode): Record<string, QuestionResponse> {
  const answers: Record<string, QuestionResponse> = {};
  course.questions.forEach((question, index) => {
    if (mode === 'unanswered') answers[question.id] = emptyResponse(question);
    else if (mode === 'right' || (mode === 'mixed' && index % 2 === 0)) answers[question.id] = correctResponse(question);
    else answers[question.id] = wrongResponse(question);
  });
  return answers;
}

function session(version: ScormVersion, mode: Mode): MoodleValidator {
  const validator = new MoodleValidator(version);
  const state = emptyLearnerState();
  const at = Date.UTC(2024, 4, 1, 10, 0, 0);
  const progressOf = (): StatusProgress => {
    const progress = courseProgress(course, state);
    return { ...progress.facts, sectionsViewed: progress.sectionsViewed, sectionsRequired: progress.sectionsRequired };
  };
  const status = (progress: StatusProgress): [string, string][] => {
    if (version === '1.2') return [['cmi.core.lesson_status', scorm12Status(course.settings, progress).lessonStatus]];
    const s = scorm2004Status(course.settings, progress);
    return [
      ['cmi.completion_status', s.completionStatus],
      ['cmi.success_status', s.successStatus],
      ['cmi.progress_measure', s.progressMeasure],
    ];
  };

  // Launch and lesson: status, a location per section.
  validator.setAll(status(progressOf()));
  for (const section of course.lessons[0]!.sections) {
    state.sections.push(section.id);
    const route = `/lesson/${section.id}`;
    validator.set(version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location', locationFromRoute(version, route));
    validator.setAll(status(progressOf()));
  }

  // Quiz: one interaction per question, then score, objectives and status.
  const answers = answersFor(mode);
  course.questions.forEach((question, index) => {
    const input = {
      question,
      response: answers[question.id],
      correct: isCorrect(question, answers[question.id], { caseSensitive: course.settings.quiz.caseSensitive }),
      latencyMs: 1_000 * (index + 1) + 5,
      at: at + index * 60_000,
      caseSensitive: course.settings.quiz.caseSensitive,
    };
    validator.setAll(
      version === '1.2'
        ? scorm12InteractionElements(index, scorm12Interaction(input))
        : scorm2004InteractionElements(index, scorm2004Interaction(input)),
    );
  });
  const score = scoreAttempt(course.questions, answers, course.settings.quiz);
  validator.setAll(scoreElements(version, score.score));
  objectiveRecords(version, score.concepts, course.settings.quiz.passingScore).forEach((record, index) =>
    validator.setAll(objectiveElements(version, index, record)),
  );
  state.quiz = { used: 1, passed: score.passed, best: score.score };
  validator.setAll(status(progressOf()));

  // Leaving: suspend data, session time, exit.
  validator.set('cmi.suspend_data', encodeLearnerState(state, SCORM_SETTINGS[version].suspendDataLimit).data);
  validator.set(version === '1.2' ? 'cmi.core.session_time' : 'cmi.session_time', version === '1.2' ? scorm12Timespan(5_400_123) : scorm2004Duration(5_400_123));
  validator.set(version === '1.2' ? 'cmi.core.exit' : 'cmi.exit', exitValue(version, courseProgress(course, state).complete));
  return validator;
}

describe.each(['1.2', '2004'] as const)('SCORM %s: every value for the seed course passes the strict validator', (version) => {
  test.each(MODES)('quiz answered %s', (mode) => {
    const validator = session(version, mode);
    expect(validator.problems).toEqual([]);
  });
});

describe('the seed course sessions', () => {
  test('record one interaction per question and one objective per tested concept', () => {
    const answers = answersFor('mixed');
    const score = scoreAttempt(course.questions, answers, course.settings.quiz);
    expect(course.questions).toHaveLength(8);
    expect(new Set(course.questions.map((question) => question.type))).toEqual(new Set(['single', 'multiple', 'true-false', 'fill-in', 'matching', 'ordering']));
    expect(objectiveRecords('2004', score.concepts, 80).map((record) => record.id)).toEqual(score.concepts.map((concept) => concept.conceptId));
  });
});
