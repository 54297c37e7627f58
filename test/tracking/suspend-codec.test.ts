import LZString from 'lz-string';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ValidatedCourse } from '../../format/validated-course.ts';
import { correctResponse, emptyResponse } from '../../learning/answer-check.ts';
import { CARD_RATINGS, createCardScheduler, type CardSchedule } from '../../learning/flashcard-schedule.ts';
import { emptyLearnerState, type LearnerState } from '../../learning/learner-state.ts';
import { startAttempt, type QuizAttempt } from '../../learning/quiz-attempt.ts';
import type { QuestionResponse } from '../../learning/responses.ts';
import { decodeLearnerState, encodeLearnerState } from '../../tracking/core/learner-state-codec.ts';
import { SCORM_SETTINGS } from '../../tracking/scorm/scorm-version.ts';
import { checkCmiValue } from '../support/moodle-validator.ts';
import { loadSeedCourse } from './seed-course.ts';

/** mulberry32: a small seeded generator, so every run tests the same "random" states. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 2, 10, 9, 0, 0);
const PRINTABLE = /^[\x21-\x7e]*$/;

/** Real FSRS schedules: each card reviewed a few times over the past months. */
function schedules(ids: readonly string[], random: () => number): Record<string, CardSchedule> {
  const next = createCardScheduler({ desiredRetention: 0.9 });
  const cards: Record<string, CardSchedule> = {};
  for (const id of ids) {
    let schedule: CardSchedule | undefined;
    let at = NOW - (1 + Math.floor(random() * 120)) * DAY;
    const reviews = 1 + Math.floor(random() * 5);
    for (let review = 0; review === 0 || (review < reviews && at < NOW); review++) {
      schedule = next(schedule, CARD_RATINGS[Math.floor(random() * 4)]!, new Date(at));
      at += Math.max(10 * 60_000, (schedule[0] - schedule[7]) * 60_000);
    }
    if (schedule) cards[id] = schedule;
  }
  return cards;
}

/** A full attempt: every question of the course answered (wrong for every other one) and checked. */
function fullAttempt(course: ValidatedCourse, random: () => number): QuizAttempt {
  const attempt = startAttempt(course.questions, course.settings.quiz, 2, NOW - 600_000, random);
  course.questions.forEach((question, index) => {
    let response: QuestionResponse = index % 2 ? emptyResponse(question, attempt.options[question.id]) : correctResponse(question);
    if (question.type === 'fill-in') response = { type: 'fill-in', text: index % 2 ? 'l’alliance thérapeutique ✓' : 'therapeutic alliance' };
    if (question.type === 'single' && index % 2) response = { type: 'single', choice: question.choices[1]!.id };
    attempt.answers[question.id] = response;
    attempt.checked.push(question.id);
  });
  return attempt;
}

let course: ValidatedCourse;
beforeAll(async () => {
  course = await loadSeedCourse();
});

function seedState(cardCount: number, random = seeded(1)): LearnerState {
  const state = emptyLearnerState();
  const ids = [...course.flashcards.map((card) => card.id), ...Array.from({ length: cardCount - course.flashcards.length }, (_, i) => `extra-card-${i + 1}`)];
  state.route = '/quiz/question/4';
  state.sections = course.lessons.flatMap((lesson) => lesson.sections.map((section) => section.id));
  state.cards = schedules(ids, random);
  const current = fullAttempt(course, random);
  state.quiz = {
    used: 1,
    passed: false,
    best: 62.5,
    current,
    last: { ...fullAttempt(course, random), n: 1, score: 62.5, passed: false },
  };
  return state;
}

