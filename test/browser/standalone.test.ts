import { expect, test } from 'vitest';
import { startPlayer } from '../../app/start-player.ts';
import { StandaloneTracker, standaloneStorageKey } from '../../tracking/standalone.ts';
import { course, deepQuery, settle, tables } from './player-harness.ts';

test('standalone mode keeps progress in localStorage and shows the notice', async () => {
  localStorage.removeItem(standaloneStorageKey(course.settings.id));
  history.replaceState(null, '', '#/concepts');
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  const player = await startPlayer(course, tables, new StandaloneTracker({ course }), container);
  await settle(player);
  expect(deepQuery('.notice')?.textContent).toContain('not sent anywhere');
  await new Promise((resolve) => setTimeout(resolve, 20));
  const saved = JSON.parse(localStorage.getItem(standaloneStorageKey(course.settings.id)) ?? 'null');
  expect(saved).toMatchObject({ v: 1, route: '/concepts' });

  // A fresh player restores from it.
  history.replaceState(null, '', location.pathname);
  const again = await startPlayer(course, tables, new StandaloneTracker({ course }), container);
  await settle(again);
  expect(location.hash).toBe('#/concepts');
});

test('a corrupt saved state does not stop the course from opening', async () => {
  localStorage.setItem(standaloneStorageKey(course.settings.id), '{not json');
  const tracker = new StandaloneTracker({ course });
  expect(await tracker.restoreState()).toBeUndefined();
});
