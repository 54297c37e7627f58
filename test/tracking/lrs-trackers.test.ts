import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ValidatedCourse } from '../../format/validated-course.ts';
import { applyLearnerEvent } from '../../learning/apply-learner-event.ts';
import { correctResponse } from '../../learning/answer-check.ts';
import type { LearnerEvent } from '../../learning/learner-events.ts';
import { emptyLearnerState, type LearnerState } from '../../learning/learner-state.ts';
import { startAttempt } from '../../learning/quiz-attempt.ts';
import { scoreAttempt } from '../../learning/scoring.ts';
import { Cmi5Tracker } from '../../tracking/cmi5.ts';
import type { Tracker, TrackerProblem, TrackerSession } from '../../tracking/tracker.ts';
import { XapiTracker } from '../../tracking/xapi.ts';
import { LEARNER_STATE_ID, StateDocument, stateDocument, stateFromDocument } from '../../tracking/xapi/state-document.ts';
import { statementProblems } from '../support/lrs/statement-validation.ts';
import { MemoryStorage } from './fake-scorm-api.ts';
import { FakeLrsFetch } from './fake-lrs-fetch.ts';
import { loadSeedCourse } from './seed-course.ts';

const ENDPOINT = 'https://lrs.example.org/xapi/';
const REGISTRATION = '6f1c2f7e-3b1a-4c55-9d2e-2b7f3c1d0a11';
const ACTOR = { objectType: 'Agent', name: 'Ada', account: { homePage: 'https://lms.example.org', name: 'ada' } };
const AU = 'https://lms.example.org/au/1';
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';

let course: ValidatedCourse;
beforeAll(async () => {
  course = await loadSeedCourse();
});
beforeEach(() => vi.useFakeTimers({ now: Date.UTC(2026, 0, 5, 10) }));
afterEach(() => vi.useRealTimers());

interface Run {
  tracker: Tracker;
  session: TrackerSession;
  state: LearnerState;
  problems: TrackerProblem[];
  logs: string[];
  play(event: LearnerEvent): Promise<void>;
}

async function start(make: (hooks: { onProblem: (problem: TrackerProblem) => void; log: (message: string) => void }) => Tracker): Promise<Run & { restored: unknown }> {
  const problems: TrackerProblem[] = [];
  const logs: string[] = [];
  const tracker = make({ onProblem: (problem) => problems.push(problem), log: (message) => logs.push(message) });
  const session = await tracker.connect();
  const restored = await tracker.restoreState();
  const run = {
    tracker,
    session,
    restored,
    state: (restored as LearnerState | undefined) ?? emptyLearnerState(),
    problems,
    logs,
    async play(event: LearnerEvent) {
      tracker.record(event);
      run.state = applyLearnerEvent(run.state, event);
      await tracker.saveState(run.state);
    },
  };
  await vi.advanceTimersByTimeAsync(0);
  return run;
}

function xapi(lrs: FakeLrsFetch, storage: Storage) {
  const search = `?${new URLSearchParams({ endpoint: ENDPOINT, auth: 'Basic abc=', actor: JSON.stringify(ACTOR), registration: REGISTRATION })}`;
  return start(({ onProblem, log }) => new XapiTracker({ course, onProblem }, { fetch: lrs.fetch, search, storage, lifecycle: null, log }));
}

function cmi5(lrs: FakeLrsFetch, storage: Storage, tab: Storage, navigate: (url: string) => void = () => {}) {
  const search = `?${new URLSearchParams({ endpoint: ENDPOINT, fetch: 'https://lms.example.org/fetch', actor: JSON.stringify(ACTOR), registration: REGISTRATION, activityId: AU })}`;
  return start(({ onProblem, log }) => new Cmi5Tracker({ course, onProblem }, { fetch: lrs.fetch, search, storage, sessionStorage: tab, lifecycle: null, log, navigate }));
}

/** Every section viewed, then the quiz with the first `right` questions right. */
async function takeCourse(run: Run, right: number): Promise<void> {
  const sections = course.lessons.flatMap((lesson) => lesson.sections).filter((section) => !section.optional);
  for (const [index, section] of sections.entries()) await run.play({ type: 'section-viewed', sectionId: section.id, lessonViewed: index === sections.length - 1, at: Date.now() });
  const quiz = startAttempt(course.questions, { ...course.settings.quiz, shuffleQuestions: false, shuffleChoices: false, draw: undefined }, 1, Date.now());
  await run.play({ type: 'quiz-started', attempt: quiz, at: Date.now() });
  const answers: Record<string, ReturnType<typeof correctResponse>> = {};
  for (const [index, question] of course.questions.entries()) {
    const response = index < right ? correctResponse(question) : undefined;
    if (response) answers[question.id] = response;
    if (response) await run.play({ type: 'question-answered', attempt: 1, questionId: question.id, questionType: question.type, response, correct: true, latencyMs: 2000, at: Date.now() });
  }
  // As the player scores it: by the LMS's passing score when the launch set one.
  const outcome = scoreAttempt(course.questions, answers, { ...course.settings.quiz, passingScore: run.session.passingScore ?? course.settings.quiz.passingScore });
  await run.play({ type: 'quiz-submitted', attempt: 1, score: outcome.score, passed: outcome.passed, results: outcome.results, concepts: outcome.concepts, at: Date.now() });
  await vi.advanceTimersByTimeAsync(0);
}

