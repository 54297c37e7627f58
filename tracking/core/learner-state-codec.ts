/**
 * The learner state as compact text: versioned, printable ASCII, never longer than a limit the
 * caller gives, and validated when read back. SCORM stores it as `cmi.suspend_data` with that
 * version's limit (`suspendDataLimit` in `tracking/scorm/scorm-version.ts`); xAPI and cmi5 store
 * it in a State API document, where the standard sets no limit.
 *
 * Format: `LP1.` followed by the LZ-compressed JSON of a compact tuple form of the state
 * (`lz-string`'s URI-safe alphabet, with `+` written as `_`). Everything is printable ASCII
 * from `[A-Za-z0-9_$.-]`: Moodle stores suspend data as text and posts it form-encoded after
 * JavaScript `escape()`, which leaves `+` alone, so a `+` would reach PHP as a space
 * (`mod/scorm/request.js`, `scorm_12.js` `CollectData`); `_` has no such trap.
 *
 * When the state does not fit, the least valuable data goes first, in this order:
 * 1. flashcard schedules, least recently reviewed first (a dropped card is simply new again);
 * 2. the last submitted attempt's answers (`quiz.last`, for the results screen; the LMS
 *    already holds its score and interactions, and `used`, `passed` and `best` stay);
 * 3. the route (the learner resumes on the overview; the SCORM location also carries it);
 * 4. the quiz attempt in progress (`quiz.current`; the learner restarts that attempt);
 * 5. the lesson sections viewed;
 * 6. everything: the empty string, which reads back as "start clean".
 * The encoder reports what it trimmed, so the adapter can log it.
 * @packageDocumentation
 */
import LZString from 'lz-string';
import type { CardSchedule } from '../../learning/flashcard-schedule.ts';
import { LEARNER_STATE_VERSION, parseLearnerState, type LearnerState } from '../../learning/learner-state.ts';
import type { QuizAttempt } from '../../learning/quiz-attempt.ts';

/** Marks lmspack learner-state text and the codec version; bumped when the tuple form changes. */
const HEADER = 'LP1.';
const HEADER_PATTERN = /^LP(\d+)\./;

/** One thing the encoder left out to stay within the limit. */
export type TrimmedPart =
  | { part: 'cards'; count: number }
  | { part: 'last-attempt' }
  | { part: 'route' }
  | { part: 'current-attempt' }
  | { part: 'sections'; count: number }
  | { part: 'everything' };

/** The encoder's output. */
export interface LearnerStateEncoding {
  /** The encoded text; `data.length <= limit` always. */
  data: string;
  /** What was left out, in trimming order; empty when the whole state fits. */
  trimmed: TrimmedPart[];
}

/** Why stored learner-state text could not be read. */
export type LearnerStateDecodeFailure =
  /** Nothing stored (first launch): not a problem, just start clean. */
  | 'empty'
  /** Not lmspack data (another package wrote it, or an LMS injected something). */
  | 'foreign'
  /** lmspack data from a codec or learner-state version this player does not read. */
  | 'unsupported-version'
  /** lmspack data that does not decompress or parse (truncated by an LMS, edited, damaged). */
  | 'corrupt';

/** The decoder's output: the state, or why there is none (the caller starts clean and logs `detail`). */
export type LearnerStateDecoding = { ok: true; state: LearnerState } | { ok: false; reason: LearnerStateDecodeFailure; detail: string };

// ---------------------------------------------------------------------------------------------
// Tuple form. Short arrays instead of objects; times as deltas so most numbers are small.

/**
 * `[id, numbers]`: the numbers `sinceReview~dueAfterReview~stability~difficulty~state~reps~lapses~learningSteps`
 * in base 36, stability and difficulty as ten-thousandths (the precision `flashcard-schedule.ts`
 * stores), which is about a third shorter than JSON numbers.
 */
type CardTuple = [id: string, numbers: string];

/** Fixed-point scale of each packed card number. */
const CARD_SCALES = [1, 1, 10_000, 10_000, 1, 1, 1, 1] as const;

