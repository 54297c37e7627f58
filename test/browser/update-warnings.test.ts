/**
 * Lit's development build (which Vite serves to these tests) warns "change-in-update" when an
 * element schedules an update after one completed: a second render nobody asked for. Lit shows
 * each warning once per page, so the record of shown warnings is cleared before each view opens.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { emptyLearnerState } from '../../learning/learner-state.ts';
import { mountPlayer, navigate, settle } from './player-harness.ts';

const VIEWS = ['/', '/lesson', '/flashcards', '/quiz', '/concepts'] as const;

declare global {
  // Lit's development build keeps the warnings it has shown here (@lit/reactive-element).
  var litIssuedWarnings: Set<string> | undefined;
}

let warnings: string[] = [];

beforeEach(() => {
  warnings = [];
  const warn = console.warn.bind(console);
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    warn(...args);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The change-in-update warnings logged since the last call, naming the element. */
function updateWarnings(): string[] {
  const found = warnings.filter((warning) => warning.includes('lit.dev/msg/change-in-update'));
  warnings = [];
  globalThis.litIssuedWarnings?.clear();
  return found;
}

test('the tests run Lit in development mode, which warns of updates scheduled after an update', () => {
  expect(globalThis.litIssuedWarnings).toBeInstanceOf(Set);
});

test.each(VIEWS)('opening the player at %s schedules no update after an update completed', async (route) => {
  updateWarnings();
  const { player } = await mountPlayer(route);
  await settle(player);
  expect(updateWarnings()).toEqual([]);
});

test('resuming at the saved view schedules no update after an update completed', async () => {
  updateWarnings();
  history.replaceState(null, '', '#/');
  const { player } = await mountPlayer('/', { ...emptyLearnerState(), route: '/flashcards' });
  await settle(player);
  expect(location.hash).toBe('#/flashcards');
  expect(updateWarnings()).toEqual([]);
});

test('going from view to view schedules no update after an update completed', async () => {
  const { player } = await mountPlayer('/');
  updateWarnings();
  for (const route of [...VIEWS.slice(1), '/']) {
    await navigate(player, route);
    expect(updateWarnings(), route).toEqual([]);
  }
});
