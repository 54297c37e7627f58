import { expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { activeElement, mountPlayer, navigate, settle, tabTo } from './player-harness.ts';

test('no horizontal scrolling at 320 px on any view', async () => {
  await page.viewport(320, 640);
  try {
    const { player } = await mountPlayer('/');
    for (const route of ['/', '/lesson', '/flashcards', '/quiz', '/concepts']) {
      await navigate(player, route);
      await settle(player);
      expect(document.documentElement.scrollWidth, route).toBeLessThanOrEqual(320);
    }
  } finally {
    await page.viewport(1024, 768);
  }
});

test('keyboard focus shows a visible ring', async () => {
  const { player } = await mountPlayer('/');
  void player;
  const link = await tabTo((element) => element.getAttribute('href') === '#/lesson' && element.classList.contains('button'));
  const style = getComputedStyle(link);
  expect(style.outlineStyle).toBe('solid');
  expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
});

test('navigation moves focus to the new view heading and the back button works', async () => {
  const { player, events } = await mountPlayer('/');
  await tabTo((element) => element.getAttribute('href') === '#/concepts');
  await userEvent.keyboard('{Enter}');
  await settle(player);
  expect(activeElement()?.textContent).toBe('Key concepts');
  history.back();
  await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
  await settle(player);
  expect(location.hash).toBe('#/');
  expect(events.filter((event) => event.type === 'view-opened').map((event) => event.type === 'view-opened' && event.view)).toEqual([
    'overview',
    'concepts',
    'overview',
  ]);
  expect(player.learnerState.route).toBe('/');
});

test('a concept link opens the glossary at that concept', async () => {
  const { player } = await mountPlayer('/concepts/empathy');
  await settle(player);
  expect(activeElement()?.textContent).toBe('Empathy');
});

test('opened without a route, the player resumes at the saved one', async () => {
  const { player } = await mountPlayer('/quiz');
  const saved = player.learnerState;
  document.body.replaceChildren();
  history.replaceState(null, '', location.pathname + location.search);
  const { player: resumed } = await mountPlayer('', saved);
  void resumed;
  expect(location.hash).toBe('#/quiz');
});
