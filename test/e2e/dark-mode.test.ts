/**
 * The built package in dark mode and with reduced motion: axe (WCAG 2.1 AA) on every view, so
 * the dark palette is held to the same contrast bar as the light one. Also checks the package
 * makes no request outside itself.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations } from './axe-in-page.ts';
import { startBuiltPlayer, type BuiltPlayer } from './built-player.ts';

let built: BuiltPlayer;

beforeAll(async () => {
  built = await startBuiltPlayer();
});
afterAll(async () => {
  await built?.close();
});

test('every view passes axe in dark mode, and nothing is fetched from outside the package', async () => {
  const context = await built.browser.newContext({ colorScheme: 'dark', reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(built.url) && !request.url().startsWith('blob:') && !request.url().startsWith('data:')) outside.push(request.url());
  });
  for (const route of ['/', '/lesson', '/flashcards', '/quiz', '/concepts']) {
    await page.goto(`${built.url}#${route}`);
    await page.waitForSelector('lms-course-player');
    await page.waitForTimeout(150);
    expect(await axeViolations(page), route).toEqual([]);
  }
  // Card back, a question with feedback, and the results.
  await page.goto(`${built.url}#/flashcards`);
  await page.getByRole('button', { name: 'Show answer' }).click();
  expect(await axeViolations(page), 'card back').toEqual([]);
  await page.goto(`${built.url}#/quiz`);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Check' }).click();
  expect(await axeViolations(page), 'feedback').toEqual([]);
  const background = await page.evaluate(() => getComputedStyle(document.querySelector('lms-course-player') as Element).backgroundColor);
  expect(background).toBe('rgb(18, 22, 27)');
  expect(outside).toEqual([]);
  await context.close();
});
