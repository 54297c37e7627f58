/**
 * The SCORM 1.2 and 2004 trackers against a small in-memory API (tracker logic only; the real
 * LMS runtime is in the end-to-end tests): what is sent when, never downgrading, mode and
 * credit, failures, the mirror, and every value through the strict Moodle validator.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { conceptObjectiveId, primaryObjectiveId } from '../../format/package-ids.ts';
import type { ValidatedCourse } from '../../format/validated-course.ts';
import { applyLearnerEvent } from '../../learning/apply-learner-event.ts';
import { correctResponse } from '../../learning/answer-check.ts';
import type { LearnerEvent } from '../../learning/learner-events.ts';
import { emptyLearnerState, type LearnerState } from '../../learning/learner-state.ts';
import { startAttempt } from '../../learning/quiz-attempt.ts';
import { scoreAttempt } from '../../learning/scoring.ts';
import { saveMirrorKey } from '../../tracking/core/save-mirror.ts';
import { Scorm12Tracker } from '../../tracking/scorm12.ts';
import { Scorm2004Tracker } from '../../tracking/scorm2004.ts';
import type { ScormTracker } from '../../tracking/scorm/scorm-tracker.ts';
import { decodeLearnerState } from '../../tracking/core/learner-state-codec.ts';
import type { TrackerProblem } from '../../tracking/tracker.ts';
import { MoodleValidator } from '../support/moodle-validator.ts';
import { FakeScormLms, MemoryStorage, type Version } from './fake-scorm-api.ts';
import { loadSeedCourse } from './seed-course.ts';

let course: ValidatedCourse;
beforeAll(async () => {
  course = await loadSeedCourse();
});
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const E = {
  '1.2': { status: 'cmi.core.lesson_status', raw: 'cmi.core.score.raw', mode: 'cmi.core.lesson_mode', credit: 'cmi.core.credit', exit: 'cmi.core.exit', time: 'cmi.core.session_time', learner: 'cmi.core.student_id', location: 'cmi.core.lesson_location' },
  '2004': { status: 'cmi.completion_status', raw: 'cmi.score.raw', mode: 'cmi.mode', credit: 'cmi.credit', exit: 'cmi.exit', time: 'cmi.session_time', learner: 'cmi.learner_id', location: 'cmi.location' },
} as const;

interface Session {
  lms: FakeScormLms;
  tracker: ScormTracker;
  problems: TrackerProblem[];
  resolved: number;
  state: LearnerState;
  /** Records an event and saves the resulting state, as the player does. */
  play(event: LearnerEvent): Promise<void>;
  logs: string[];
}

async function launch(version: Version, preset: Record<string, string> = {}, storage = new MemoryStorage(), lms = new FakeScormLms(version, { [E[version].learner]: 'u42', ...preset })): Promise<Session> {
  const logs: string[] = [];
  const session = { lms, problems: [] as TrackerProblem[], resolved: 0, logs } as Session;
  const Tracker = version === '1.2' ? Scorm12Tracker : Scorm2004Tracker;
  session.tracker = new Tracker(
    { course, onProblem: (problem) => session.problems.push(problem), onProblemResolved: () => (session.resolved += 1) },
    { window: lms.window(), storage, lifecycle: null, log: (message) => logs.push(message), timing: { retryDelayMs: 1000, maxRetries: 2 } },
  );
  await session.tracker.connect();
  const restored = await session.tracker.restoreState();
  session.state = (restored as LearnerState | undefined) ?? emptyLearnerState();
  session.play = async (event) => {
    session.tracker.record(event);
    session.state = applyLearnerEvent(session.state, event);
    await session.tracker.saveState(session.state);
  };
  await vi.advanceTimersByTimeAsync(0);
  return session;
}

/** Views every section, then takes the quiz answering `right` questions correctly. */
async function takeCourse(session: Session, right: (index: number) => boolean, attempt = 1): Promise<number> {
  for (const section of course.lessons.flatMap((lesson) => lesson.sections)) {
    await session.play({ type: 'section-viewed', sectionId: section.id, lessonViewed: false, at: 0 });
  }
  const quiz = startAttempt(course.questions, { ...course.settings.quiz, shuffleQuestions: false, shuffleChoices: false, draw: undefined }, attempt, Date.UTC(2024, 4, 1));
  await session.play({ type: 'quiz-started', attempt: quiz, at: Date.UTC(2024, 4, 1) });
  const answers: Record<string, ReturnType<typeof correctResponse>> = {};
  for (const [index, question] of course.questions.entries()) {
    const response = right(index) ? correctResponse(question) : { type: 'true-false' as const, value: null };
    const fitting = response.type === question.type ? response : { ...correctResponse(question), ...(question.type === 'fill-in' ? { text: 'wrong' } : {}) };
    const correct = right(index);
    const given = correct ? fitting : question.type === 'fill-in' ? { type: 'fill-in' as const, text: 'wrong' } : wrongOf(question);
    answers[question.id] = given;
    await session.play({ type: 'question-answered', attempt, questionId: question.id, questionType: question.type, response: given, correct, latencyMs: 3210, at: Date.UTC(2024, 4, 1, 10, index) });
  }
  const outcome = scoreAttempt(course.questions, answers, course.settings.quiz);
  await session.play({ type: 'quiz-submitted', attempt, score: outcome.score, passed: outcome.passed, results: outcome.results, concepts: outcome.concepts, at: Date.UTC(2024, 4, 1, 11) });
  await vi.advanceTimersByTimeAsync(0);
  return outcome.score;
}