/**
 * One number in base 36 at the given scale, or `!` + its decimal text when it is not an exact
 * multiple of `1 / scale` (a schedule from a future scheduler), so decoding is always exact.
 */
function packNumber(value: number, scale: number): string {
  const scaled = Math.round(value * scale);
  return Number.isSafeInteger(scaled) && scaled / scale === value ? scaled.toString(36) : `!${value}`;
}

function unpackNumber(text: string, scale: number): number {
  if (text.startsWith('!')) return Number(text.slice(1));
  return /^-?[0-9a-z]+$/.test(text) ? Number.parseInt(text, 36) / scale : Number.NaN;
}

function packCard(values: readonly number[]): string {
  return values.map((value, index) => packNumber(value, CARD_SCALES[index] ?? 1)).join('~');
}

function unpackCard(text: string): number[] | undefined {
  const parts = text.split('~');
  if (parts.length !== CARD_SCALES.length) return undefined;
  const values = parts.map((part, index) => unpackNumber(part, CARD_SCALES[index]!));
  return values.every(Number.isFinite) ? values : undefined;
}
type AttemptTuple = [n: number, order: string[], options: Record<string, string[]>, answers: Record<string, unknown>, checked: string[], startedAt: number];
type LastTuple = [...AttemptTuple, score: number, passed: 0 | 1];
type QuizTuple = [used: number, passed: 0 | 1, best: number | null, current: AttemptTuple | null, last: LastTuple | null];
/** `[course id, content fingerprint]` of the build that saved the state (`learning/course-fingerprint.ts`). */
type BuildTuple = [course: string, content: string];
/**
 * `[learner-state version, route, sections, newest review (minutes), cards, quiz, build]`; the
 * build is left off when the state carries none (and states saved before it existed have six).
 */
type StateTuple = [v: number, route: string, sections: string[], newestReview: number, cards: CardTuple[], quiz: QuizTuple, build?: BuildTuple];

function attemptTuple(attempt: QuizAttempt): AttemptTuple {
  return [attempt.n, attempt.order, attempt.options, attempt.answers, attempt.checked, attempt.startedAt];
}

/** Cards, most recently reviewed first (ties by id, so the output is deterministic). */
function sortedCards(cards: Record<string, CardSchedule>): [string, CardSchedule][] {
  return Object.entries(cards).sort(([a, x], [b, y]) => y[7] - x[7] || (a < b ? -1 : a > b ? 1 : 0));
}

interface Parts {
  route: string;
  sections: string[];
  cards: [string, CardSchedule][];
  current: QuizAttempt | undefined;
  last: LearnerState['quiz']['last'];
}

function toTuple(state: LearnerState, parts: Parts): StateTuple {
  const newest = parts.cards[0]?.[1][7] ?? 0;
  const cards = parts.cards.map(([id, [due, stability, difficulty, cardState, reps, lapses, steps, lastReview]]): CardTuple => [
    id,
    packCard([newest - lastReview, due - lastReview, stability, difficulty, cardState, reps, lapses, steps]),
  ]);
  const { quiz } = state;
  const last: LastTuple | null = parts.last ? [...attemptTuple(parts.last), parts.last.score, parts.last.passed ? 1 : 0] : null;
  const tuple: StateTuple = [
    state.v,
    parts.route,
    parts.sections,
    newest,
    cards,
    [quiz.used, quiz.passed ? 1 : 0, quiz.best ?? null, parts.current ? attemptTuple(parts.current) : null, last],
  ];
  if (state.build) tuple.push([state.build.course, state.build.content]);
  return tuple;
}

function pack(tuple: StateTuple): string {
  return HEADER + LZString.compressToEncodedURIComponent(JSON.stringify(tuple)).replace(/\+/g, '_');
}

/**
 * Encodes the learner state as text of at most `limit` characters, trimming the least
 * valuable data first (see the module comment for the order).
 *
 * @param limit the store's limit in characters (SCORM: its `suspendDataLimit`; `Infinity` for none), or less to leave room
 */
