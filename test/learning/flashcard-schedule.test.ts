import { expect, test } from 'vitest';
import type { Flashcard } from '../../format/validated-course.ts';
import { createCardScheduler, dueDate, nextDue, previewIntervals, sessionQueue, toMinutes } from '../../learning/flashcard-schedule.ts';

const now = new Date('2025-01-01T10:00:00Z');
const schedule = createCardScheduler({ desiredRetention: 0.9 });

test('a new card rated Easy is due days later; Again comes back within minutes', () => {
  const easy = schedule(undefined, 'easy', now);
  expect(dueDate(easy).getTime() - now.getTime()).toBeGreaterThan(86_400_000);
  expect(easy[3]).toBe(2); // review state
  const again = schedule(undefined, 'again', now);
  expect(again[0] - toMinutes(now)).toBeLessThanOrEqual(10);
  expect(easy).toHaveLength(8);
  expect(easy.every((value) => Number.isFinite(value))).toBe(true);
});

test('schedules are deterministic and continue from the stored numbers', () => {
  const first = schedule(undefined, 'good', now);
  expect(schedule(undefined, 'good', now)).toEqual(first);
  const later = dueDate(first);
  const second = schedule(first, 'good', later);
  expect(second[4]).toBe(2); // reps
  expect(second[0]).toBeGreaterThan(first[0]);
});

test('higher retention gives shorter intervals', () => {
  const graduated = schedule(undefined, 'easy', now);
  const strict = createCardScheduler({ desiredRetention: 0.97 });
  const relaxed = createCardScheduler({ desiredRetention: 0.75 });
  const at = dueDate(graduated);
  expect(strict(graduated, 'good', at)[0]).toBeLessThan(relaxed(graduated, 'good', at)[0]);
});

test('a session asks due cards first (earliest first), then new ones in course order, and skips cards not due', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  const dueSoon = schedule(undefined, 'again', new Date(now.getTime() - 3_600_000));
  const dueEarlier = schedule(undefined, 'again', new Date(now.getTime() - 7_200_000));
  const notDue = schedule(undefined, 'easy', now);
  expect(sessionQueue(ids, { b: dueSoon, d: dueEarlier, e: notDue }, now)).toEqual(['d', 'b', 'a', 'c']);
  expect(sessionQueue(ids, { e: notDue }, now, { scheduler: 'sequential' })).toEqual(ids);
});

test('nextDue finds the earliest due date among reviewed cards', () => {
  const easy = schedule(undefined, 'easy', now);
  const good = schedule(undefined, 'good', now);
  expect(nextDue(['a', 'b', 'c'], { a: easy, b: good })).toEqual(dueDate(good));
  expect(nextDue(['a'], {})).toBeUndefined();
});

test('previewIntervals grows from Again to Easy', () => {
  const minutes = previewIntervals(schedule, undefined, now);
  expect(minutes.again).toBeLessThanOrEqual(minutes.hard);
  expect(minutes.hard).toBeLessThanOrEqual(minutes.good);
  expect(minutes.good).toBeLessThan(minutes.easy);
});