function wrongOf(question: ValidatedCourse['questions'][number]) {
  switch (question.type) {
    case 'single':
      return { type: 'single' as const, choice: question.choices.find((choice) => !choice.correct)!.id };
    case 'multiple':
      return { type: 'multiple' as const, choices: question.choices.filter((choice) => !choice.correct).map((choice) => choice.id) };
    case 'true-false':
      return { type: 'true-false' as const, value: !question.answer };
    case 'fill-in':
      return { type: 'fill-in' as const, text: 'wrong' };
    case 'matching': {
      const ids = question.pairs.map((pair) => pair.id);
      return { type: 'matching' as const, matches: Object.fromEntries(ids.map((id, index) => [id, ids[(index + 1) % ids.length]!])) };
    }
    case 'ordering':
      return { type: 'ordering' as const, order: question.items.map((item) => item.id).reverse() };
  }
}

function validate(version: Version, lms: FakeScormLms): string[] {
  const validator = new MoodleValidator(version);
  validator.setAll(lms.sets());
  return validator.problems.map((problem) => `${problem.element}=${problem.value}: ${problem.code} ${problem.message}`);
}

describe.each(['1.2', '2004'] as const)('SCORM %s tracker', (version) => {
  test('without an API it runs standalone', async () => {
    const Tracker = version === '1.2' ? Scorm12Tracker : Scorm2004Tracker;
    const parent: Record<string, unknown> = {};
    parent.parent = parent;
    const tracker = new Tracker({ course }, { window: { parent }, storage: new MemoryStorage(), lifecycle: null, log: () => {} });
    expect(await tracker.connect()).toEqual({ standalone: true, mode: 'normal', credit: true });
  });

  test('launch initializes once, reports incomplete and commits once', async () => {
    const { lms } = await launch(version);
    expect(lms.count('Initialize')).toBe(1);
    expect(lms.values.get(E[version].status)).toBe('incomplete');
    expect(lms.count('Commit')).toBe(1);
  });

  test('an answer is sent as an interaction at _count, committed later with other progress', async () => {
    const session = await launch(version);
    const question = course.questions[0]!;
    const commits = session.lms.count('Commit');
    await session.play({ type: 'question-answered', attempt: 1, questionId: question.id, questionType: question.type, response: correctResponse(question), correct: true, latencyMs: 1500, at: Date.UTC(2024, 4, 1) });
    expect(session.lms.values.get('cmi.interactions.0.id')).toBeTruthy();
    expect(session.lms.values.get('cmi.interactions.0.result')).toBe('correct');
    const objective = session.lms.values.get('cmi.interactions.0.objectives.0.id');
    if (question.concepts?.length) expect(objective).toBe(version === '1.2' ? conceptObjectiveId(question.concepts[0]!).replace('.', '__') : conceptObjectiveId(question.concepts[0]!));
    expect(session.lms.count('Commit')).toBe(commits);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(session.lms.count('Commit')).toBe(commits + 1);
    // The same answer reported again (a duplicate event) is not sent twice.
    await session.play({ type: 'question-answered', attempt: 1, questionId: question.id, questionType: question.type, response: correctResponse(question), correct: true, latencyMs: 1500, at: Date.UTC(2024, 4, 1) });
    expect(session.lms.arrayCount('interactions')).toBe(1);
  });

  test('a passed quiz sends every answer once, score, objectives and status, then commits', async () => {
    const session = await launch(version);
    const score = await takeCourse(session, () => true);
    const { lms } = session;
    expect(score).toBe(100);
    expect(lms.arrayCount('interactions')).toBe(course.questions.length);
    expect(lms.values.get(E[version].raw)).toBe('100');
    if (version === '1.2') {
      expect(lms.values.get('cmi.core.lesson_status')).toBe('passed');
      expect(lms.values.get('cmi.core.score.max')).toBe('100');
    } else {
      expect(lms.values.get('cmi.completion_status')).toBe('completed');
      expect(lms.values.get('cmi.success_status')).toBe('passed');
      expect(lms.values.get('cmi.progress_measure')).toBe('1');
      expect(lms.values.get('cmi.score.scaled')).toBe('1');
    }
    const ids = [...lms.values].filter(([key]) => /^cmi\.objectives\.\d+\.id$/.test(key)).map(([, value]) => value);
    const concepts = [...new Set(course.questions.flatMap((question) => question.concepts ?? []))];
    for (const concept of concepts) expect(ids).toContain(version === '1.2' ? conceptObjectiveId(concept).replace('.', '__') : conceptObjectiveId(concept));
    if (version === '2004') expect(ids).toContain(primaryObjectiveId(course.settings.id));
    // The commit after submit persisted all of it.
    expect(lms.persisted.get(E[version].raw)).toBe('100');
    expect(validate(version, lms)).toEqual([]);
  });

  test('finish sends session time and exit suspend, then finishes exactly once', async () => {
    const session = await launch(version);
    await takeCourse(session, () => true);
    await session.tracker.finish();
    await session.tracker.finish();
    const { lms } = session;
    expect(lms.count('Finish')).toBe(1);
    expect(lms.values.get(E[version].exit)).toBe('suspend');
    expect(lms.values.get(E[version].time)).toMatch(version === '1.2' ? /^\d{4}:\d{2}:\d{2}\.\d{2}$/ : /^PT/);
    const calls = lms.calls.map((call) => call.element ?? call.method);
    expect(calls.slice(-3)).toEqual([E[version].time, E[version].exit, 'Finish']);
    expect(validate(version, lms)).toEqual([]);
  });

  test('relaunch resumes from the suspend data and never downgrades a better result', async () => {
    const storage = new MemoryStorage();
    const first = await launch(version, {}, storage);
    await takeCourse(first, () => true);
    await first.tracker.finish();
    const stored = Object.fromEntries(first.lms.persisted);
    const again = await launch(version, { ...stored, [version === '1.2' ? 'cmi.core.entry' : 'cmi.entry']: 'resume' }, storage);
    expect(again.state.quiz.used).toBe(1);
    expect(again.state.sections.length).toBeGreaterThan(0);
    await takeCourse(again, (index) => index === 0, 2);
    expect(again.lms.values.get(E[version].raw)).toBe('100');
    expect(again.lms.values.get(E[version].status)).toBe(version === '1.2' ? 'passed' : 'completed');
    if (version === '2004') expect(again.lms.values.get('cmi.success_status')).toBe('passed');
    // The retake's answers are still recorded, after the first attempt's.
    expect(again.lms.arrayCount('interactions')).toBe(2 * course.questions.length);
  });

  test('corrupt suspend data starts clean, keeps what the LMS recorded and says why', async () => {
    const session = await launch(version, {
      'cmi.suspend_data': 'LP1.garbage!!',
      [E[version].location]: '/quiz',
      [E[version].status]: version === '1.2' ? 'passed' : 'completed',
      [E[version].raw]: '90',
    });
    expect(session.state.route).toBe('/quiz');
    expect(session.state.quiz.used).toBe(0);
    expect(session.logs.join('\n')).toMatch(/suspend data not used \(corrupt\)/);
    expect(session.lms.sets().filter(([element]) => element === E[version].status || element === E[version].raw)).toEqual([]);
  });

  test('browse and review change no status and record nothing graded', async () => {
    for (const mode of ['browse', 'review']) {
      const session = await launch(version, { [E[version].mode]: mode });
      await takeCourse(session, () => true);
      const written = session.lms.sets().map(([element]) => element);
      expect(written.filter((element) => /status|score|interactions|objectives|progress/.test(element))).toEqual([]);
      expect(written).toContain('cmi.suspend_data');
    }
  });

  test('no-credit records nothing graded but still reports completion', async () => {
    const session = await launch(version, { [E[version].credit]: 'no-credit' });
    await takeCourse(session, () => true);
    const written = session.lms.sets().map(([element]) => element);
    expect(written.filter((element) => /score|interactions|objectives|success_status/.test(element))).toEqual([]);
    expect(session.lms.values.get(E[version].status)).toBe('completed');
  });

  test('a refused commit is logged, retried, mirrored and delivered by the next successful commit', async () => {
    const storage = new MemoryStorage();
    const session = await launch(version, {}, storage);
    session.lms.behaviour.failCommits = 1;
    await takeCourse(session, () => true);
    expect(session.problems).toEqual([expect.objectContaining({ kind: 'save-failed' })]);
    expect(session.logs.join('\n')).toMatch(/Commit failed: (101|391) error (101|391) \(diagnostic (101|391)\)/);
    const key = saveMirrorKey(course.settings.id, version === '1.2' ? 'scorm12' : 'scorm2004', 'u42');
    const mirrored = JSON.parse(storage.getItem(key)!);
    expect(mirrored.interactions).toHaveLength(course.questions.length);
    expect(mirrored.scalars[E[version].raw]).toBe('100');
    await vi.advanceTimersByTimeAsync(1000);
    expect(session.lms.persisted.get(E[version].raw)).toBe('100');
    expect(session.resolved).toBe(1);
    expect(storage.getItem(key)).toBeNull();
  });

  test('a refused value is retried; what a finished session could not deliver is sent on the next launch', async () => {
    const storage = new MemoryStorage();
    const session = await launch(version, {}, storage);
    session.lms.behaviour.refuse = /^cmi\.interactions\.\d+\.result$/;
    await takeCourse(session, (index) => index < 2);
    expect(session.problems[0]?.kind).toBe('save-failed');
    const refused = session.lms.sets().filter(([element]) => element.endsWith('.result')).length;
    await vi.advanceTimersByTimeAsync(1000);
    expect(session.lms.sets().filter(([element]) => element.endsWith('.result')).length).toBeGreaterThan(refused);
    await session.tracker.finish();
    expect(session.problems.at(-1)?.kind).toBe('finish-failed');

    const stored = Object.fromEntries(session.lms.persisted);
    const next = await launch(version, stored, storage);
    expect(next.lms.arrayCount('interactions')).toBe(2 * course.questions.length);
    expect(next.lms.persisted.get(`cmi.interactions.${course.questions.length}.result`)).toBe('correct');
    expect(next.logs.join('\n')).toMatch(/delivering data an earlier session could not save/);
  });

  test('suspend data of a long flashcard history stays within the version limit', async () => {
    const session = await launch(version);
    const cards: LearnerState['cards'] = {};
    for (let i = 0; i < 500; i++) cards[`card-${i}`] = [1_720_000_000_000 + i * 86_400_000, 3.1234 + i, 5.5, 2, 4, 1, 0, 1_710_000_000_000 + i * 60_000];
    await session.tracker.saveState({ ...session.state, cards });
    await vi.advanceTimersByTimeAsync(10_000);
    const data = session.lms.values.get('cmi.suspend_data')!;
    expect(data.length).toBeLessThanOrEqual(version === '1.2' ? 4096 : 64_000);
    expect(decodeLearnerState(data).ok).toBe(true);
  });
});