export function encodeLearnerState(state: LearnerState, limit: number): LearnerStateEncoding {
  // No limit (the xAPI State API) is Infinity; only a meaningless one (NaN) stores nothing.
  const max = Number.isNaN(limit) ? 0 : Math.max(0, Math.floor(limit));
  const allCards = sortedCards(state.cards);
  const parts: Parts = { route: state.route, sections: state.sections, cards: allCards, current: state.quiz.current, last: state.quiz.last };
  const trimmed: TrimmedPart[] = [];
  let length = 0;
  const attempt = (): string | undefined => {
    const data = pack(toTuple(state, parts));
    length = data.length;
    return data.length <= max ? data : undefined;
  };

  let data = attempt();
  if (data !== undefined) return { data, trimmed };

  // 1. Cards: keep the most recently reviewed k, with k as large as fits (binary search; the
  // compressed length grows with k almost monotonically, and only a tested k is kept).
  let best: string | undefined;
  let kept = 0;
  let lo = 0;
  // Under a linear size model, at most n · limit / fullLength cards fit; a 25 % margin covers
  // compression's non-linearity, and searching only up to there keeps each try small.
  let hi = Math.min(allCards.length - 1, Math.ceil((allCards.length * max * 1.25) / Math.max(1, length)) + 1);
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    parts.cards = allCards.slice(0, mid);
    const fits = attempt();
    if (fits !== undefined) {
      best = fits;
      kept = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  parts.cards = allCards.slice(0, kept);
  if (allCards.length > kept) trimmed.push({ part: 'cards', count: allCards.length - kept });
  if (best !== undefined) return { data: best, trimmed };

  // 2–5. Whole parts, least valuable first.
  const steps: [() => boolean, () => TrimmedPart][] = [
    [() => parts.last !== undefined, () => ((parts.last = undefined), { part: 'last-attempt' })],
    [() => parts.route !== '/', () => ((parts.route = '/'), { part: 'route' })],
    [() => parts.current !== undefined, () => ((parts.current = undefined), { part: 'current-attempt' })],
    [() => parts.sections.length > 0, () => {
      const count = parts.sections.length;
      parts.sections = [];
      return { part: 'sections', count };
    }],
  ];
  for (const [applies, trim] of steps) {
    if (!applies()) continue;
    trimmed.push(trim());
    data = attempt();
    if (data !== undefined) return { data, trimmed };
  }

  // 6. Not even the counters fit (a limit of a few characters): store nothing.
  trimmed.push({ part: 'everything' });
  return { data: '', trimmed };
}

// ---------------------------------------------------------------------------------------------
// Decoding

const isInt = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);
const isNum = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isAttemptTuple(value: unknown): value is AttemptTuple {
  return (
    Array.isArray(value) &&
    value.length >= 6 &&
    isInt(value[0]) &&
    isStrings(value[1]) &&
    isRecord(value[2]) &&
    isRecord(value[3]) &&
    isStrings(value[4]) &&
    isNum(value[5])
  );
}

function isLastTuple(value: unknown): value is LastTuple {
  if (!isAttemptTuple(value)) return false;
  const rest = value as unknown[];
  return rest.length === 8 && isNum(rest[6]) && (rest[7] === 0 || rest[7] === 1);
}

function isCardTuple(value: unknown): value is CardTuple {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string' && unpackCard(value[1]) !== undefined;
}

