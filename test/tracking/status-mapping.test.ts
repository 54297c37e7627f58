import { describe, expect, test } from 'vitest';
import { COMPLETION_RULES, STATUS_REPORTS, type CompletionRule, type StatusReport } from '../../format/completion-rules.ts';
import {
  neverDowngrade,
  progressMeasure,
  recordingPolicy,
  scorm12Status,
  scorm12StatusFor,
  scorm2004Status,
  scorm2004StatusFor,
  type StatusProgress,
} from '../../tracking/scorm/status-mapping.ts';
import { checkCmiValue } from '../support/moodle-validator.ts';

const p = (lessonViewed: boolean, quizSubmitted: boolean, quizPassed: boolean): StatusProgress => ({
  lessonViewed,
  quizSubmitted,
  quizPassed,
  sectionsViewed: lessonViewed ? 7 : 3,
  sectionsRequired: 7,
});

/** The learner situations every table row covers, in this order. */
const SITUATIONS: [string, StatusProgress][] = [
  ['nothing done', p(false, false, false)],
  ['lesson viewed', p(true, false, false)],
  ['quiz failed', p(false, true, false)],
  ['quiz passed', p(false, true, true)],
  ['lesson viewed, quiz failed', p(true, true, false)],
  ['lesson viewed, quiz passed', p(true, true, true)],
];

/** Expected 1.2 lesson_status per situation: P passed, C completed, F failed, I incomplete. */
const EXPECTED: Record<CompletionRule, Record<StatusReport, string>> = {
  'lesson-viewed': { 'passed-failed': 'IPFIFP', 'passed-incomplete': 'IPIICP', 'completed-incomplete': 'ICIICC', 'completed-failed': 'ICFICC' },
  'quiz-submitted': { 'passed-failed': 'IIFPFP', 'passed-incomplete': 'IICPCP', 'completed-incomplete': 'IICCCC', 'completed-failed': 'IICCCC' },
  'quiz-passed': { 'passed-failed': 'IIFPFP', 'passed-incomplete': 'IIIPIP', 'completed-incomplete': 'IIICIC', 'completed-failed': 'IIFCFC' },
  'lesson-viewed-and-quiz-submitted': { 'passed-failed': 'IIFIFP', 'passed-incomplete': 'IIIICP', 'completed-incomplete': 'IIIICC', 'completed-failed': 'IIFICC' },
  'lesson-viewed-and-quiz-passed': { 'passed-failed': 'IIFIFP', 'passed-incomplete': 'IIIIIP', 'completed-incomplete': 'IIIIIC', 'completed-failed': 'IIFIFC' },
};

const WORD = { P: 'passed', C: 'completed', F: 'failed', I: 'incomplete' } as const;
/** Expected 2004 completion_status per situation (C completed, I incomplete): the rule alone. */
const COMPLETION_2004: Record<CompletionRule, string> = {
  'lesson-viewed': 'ICIICC',
  'quiz-submitted': 'IICCCC',
  'quiz-passed': 'IIICIC',
  'lesson-viewed-and-quiz-submitted': 'IIIICC',
  'lesson-viewed-and-quiz-passed': 'IIIIIC',
};
/** Expected 2004 success_status per situation (P passed, F failed, U unknown): the quiz alone. */
const SUCCESS_2004: Record<StatusReport, string> = {
  'passed-failed': 'UUFPFP',
  'passed-incomplete': 'UUFPFP',
  'completed-failed': 'UUFPFP',
  'completed-incomplete': 'UUUUUU',
};
const COMPLETION_WORD = { C: 'completed', I: 'incomplete' } as const;
const SUCCESS_WORD = { P: 'passed', F: 'failed', U: 'unknown' } as const;