describe.each([
  ['1.2', 'cmi.student_preference.language'],
  ['2004', 'cmi.learner_preference.language'],
] as const)('SCORM %s: the learner preference %s', (version, element) => {
  const connect = (preset: Record<string, string>) => {
    const lms = new FakeScormLms(version, { [E[version].learner]: 'u42', ...preset });
    const Tracker = version === '1.2' ? Scorm12Tracker : Scorm2004Tracker;
    return new Tracker({ course, onProblem: () => {}, onProblemResolved: () => {} }, { window: lms.window(), storage: new MemoryStorage(), lifecycle: null, log: () => {}, timing: { retryDelayMs: 1000, maxRetries: 2 } }).connect();
  };
  test("becomes the session's learner language, for the interface; none when the LMS leaves it empty", async () => {
    expect((await connect({ [element]: 'fr-CA' })).learnerLanguage).toBe('fr-CA');
    expect(await connect({})).not.toHaveProperty('learnerLanguage');
  });
});

describe('SCORM 1.2 specifics', () => {
  test('an LMS without cmi.interactions gets no interaction writes', async () => {
    const lms = new FakeScormLms('1.2', { 'cmi.core.student_id': 'u1' });
    lms.behaviour.noInteractions = true;
    const session = await launch('1.2', {}, new MemoryStorage(), lms);
    await takeCourse(session, () => true);
    expect(session.lms.sets().filter(([element]) => element.startsWith('cmi.interactions'))).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});

describe('SCORM 2004 specifics', () => {
  test('objectives the LMS preloaded from the manifest are written at their index', async () => {
    const primary = primaryObjectiveId('x');
    const concept = course.questions.flatMap((question) => question.concepts ?? [])[0]!;
    const session = await launch('2004', { 'cmi.objectives.0.id': primary, 'cmi.objectives.1.id': conceptObjectiveId(concept) });
    await takeCourse(session, () => true);
    expect(session.lms.values.get('cmi.objectives.1.score.raw')).toBe('100');
    const objectiveIds = [...session.lms.values].filter(([key]) => /^cmi\.objectives\.\d+\.id$/.test(key)).map(([, value]) => value);
    expect(objectiveIds.filter((value) => value === conceptObjectiveId(concept))).toHaveLength(1);
  });

  test('first-launch 403 reads are not problems', async () => {
    const session = await launch('2004');
    expect(session.problems).toEqual([]);
    expect(session.logs).toEqual([]);
  });
});