const concepts = (): number => new Set(course.questions.flatMap((question) => question.concepts ?? [])).size;
const requiredSections = (): number => course.lessons.flatMap((lesson) => lesson.sections).filter((section) => !section.optional).length;

describe('xAPI tracker', () => {
  test('without an endpoint it runs standalone, quietly', async () => {
    const tracker = new XapiTracker({ course }, { search: '', storage: new MemoryStorage(), lifecycle: null, log: () => {} });
    expect(await tracker.connect()).toEqual({ standalone: true, mode: 'normal', credit: true });
  });

  test('a full run: valid statements in order, the state in the State API, suspended never after completion', async () => {
    const lrs = new FakeLrsFetch();
    const run = await xapi(lrs, new MemoryStorage());
    await takeCourse(run, course.questions.length);
    await run.tracker.finish({ type: 'course-exited', via: 'exit-button', at: Date.now() });
    expect(lrs.verbs).toEqual([
      'initialized',
      ...Array<string>(requiredSections()).fill('experienced'),
      ...course.questions.map(() => 'answered'),
      ...Array<string>(concepts()).fill('scored'),
      'passed',
      'completed',
      'terminated',
    ]);
    expect(statementProblems([...lrs.stored.values()] as never)).toEqual([]);
    expect(stateFromDocument(lrs.document('activities/state', LEARNER_STATE_ID))).toEqual(run.state);
    expect(run.problems).toEqual([]);
  });

  test('leaving mid-course suspends; the next launch resumes with the state and sends what waited', async () => {
    const storage = new MemoryStorage();
    const lrs = new FakeLrsFetch();
    const first = await xapi(lrs, storage);
    await first.play({ type: 'section-viewed', sectionId: 'what-is-it', lessonViewed: false, at: Date.now() });
    await vi.advanceTimersByTimeAsync(0);
    // The LRS goes down: the next statement and the exit wait in this browser.
    lrs.answer({ status: 503 }, { status: 503 });
    await first.play({ type: 'section-viewed', sectionId: 'key-elements', lessonViewed: false, at: Date.now() });
    await vi.advanceTimersByTimeAsync(0);
    expect(first.problems.map((problem) => problem.kind)).toEqual(['save-failed']);
    await first.tracker.finish({ type: 'course-exited', via: 'page-hidden', at: Date.now() });
    expect(lrs.verbs).toEqual(['initialized', 'experienced']);

    const second = await xapi(lrs, storage);
    expect(second.restored).toEqual(first.state);
    await vi.advanceTimersByTimeAsync(0);
    expect(lrs.verbs).toEqual(['initialized', 'experienced', 'experienced', 'suspended', 'terminated', 'resumed']);
    expect(storage.length).toBe(0);
  });

  test('a 401 is a session-expired problem: the learner is told results are kept and sent at the next launch', async () => {
    const lrs = new FakeLrsFetch();
    const run = await xapi(lrs, new MemoryStorage());
    lrs.answer({ status: 401, body: 'expired' });
    await run.play({ type: 'section-viewed', sectionId: 'what-is-it', lessonViewed: false, at: Date.now() });
    await vi.advanceTimersByTimeAsync(0);
    expect(run.problems).toEqual([
      { kind: 'session-expired', message: 'the LRS no longer accepts this session (401): results are kept in this browser and sent at the next launch (HTTP 401: expired)' },
    ]);
  });
});

describe('the State API document', () => {
  test('keeps every flashcard schedule, far beyond SCORM 1.2’s 4,096 characters', () => {
    // Schedules as varied as a real deck's, so compression cannot fold them together.
    const varied = (n: number, k: number): number => ((n * 7919 + k * 104_729) % 9973) / 97;
    const cards = Object.fromEntries(
      Array.from({ length: 400 }, (_, n) => [`card-${n}`, [29_000_000 + n * 37, varied(n, 1), varied(n, 2), 2, n % 9, n % 4, 0, 28_990_000 + n * 11] as [number, number, number, number, number, number, number, number]]),
    );
    const state = { ...emptyLearnerState(), route: '/flashcards', cards };
    const document = stateDocument(state);
    expect(document.state.length).toBeGreaterThan(4096);
    expect(stateFromDocument(JSON.parse(JSON.stringify(document)))).toEqual(state);
  });

  test('a write after another tab wrote (412) merges both tabs’ progress instead of overwriting it', async () => {
    const lrs = new FakeLrsFetch();
    const connection = { endpoint: ENDPOINT, auth: '', fetch: lrs.fetch };
    const where = { activityId: AU, agent: ACTOR as never, registration: REGISTRATION };
    const mine = new StateDocument(connection, where);
    expect(await mine.read()).toEqual({ ok: true, state: undefined });
    const other = { ...emptyLearnerState(), sections: ['what-is-it'], quiz: { used: 1, passed: true, best: 90 } };
    lrs.putDocument('activities/state', LEARNER_STATE_ID, stateDocument(other));
    const state = { ...emptyLearnerState(), route: '/lesson/key-elements', sections: ['key-elements'] };
    expect(await mine.save(state)).toEqual({ ok: true, stored: { ...state, sections: ['what-is-it', 'key-elements'], quiz: { used: 1, passed: true, best: 90 } } });
    const puts = lrs.requests.filter((request) => request.init.method === 'PUT').map((request) => request.init.headers);
    expect(puts).toEqual([
      expect.objectContaining({ 'If-None-Match': '*' }),
      expect.objectContaining({ 'If-Match': '"e1"' }),
    ]);
  });
});