const rows = COMPLETION_RULES.flatMap((rule) =>
  STATUS_REPORTS.flatMap((report) =>
    SITUATIONS.map(([situation, progress], index) => ({
      rule,
      report,
      situation,
      progress,
      code: EXPECTED[rule][report][index] as keyof typeof WORD,
      completion: COMPLETION_2004[rule][index] as keyof typeof COMPLETION_WORD,
      success: SUCCESS_2004[report][index] as keyof typeof SUCCESS_WORD,
    })),
  ),
);

describe('status mapping: every completion rule × reportStatus × situation', () => {
  test('the table covers all 5 rules × 4 mappings × 6 situations', () => {
    expect(rows).toHaveLength(120);
  });

  test.each(rows)('$rule / $report / $situation → $code, 2004 $completion$success', ({ rule, report, progress, code, completion, success }) => {
    const settings = { completion: rule, reportStatus: report };
    expect(scorm12Status(settings, progress)).toEqual({ lessonStatus: WORD[code] });
    const status2004 = scorm2004Status(settings, progress);
    expect([status2004.completionStatus, status2004.successStatus]).toEqual([COMPLETION_WORD[completion], SUCCESS_WORD[success]]);
    // progress_measure is 1 exactly when complete.
    expect(status2004.progressMeasure === '1').toBe(status2004.completionStatus === 'completed');
    expect(checkCmiValue('1.2', 'cmi.core.lesson_status', WORD[code])).toEqual([]);
    expect(checkCmiValue('2004', 'cmi.completion_status', status2004.completionStatus)).toEqual([]);
    expect(checkCmiValue('2004', 'cmi.success_status', status2004.successStatus)).toEqual([]);
    expect(checkCmiValue('2004', 'cmi.progress_measure', status2004.progressMeasure)).toEqual([]);
  });
});

describe('progress_measure', () => {
  test('is the mean of the rule\'s parts, and below 1 until the rule is met', () => {
    expect(progressMeasure('lesson-viewed', { ...p(false, false, false), sectionsViewed: 2, sectionsRequired: 5 })).toBe(0.4);
    expect(progressMeasure('lesson-viewed-and-quiz-passed', p(true, true, false))).toBe(0.5);
    expect(progressMeasure('lesson-viewed-and-quiz-passed', { ...p(false, true, true), sectionsViewed: 7, sectionsRequired: 7 })).toBe(0.99);
    expect(progressMeasure('quiz-passed', p(true, true, false))).toBe(0);
    expect(progressMeasure('quiz-submitted', p(false, true, false))).toBe(1);
    expect(progressMeasure('lesson-viewed', { ...p(false, false, false), sectionsViewed: 0, sectionsRequired: 0 })).toBe(0);
  });

  test('is written with at most 4 decimals', () => {
    const status = scorm2004Status({ completion: 'lesson-viewed', reportStatus: 'passed-incomplete' }, { ...p(false, false, false), sectionsViewed: 1, sectionsRequired: 3 });
    expect(status.progressMeasure).toBe('0.3333');
  });
});

describe('mode and credit', () => {
  test.each([
    ['normal', 'credit', true, true],
    ['', '', true, true],
    ['normal', 'no-credit', true, false],
    ['browse', 'credit', false, false],
    ['review', 'credit', false, false],
    ['review', 'no-credit', false, false],
  ])('mode "%s", credit "%s": statuses %s, graded %s', (mode, credit, statuses, graded) => {
    expect(recordingPolicy(mode, credit)).toEqual({ statuses, graded });
  });

  test('browse and review change no status', () => {
    const policy = recordingPolicy('review', 'credit');
    expect(scorm12StatusFor(policy, { lessonStatus: 'passed' })).toBeUndefined();
    expect(scorm2004StatusFor(policy, { completionStatus: 'completed', successStatus: 'passed', progressMeasure: '1' })).toBeUndefined();
  });

  test('no-credit drops the judgement but keeps completion', () => {
    const policy = recordingPolicy('normal', 'no-credit');
    expect(scorm12StatusFor(policy, { lessonStatus: 'passed' })).toEqual({ lessonStatus: 'completed' });
    expect(scorm12StatusFor(policy, { lessonStatus: 'failed' })).toEqual({ lessonStatus: 'incomplete' });
    expect(scorm2004StatusFor(policy, { completionStatus: 'completed', successStatus: 'passed', progressMeasure: '1' })).toEqual({
      completionStatus: 'completed',
      successStatus: 'unknown',
      progressMeasure: '1',
    });
  });

  test('normal credit passes statuses through', () => {
    expect(scorm12StatusFor(recordingPolicy('normal', 'credit'), { lessonStatus: 'failed' })).toEqual({ lessonStatus: 'failed' });
  });
});

