/**
 * `npm run dev` as an author uses it: the real Vite dev server (the `vite` command with this
 * repository's vite.config.ts) on a copy of a course, and real Chromium. It serves the course,
 * reloads when a course file changes, and when a file breaks, Vite's error overlay shows
 * lmspack's diagnostics (code, file:line:column, message, code frame, hint) and no stack trace;
 * mending the file brings the course back. It serves the term tables a package of the course
 * carries, no others.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { TABLE_LANGUAGES } from '../../../format/i18n/language-tags.ts';
import { applyEdit, copyCourse, MINIMAL_COURSE, REPO } from '../../support/course-copy.ts';
import { CHROMIUM_ARGS } from '../built-player.ts';

let course: string;
let server: ChildProcess;
let browser: Browser;
let url: string;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts `vite` (what `npm run dev` runs) for `courseDir`; resolves once it listens. */
async function startDevServer(courseDir: string): Promise<string> {
  const port = await freePort();
  server = spawn(path.join(REPO, 'node_modules/.bin/vite'), ['--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: REPO,
    env: { ...process.env, LMSPACK_COURSE_DIR: courseDir, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (out.includes(`http://127.0.0.1:${port}/`)) resolve(`http://127.0.0.1:${port}/`);
    });
    server.once('exit', (code) => reject(new Error(`vite exited with ${code}: ${out}`)));
  });
}

/** The text of a part of Vite's error overlay (in its shadow root), or undefined while there is none. */
function overlayText(page: Page, part = '.window'): Promise<string | undefined> {
  return page.evaluate((selector) => document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector(selector)?.textContent ?? undefined, part);
}

/** The course title as the player shows it. */
function playerTitle(page: Page): Promise<string | null> {
  return page.locator('lms-course-player h1').first().textContent({ timeout: 1_000 }).catch(() => null);
}

/** Opens the dev server's page and waits for the player to show `title`. */
async function openPlayer(title: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await expect.poll(() => playerTitle(page), { timeout: 30_000 }).toBe(title);
  return page;
}

beforeAll(async () => {
  course = await copyCourse(MINIMAL_COURSE);
  url = await startDevServer(course);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  await rm(course, { recursive: true, force: true });
});

test('serves the course and reloads the page when a course file changes', async () => {
  const page = await openPlayer('Cells');
  await applyEdit(course, { file: 'course.yaml', find: 'title: Cells', replace: 'title: Living Cells' });
  await expect.poll(() => playerTitle(page), { timeout: 30_000 }).toBe('Living Cells');
  await page.close();
}, 90_000);

test('a broken course file: the overlay shows the diagnostic with its code frame and hint, no stack; mending it brings the course back', async () => {
  const page = await openPlayer('Living Cells');
  await applyEdit(course, { file: 'quiz.yaml', find: 'section: the-cell', replace: 'section: the-cel' });
  await expect.poll(() => overlayText(page), { timeout: 30_000 }).toContain('LMS012');
  const text = await overlayText(page, '.message-body');
  const stack = await overlayText(page, '.stack');
  await page.screenshot({ path: path.join(REPO, '.tmp/dev-overlay-1280.png') });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: path.join(REPO, '.tmp/dev-overlay-375.png') });
  expect(text).toContain(`${path.join(course, 'quiz.yaml')}:12:14  error LMS012`);
  expect(text).toContain('> 12 |     section: the-cel');
  expect(text).toContain('hint: ');
  expect(text).toContain('1 error, 0 warnings');
  expect(await overlayText(page)).not.toMatch(/^\s*at /m);
  expect(await overlayText(page)).not.toContain('[plugin:');
  expect(stack).toBe('');

  await applyEdit(course, { file: 'quiz.yaml', find: 'section: the-cel', replace: 'section: the-cell' });
  await expect.poll(() => playerTitle(page), { timeout: 30_000 }).toBe('Living Cells');
  expect(await overlayText(page)).toBeUndefined();
  await page.close();
}, 90_000);

test('the interface tables are a package’s: the course language’s, and those interfaceLanguages lists, each fetched when a learner asks for it', async () => {
  /** Opens the player, recording which term tables' modules the page fetches. */
  const open = async (): Promise<{ page: Page; tables: string[] }> => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const tables: string[] = [];
    page.on('request', (request) => {
      const table = /\/format\/i18n\/([\w-]+)\.ts$/.exec(new URL(request.url()).pathname)?.[1];
      if ((TABLE_LANGUAGES as readonly string[]).includes(table ?? '')) tables.push(table!);
    });
    await page.goto(url);
    await expect.poll(() => playerTitle(page), { timeout: 30_000 }).toBe('Living Cells');
    return { page, tables };
  };
  const setLearnerLanguage = (page: Page, language: string) =>
    page.evaluate(async (tag) => {
      const player = document.querySelector('lms-course-player') as HTMLElement & { learnerLanguage?: string; updateComplete: Promise<boolean> };
      player.learnerLanguage = tag;
      await player.updateComplete;
    }, language);
  const firstNavLabel = (page: Page) => page.locator('lms-course-player nav ul a').first().innerText();

  const before = await open();
  await setLearnerLanguage(before.page, 'fr');
  expect(await firstNavLabel(before.page)).toBe('Overview');
  expect(before.tables).toEqual(['en']);
  // The open page reloads once the server has the new course: a page opened before might see either.
  const reloaded = before.page.waitForEvent('load', { timeout: 30_000 });
  await applyEdit(course, { file: 'course.yaml', find: 'language: en\n', replace: 'language: en\ninterfaceLanguages: [fr]\n' });
  await reloaded;
  await before.page.close();
  const after = await open();
  expect(after.tables).toEqual(['en']);
  await setLearnerLanguage(after.page, 'de');
  expect(await firstNavLabel(after.page)).toBe('Overview');
  await setLearnerLanguage(after.page, 'fr');
  expect(await firstNavLabel(after.page)).toBe('Accueil');
  expect(after.tables).toEqual(['en', 'fr']);
  await after.page.close();
}, 90_000);
