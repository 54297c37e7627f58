/**
 * Flashcard scheduling with FSRS (through ts-fsrs), stored compactly: a handful of numbers per
 * card, so a whole deck fits easily in SCORM 1.2's 4,096-character suspend data.
 * @packageDocumentation
 */
import { fsrs, Rating as FsrsRating, State, type Card, type Grade } from 'ts-fsrs';
import type { FlashcardSettings } from '../format/course-schema.ts';

/** The four answers a learner gives after seeing the back of a card. */
export const CARD_RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type CardRating = (typeof CARD_RATINGS)[number];

/**
 * One card's schedule as plain numbers:
 * `[due, stability, difficulty, state, reps, lapses, learningSteps, lastReview]`.
 * Times are whole minutes since the Unix epoch (FSRS's shortest step is one minute);
 * `state` is 0 new, 1 learning, 2 review, 3 relearning.
 */
export type CardSchedule = [
  due: number,
  stability: number,
  difficulty: number,
  state: number,
  reps: number,
  lapses: number,
  learningSteps: number,
  lastReview: number,
];

const MINUTE = 60_000;
const DAY = 86_400_000;
const GRADES: Record<CardRating, Grade> = {
  again: FsrsRating.Again,
  hard: FsrsRating.Hard,
  good: FsrsRating.Good,
  easy: FsrsRating.Easy,
};

/** Minutes since the epoch, as stored in a schedule. */
export function toMinutes(date: Date): number {
  return Math.round(date.getTime() / MINUTE);
}

/** When a scheduled card is next due. */
export function dueDate(schedule: CardSchedule): Date {
  return new Date(schedule[0] * MINUTE);
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function toCard(schedule: CardSchedule): Card {
  const [due, stability, difficulty, state, reps, lapses, learningSteps, lastReview] = schedule;
  const dueAt = new Date(due * MINUTE);
  const last = new Date(lastReview * MINUTE);
  return {
    due: dueAt,
    stability,
    difficulty,
    elapsed_days: 0,
    // ts-fsrs still reads scheduled_days for review cards; it is the interval that was planned.
    scheduled_days: Math.max(0, Math.round((dueAt.getTime() - last.getTime()) / DAY)),
    learning_steps: learningSteps,
    reps,
    lapses,
    state: state as State,
    last_review: last,
  };
}

function fromCard(card: Card, reviewedAt: Date): CardSchedule {
  return [
    toMinutes(card.due),
    round(card.stability, 4),
    round(card.difficulty, 4),
    card.state,
    card.reps,
    card.lapses,
    card.learning_steps,
    toMinutes(card.last_review ?? reviewedAt),
  ];
}

/** Something that reschedules a card after a rating. */
export type CardScheduler = (previous: CardSchedule | undefined, rating: CardRating, now: Date) => CardSchedule;

/**
 * Returns the scheduler for the course's flashcard settings. Fuzz is off so the same ratings
 * give the same schedule (tests and resumed sessions agree); with a few dozen cards, the
 * clumping fuzz prevents does not arise.
 */
export function createCardScheduler(settings: Pick<FlashcardSettings, 'desiredRetention'>): CardScheduler {
  const scheduler = fsrs({ request_retention: settings.desiredRetention, enable_fuzz: false, enable_short_term: true });
  return (previous, rating, now) => {
    const card: Card = previous
      ? toCard(previous)
      : { due: now, stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: State.New };
    return fromCard(scheduler.next(card, now, GRADES[rating]).card, now);
  };
}

/** Options for {@link sessionQueue}. */
export interface SessionOptions {
  /** 'sequential' asks every card once, in course order. @default 'fsrs' */
  scheduler?: FlashcardSettings['scheduler'];
  /** Cards due within this many minutes count as due now (as in Anki's learn-ahead limit). @default 20 */
  learnAheadMinutes?: number;
}

/** Default learn-ahead limit: a card on a short learning step comes back within the session. */
export const LEARN_AHEAD_MINUTES = 20;

/** Whether a card should be shown in a session starting `now` (new cards always are). */
export function isDueSoon(schedule: CardSchedule | undefined, now: Date, learnAheadMinutes = LEARN_AHEAD_MINUTES): boolean {
  return !schedule || schedule[0] <= toMinutes(now) + learnAheadMinutes;
}

/**
 * The cards a session asks, in order: due cards first (earliest due first), then new ones in
 * course order. A card reviewed before but not yet due is left out.
 */
export function sessionQueue(
  cardIds: readonly string[],
  schedules: Readonly<Record<string, CardSchedule | undefined>>,
  now: Date,
  options: SessionOptions = {},
): string[] {
  if (options.scheduler === 'sequential') return [...cardIds];
  const learnAhead = options.learnAheadMinutes ?? LEARN_AHEAD_MINUTES;
  const due = cardIds
    .filter((id) => schedules[id] && isDueSoon(schedules[id], now, learnAhead))
    .sort((a, b) => (schedules[a]?.[0] ?? 0) - (schedules[b]?.[0] ?? 0));
  const fresh = cardIds.filter((id) => !schedules[id]);
  return [...due, ...fresh];
}

/** When the earliest of the given cards is next due; undefined when none has been reviewed. */
export function nextDue(cardIds: readonly string[], schedules: Readonly<Record<string, CardSchedule | undefined>>): Date | undefined {
  let earliest: number | undefined;
  for (const id of cardIds) {
    const schedule = schedules[id];
    if (schedule && (earliest === undefined || schedule[0] < earliest)) earliest = schedule[0];
  }
  return earliest === undefined ? undefined : new Date(earliest * MINUTE);
}

/** Minutes until the card would be due again after each rating (for the hints under the buttons). */
export function previewIntervals(scheduler: CardScheduler, previous: CardSchedule | undefined, now: Date): Record<CardRating, number> {
  const from = toMinutes(now);
  const result = {} as Record<CardRating, number>;
  for (const rating of CARD_RATINGS) result[rating] = Math.max(0, scheduler(previous, rating, now)[0] - from);
  return result;
}