describe('suspend data for the seed course', () => {
  test('a small state round-trips exactly and is printable ASCII without "+"', () => {
    const state = seedState(7);
    const { data, trimmed } = encodeLearnerState(state, SCORM_SETTINGS['1.2'].suspendDataLimit);
    expect(trimmed).toEqual([]);
    expect(data).toMatch(PRINTABLE);
    expect(data).not.toContain('+');
    expect(data.startsWith('LP1.')).toBe(true);
    expect(decodeLearnerState(data)).toEqual({ ok: true, state });
  });

  test('a full attempt in progress and 500 scheduled flashcards stay within 4,096 characters; the quiz round-trips exactly', () => {
    const state = seedState(500);
    expect(Object.keys(state.cards)).toHaveLength(500);
    const { data, trimmed } = encodeLearnerState(state, SCORM_SETTINGS['1.2'].suspendDataLimit);
    expect(data.length).toBeLessThanOrEqual(4096);
    expect(checkCmiValue('1.2', 'cmi.suspend_data', data)).toEqual([]);
    expect(trimmed).toHaveLength(1);
    expect(trimmed[0]).toMatchObject({ part: 'cards' });

    const decoded = decodeLearnerState(data);
    if (!decoded.ok) throw new Error(decoded.detail);
    expect(decoded.state.quiz).toEqual(state.quiz);
    expect(decoded.state.sections).toEqual(state.sections);
    expect(decoded.state.route).toBe(state.route);

    // The cards kept are exactly the most recently reviewed ones, with their schedules intact.
    const kept = Object.keys(decoded.state.cards);
    const dropped = 500 - kept.length;
    expect(trimmed[0]).toEqual({ part: 'cards', count: dropped });
    // Two full attempts (current and last) take about 2,400 characters; the rest holds the newest cards.
    expect(kept.length).toBeGreaterThan(50);
    for (const id of kept) expect(decoded.state.cards[id]).toEqual(state.cards[id]);
    const oldestKept = Math.min(...kept.map((id) => state.cards[id]![7]));
    const newestDropped = Math.max(...Object.keys(state.cards).filter((id) => !decoded.state.cards[id]).map((id) => state.cards[id]![7]));
    expect(newestDropped).toBeLessThanOrEqual(oldestKept);
  });

  test('the same state fits whole in SCORM 2004\'s 64,000 characters', () => {
    const state = seedState(500);
    const { data, trimmed } = encodeLearnerState(state, SCORM_SETTINGS['2004'].suspendDataLimit);
    expect(trimmed).toEqual([]);
    expect(checkCmiValue('2004', 'cmi.suspend_data', data)).toEqual([]);
    expect(decodeLearnerState(data)).toEqual({ ok: true, state });
  });

  test('trims in the documented order when the limit is tiny', () => {
    const state = seedState(20);
    const lengths = [2000, 600, 300, 150, 80, 40, 10].map((limit) => encodeLearnerState(state, limit));
    const parts = lengths.map(({ trimmed }) => trimmed.map((part) => part.part));
    for (const list of parts) {
      const order = ['cards', 'last-attempt', 'route', 'current-attempt', 'sections', 'everything'];
      expect(list.map((part) => order.indexOf(part))).toEqual([...list.map((part) => order.indexOf(part))].sort((a, b) => a - b));
    }
    expect(parts.at(-1)).toContain('everything');
    expect(lengths.at(-1)!.data).toBe('');
    lengths.forEach(({ data }, index) => expect(data.length).toBeLessThanOrEqual([2000, 600, 300, 150, 80, 40, 10][index]!));
  });

  test('an empty learner state is short', () => {
    const { data } = encodeLearnerState(emptyLearnerState(), 4096);
    expect(data.length).toBeLessThan(60);
    expect(decodeLearnerState(data)).toEqual({ ok: true, state: emptyLearnerState() });
  });
});

describe('the build stamp', () => {
  test('round-trips, so a relaunch knows which build of which course saved the state', () => {
    const state: LearnerState = { ...emptyLearnerState(), build: { course: 'therapeutic-relationship', content: '1x2y3z' }, sections: ['a'] };
    const decoded = decodeLearnerState(encodeLearnerState(state, SCORM_SETTINGS['1.2'].suspendDataLimit).data);
    expect(decoded).toEqual({ ok: true, state });
  });

  test('a state saved before stamps existed (six parts) still reads, without a stamp', () => {
    const old = `LP1.${LZString.compressToEncodedURIComponent(JSON.stringify([1, '/quiz', ['a'], 0, [], [0, 0, null, null, null]])).replace(/\+/g, '_')}`;
    expect(decodeLearnerState(old)).toEqual({ ok: true, state: { ...emptyLearnerState(), route: '/quiz', sections: ['a'] } });
  });
});