describe('cmi5 tracker', () => {
  function launchData(lrs: FakeLrsFetch, data: Record<string, unknown>): void {
    lrs.putDocument('activities/state', 'LMS.LaunchData', {
      contextTemplate: { contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://example.org/publisher/au' }] }, extensions: { [SESSION_ID]: 'session-1' } },
      launchMode: 'Normal',
      moveOn: 'CompletedAndPassed',
      ...data,
    });
  }

  test('judges by LMS.LaunchData’s masteryScore, marks cmi5-defined statements, and goes to returnURL on exit', async () => {
    const lrs = new FakeLrsFetch();
    launchData(lrs, { masteryScore: 0.5, returnURL: 'https://lms.example.org/back' });
    const visited: string[] = [];
    const run = await cmi5(lrs, new MemoryStorage(), new MemoryStorage(), (url) => visited.push(url));
    expect(run.session.passingScore).toBe(50);
    // Five of eight right: 62.5 %, below the course's 80 but above the LMS's 0.5.
    await takeCourse(run, 5);
    await run.tracker.finish({ type: 'course-exited', via: 'exit-button', at: Date.now() });
    const statements = [...lrs.stored.values()];
    expect(statementProblems(statements as never)).toEqual([]);
    const defined = statements.filter((statement) => statement.context.contextActivities?.category?.some((activity) => activity.id === CMI5_CATEGORY));
    expect(defined.map((statement) => statement.verb.id.split('/').pop())).toEqual(['initialized', 'passed', 'completed', 'terminated']);
    expect(defined.every((statement) => statement.object.id === AU)).toBe(true);
    const passed = defined[1]!;
    expect(passed.result).toEqual({ score: { scaled: 0.625, raw: 5, min: 0, max: 8 }, success: true, duration: expect.stringMatching(/^PT/) });
    expect(passed.context.extensions).toEqual({ 'http://id.tincanapi.com/extension/attempt-id': 1, 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': 0.5, [SESSION_ID]: 'session-1' });
    expect(passed.context.contextActivities?.category?.map((activity) => activity.id)).toEqual([CMI5_CATEGORY, 'https://w3id.org/xapi/cmi5/context/categories/moveon']);
    expect(statements.every((statement) => statement.context.extensions?.[SESSION_ID] === 'session-1')).toBe(true);
    expect(visited).toEqual(['https://lms.example.org/back']);
  });

  test('Browse mode sends only initialized and terminated', async () => {
    const lrs = new FakeLrsFetch();
    launchData(lrs, { launchMode: 'Browse' });
    const run = await cmi5(lrs, new MemoryStorage(), new MemoryStorage());
    expect(run.session.mode).toBe('browse');
    await takeCourse(run, course.questions.length);
    await run.tracker.finish({ type: 'course-exited', via: 'exit-button', at: Date.now() });
    expect(lrs.verbs).toEqual(['initialized', 'terminated']);
  });

  test('a reload continues the launch: one fetch, one initialized, no terminated until Exit', async () => {
    const lrs = new FakeLrsFetch();
    launchData(lrs, {});
    const storage = new MemoryStorage();
    const tab = new MemoryStorage();
    const first = await cmi5(lrs, storage, tab);
    await first.play({ type: 'card-reviewed', cardId: 'definition', rating: 'good', schedule: [29_000_000, 3, 5, 2, 1, 0, 0, 28_990_000], at: Date.now() });
    await first.tracker.finish({ type: 'course-exited', via: 'page-hidden', at: Date.now() });
    const second = await cmi5(lrs, storage, tab);
    await second.play({ type: 'card-reviewed', cardId: 'bond', rating: 'easy', schedule: [29_000_100, 3, 5, 2, 1, 0, 0, 28_990_000], at: Date.now() });
    await second.tracker.finish({ type: 'course-exited', via: 'exit-button', at: Date.now() });
    expect(lrs.verbs).toEqual(['initialized', 'interacted', 'interacted', 'terminated']);
    expect(lrs.requests.filter((request) => request.url.endsWith('/fetch'))).toEqual([]);
  });

  test('a used fetch URL runs standalone and says why', async () => {
    const lrs = new FakeLrsFetch();
    launchData(lrs, {});
    await cmi5(lrs, new MemoryStorage(), new MemoryStorage());
    const again = await cmi5(lrs, new MemoryStorage(), new MemoryStorage());
    expect(again.problems).toEqual([{ kind: 'connect-failed', message: 'this launch was already used; open the course again from your LMS (already used); running standalone' }]);
  });
});
