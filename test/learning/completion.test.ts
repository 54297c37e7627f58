import { expect, test } from 'vitest';
import { COMPLETION_RULES } from '../../format/completion-rules.ts';
import { isCourseComplete, quizVerdict, reportedStatus } from '../../learning/completion.ts';

const none = { lessonViewed: false, quizSubmitted: false, quizPassed: false };
const all = { lessonViewed: true, quizSubmitted: true, quizPassed: true };

test('every rule is unmet with nothing done and met with everything done', () => {
  for (const rule of COMPLETION_RULES) {
    expect(isCourseComplete(rule, none), rule).toBe(false);
    expect(isCourseComplete(rule, all), rule).toBe(true);
  }
});

test('combined rules need both parts', () => {
  expect(isCourseComplete('lesson-viewed-and-quiz-passed', { ...all, lessonViewed: false })).toBe(false);
  expect(isCourseComplete('lesson-viewed-and-quiz-passed', { ...all, quizPassed: false })).toBe(false);
  expect(isCourseComplete('lesson-viewed-and-quiz-submitted', { lessonViewed: true, quizSubmitted: true, quizPassed: false })).toBe(true);
  expect(isCourseComplete('quiz-submitted', { ...none, quizSubmitted: true })).toBe(true);
});

test('reported status uses the first word when met and the second otherwise', () => {
  expect(reportedStatus('passed-incomplete', 'quiz-passed', all)).toBe('passed');
  expect(reportedStatus('passed-incomplete', 'quiz-passed', none)).toBe('incomplete');
  expect(reportedStatus('completed-incomplete', 'lesson-viewed', { ...none, lessonViewed: true })).toBe('completed');
});

test('"failed" is reported only after a failed submission', () => {
  expect(reportedStatus('passed-failed', 'quiz-passed', none)).toBe('incomplete');
  expect(reportedStatus('passed-failed', 'quiz-passed', { ...none, quizSubmitted: true })).toBe('failed');
  expect(reportedStatus('completed-failed', 'lesson-viewed-and-quiz-passed', { lessonViewed: false, quizSubmitted: true, quizPassed: true })).toBe(
    'incomplete',
  );
});

test('"passed" never describes a failed quiz, even where the rule counts the course complete', () => {
  const failed = { lessonViewed: true, quizSubmitted: true, quizPassed: false };
  expect(reportedStatus('passed-failed', 'quiz-submitted', failed)).toBe('failed');
  expect(reportedStatus('passed-incomplete', 'quiz-submitted', failed)).toBe('completed');
  expect(reportedStatus('passed-incomplete', 'lesson-viewed', failed)).toBe('completed');
  expect(reportedStatus('completed-incomplete', 'quiz-submitted', failed)).toBe('completed');
  expect(reportedStatus('passed-failed', 'quiz-submitted', { ...failed, quizPassed: true })).toBe('passed');
});

test('the quiz verdict is unknown until a submit, and under completed-incomplete', () => {
  const none = { lessonViewed: false, quizSubmitted: false, quizPassed: false };
  expect(quizVerdict('passed-incomplete', none)).toBe('unknown');
  expect(quizVerdict('passed-incomplete', { ...none, quizSubmitted: true })).toBe('failed');
  expect(quizVerdict('completed-failed', { ...none, quizSubmitted: true, quizPassed: true })).toBe('passed');
  expect(quizVerdict('completed-incomplete', { ...none, quizSubmitted: true, quizPassed: true })).toBe('unknown');
});