/** Why `value` is not a state tuple, or undefined when it is one. */
function tupleProblem(value: unknown): string | undefined {
  if (!Array.isArray(value) || (value.length !== 6 && value.length !== 7)) return 'not a state tuple';
  const [, route, sections, newest, cards, quiz, build] = value as unknown[];
  if (value.length === 7 && !(isStrings(build) && build.length === 2)) return 'bad build stamp';
  if (typeof route !== 'string' || !route.startsWith('/')) return 'bad route';
  if (!isStrings(sections)) return 'bad sections';
  if (!isInt(newest)) return 'bad review base';
  if (!Array.isArray(cards) || !cards.every(isCardTuple)) return 'bad card schedules';
  if (!Array.isArray(quiz) || quiz.length !== 5) return 'bad quiz';
  const [used, passed, best, current, last] = quiz as unknown[];
  if (!isInt(used) || used < 0 || (passed !== 0 && passed !== 1)) return 'bad quiz counters';
  if (best !== null && !isNum(best)) return 'bad best score';
  if (current !== null && !isAttemptTuple(current)) return 'bad current attempt';
  if (last !== null && !isLastTuple(last)) return 'bad last attempt';
  return undefined;
}

function attemptObject(tuple: AttemptTuple): Record<string, unknown> {
  const [n, order, options, answers, checked, startedAt] = tuple;
  return { n, order, options, answers, checked, startedAt };
}

function fromTuple(tuple: StateTuple): LearnerState {
  const [v, route, sections, newest, cards, quiz, build] = tuple;
  const [used, passed, best, current, last] = quiz;
  const schedules: Record<string, CardSchedule> = {};
  for (const [id, numbers] of cards) {
    const [sinceReview, dueAfterReview, stability, difficulty, state, reps, lapses, steps] = unpackCard(numbers) as number[] as [number, number, number, number, number, number, number, number];
    const lastReview = newest - sinceReview;
    schedules[id] = [lastReview + dueAfterReview, stability, difficulty, state, reps, lapses, steps, lastReview];
  }
  // parseLearnerState re-checks every nested answer against the response shapes.
  return parseLearnerState({
    v,
    ...(build ? { build: { course: build[0], content: build[1] } } : {}),
    route,
    sections,
    cards: schedules,
    quiz: {
      used,
      passed: passed === 1,
      ...(best !== null ? { best } : {}),
      ...(current ? { current: attemptObject(current) } : {}),
      ...(last ? { last: { ...attemptObject(last.slice(0, 6) as AttemptTuple), score: last[6], passed: last[7] === 1 } } : {}),
    },
  });
}

/**
 * Reads text written by {@link encodeLearnerState}. Never throws: anything that is not
 * a complete, current lmspack state gives `ok: false` with a reason and a detail to log, and
 * the caller starts clean while keeping what the LMS itself recorded (status, score).
 */
export function decodeLearnerState(data: string | undefined | null): LearnerStateDecoding {
  if (!data || data.trim() === '') return { ok: false, reason: 'empty', detail: 'nothing stored' };
  const header = HEADER_PATTERN.exec(data);
  if (!header) return { ok: false, reason: 'foreign', detail: `stored state does not start with ${HEADER} (${JSON.stringify(data.slice(0, 16))}…)` };
  if (`LP${header[1]}.` !== HEADER) return { ok: false, reason: 'unsupported-version', detail: `stored state codec LP${header[1]} is not LP1` };
  const body = data.slice(HEADER.length);
  if (!/^[A-Za-z0-9_$-]*$/.test(body)) return { ok: false, reason: 'corrupt', detail: 'stored state contains characters the encoder never writes' };
  let json: string | null;
  try {
    json = LZString.decompressFromEncodedURIComponent(body.replace(/_/g, '+'));
  } catch (error) {
    return { ok: false, reason: 'corrupt', detail: `stored state does not decompress: ${String(error)}` };
  }
  if (!json) return { ok: false, reason: 'corrupt', detail: 'stored state does not decompress (truncated?)' };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'corrupt', detail: 'stored state decompresses to something that is not JSON' };
  }
  if (Array.isArray(value) && value[0] !== LEARNER_STATE_VERSION && isInt(value[0])) {
    return { ok: false, reason: 'unsupported-version', detail: `learner state version ${value[0]} is not ${LEARNER_STATE_VERSION}` };
  }
  const problem = tupleProblem(value);
  if (problem) return { ok: false, reason: 'corrupt', detail: `stored state: ${problem}` };
  return { ok: true, state: fromTuple(value as StateTuple) };
}