describe('random states (property test)', () => {
  const LIMITS = [0, 3, 16, 40, 100, 255, 1000, 4096, 64_000];

  function randomState(random: () => number): LearnerState {
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const state = emptyLearnerState();
    state.route = pick(['/', '/lesson/key-elements', '/quiz', `/concepts/${'x'.repeat(Math.floor(random() * 300))}`]);
    state.sections = course.lessons[0]!.sections.filter(() => random() < 0.6).map((section) => section.id);
    const cardCount = Math.floor(random() ** 2 * 400);
    state.cards = schedules(Array.from({ length: cardCount }, (_, i) => `c${i}-${Math.floor(random() * 1e6)}`), random);
    state.quiz.used = Math.floor(random() * 4);
    state.quiz.passed = random() < 0.3;
    if (random() < 0.7) state.quiz.best = Math.round(random() * 10_000) / 100;
    if (random() < 0.6) state.quiz.current = fullAttempt(course, random);
    if (random() < 0.5) state.quiz.last = { ...fullAttempt(course, random), score: Math.round(random() * 10_000) / 100, passed: random() < 0.5 };
    return state;
  }

  test('never exceeds the limit, always printable, and what is kept reads back unchanged', () => {
    const random = seeded(20_240_501);
    for (let run = 0; run < 120; run++) {
      const state = randomState(random);
      const limit = random() < 0.5 ? LIMITS[run % LIMITS.length]! : Math.floor(random() * 6000);
      const { data, trimmed } = encodeLearnerState(state, limit);
      expect(data.length).toBeLessThanOrEqual(limit);
      expect(data).toMatch(PRINTABLE);
      if (data === '') {
        expect(trimmed.at(-1)).toEqual({ part: 'everything' });
        continue;
      }
      const decoded = decodeLearnerState(data);
      if (!decoded.ok) throw new Error(`run ${run}: ${decoded.detail}`);
      const gone = new Set(trimmed.map((part) => part.part));
      if (trimmed.length === 0) expect(decoded.state).toEqual(state);
      if (!gone.has('current-attempt')) expect(decoded.state.quiz.current).toEqual(state.quiz.current);
      if (!gone.has('last-attempt')) expect(decoded.state.quiz.last).toEqual(state.quiz.last);
      expect(decoded.state.quiz.used).toBe(state.quiz.used);
      expect(decoded.state.quiz.passed).toBe(state.quiz.passed);
      for (const [id, schedule] of Object.entries(decoded.state.cards)) expect(schedule).toEqual(state.cards[id]);
    }
  });
});

describe('decoding bad data', () => {
  const valid = (): string => encodeLearnerState(seedState(7), 4096).data;

  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['hello world', 'foreign'],
    ['{"v":1}', 'foreign'],
    ['LP2.abc', 'unsupported-version'],
    ['LP1.', 'corrupt'],
    ['LP1.!!!', 'corrupt'],
    ['LP1.has space', 'corrupt'],
    ['LP1.AAAAAAAAAAAAAAAAAAAAAAAAAA', 'corrupt'],
    [`LP1.${LZString.compressToEncodedURIComponent('not json')}`, 'corrupt'],
    [`LP1.${LZString.compressToEncodedURIComponent('{"a":1}')}`, 'corrupt'],
    [`LP1.${LZString.compressToEncodedURIComponent('[1,"/",[],0,[],[0,0,null,null]]')}`, 'corrupt'],
    [`LP1.${LZString.compressToEncodedURIComponent('[1,"/",[],0,[["x",1]],[0,0,null,null,null]]')}`, 'corrupt'],
    [`LP1.${LZString.compressToEncodedURIComponent('[2,"/",[],0,[],[0,0,null,null,null]]')}`, 'unsupported-version'],
  ])('%j → %s', (data, reason) => {
    const result = decodeLearnerState(data);
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) expect(result.detail).not.toBe('');
  });

  test('null and undefined are "empty"', () => {
    expect(decodeLearnerState(undefined)).toMatchObject({ ok: false, reason: 'empty' });
    expect(decodeLearnerState(null)).toMatchObject({ ok: false, reason: 'empty' });
  });

  test('truncated data (an LMS that cut it) fails cleanly', () => {
    const data = valid();
    for (const length of [5, 10, Math.floor(data.length / 2), data.length - 1]) {
      const result = decodeLearnerState(data.slice(0, length));
      if (result.ok) {
        // A truncation that still decodes must at least give a valid state, never throw.
        expect(result.state.v).toBe(1);
      } else {
        expect(result.reason).toBe('corrupt');
      }
    }
  });

  test('random garbage never throws', () => {
    const random = seeded(7);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_$-';
    for (let run = 0; run < 300; run++) {
      const body = Array.from({ length: Math.floor(random() * 200) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const result = decodeLearnerState(`LP1.${body}`);
      expect(typeof result.ok).toBe('boolean');
      if (!result.ok) expect(['corrupt', 'unsupported-version']).toContain(result.reason);
    }
  });
});

describe('limits', () => {
  test('a negative or non-finite limit stores nothing', () => {
    expect(encodeLearnerState(emptyLearnerState(), -5)).toEqual({ data: '', trimmed: [{ part: 'everything' }] });
    expect(encodeLearnerState(emptyLearnerState(), Number.NaN).data).toBe('');
  });
});