describe('neverDowngrade', () => {
  test('a recorded pass and a higher score survive a weaker retake', () => {
    expect(neverDowngrade({ lessonStatus: 'passed', scoreRaw: 90 }, { lessonStatus: 'failed', scoreRaw: 50 })).toEqual({ lessonStatus: 'passed', scoreRaw: 90 });
    expect(
      neverDowngrade(
        { completionStatus: 'completed', successStatus: 'passed', scoreRaw: 90, progressMeasure: 1 },
        { completionStatus: 'incomplete', successStatus: 'failed', scoreRaw: 40, progressMeasure: 0.5 },
      ),
    ).toEqual({ completionStatus: 'completed', successStatus: 'passed', scoreRaw: 90, progressMeasure: 1 });
  });

  test('a better result replaces a worse one', () => {
    expect(neverDowngrade({ lessonStatus: 'failed', scoreRaw: 50 }, { lessonStatus: 'passed', scoreRaw: 85 })).toEqual({ lessonStatus: 'passed', scoreRaw: 85 });
    expect(neverDowngrade({ lessonStatus: 'failed' }, { lessonStatus: 'completed' })).toEqual({ lessonStatus: 'completed' });
    expect(neverDowngrade({ lessonStatus: 'not attempted' }, { lessonStatus: 'incomplete' })).toEqual({ lessonStatus: 'incomplete' });
    expect(neverDowngrade({ successStatus: 'unknown', completionStatus: 'unknown' }, { successStatus: 'failed', completionStatus: 'incomplete' })).toEqual({
      successStatus: 'failed',
      completionStatus: 'incomplete',
    });
  });

  test('completed is not replaced by failed or incomplete; failed not by incomplete', () => {
    expect(neverDowngrade({ lessonStatus: 'completed' }, { lessonStatus: 'failed' }).lessonStatus).toBe('completed');
    expect(neverDowngrade({ lessonStatus: 'completed' }, { lessonStatus: 'incomplete' }).lessonStatus).toBe('completed');
    expect(neverDowngrade({ lessonStatus: 'failed' }, { lessonStatus: 'incomplete' }).lessonStatus).toBe('failed');
  });

  test('what was never recorded is taken from next, and what next lacks is kept', () => {
    expect(neverDowngrade({}, { lessonStatus: 'incomplete', scoreRaw: 0 })).toEqual({ lessonStatus: 'incomplete', scoreRaw: 0 });
    expect(neverDowngrade({ scoreRaw: 70 }, { lessonStatus: 'incomplete' })).toEqual({ lessonStatus: 'incomplete', scoreRaw: 70 });
  });

  test('progress is 1 whenever the kept completion is completed', () => {
    expect(neverDowngrade({ completionStatus: 'completed' }, { completionStatus: 'incomplete', progressMeasure: 0.5 })).toEqual({
      completionStatus: 'completed',
      progressMeasure: 1,
    });
  });

  test('a new attempt starts from next', () => {
    expect(neverDowngrade({ lessonStatus: 'passed', scoreRaw: 90 }, { lessonStatus: 'incomplete' }, { newAttempt: true })).toEqual({ lessonStatus: 'incomplete' });
  });
});
