/**
 * `npm run dev` as an author uses it: the real Vite dev server (the `vite` command with this
 * repository's vite.config.ts) on a copy of a course, and real Chromium. It serves the course,
 * reloads when a course file changes, and when a file breaks, Vite's error overlay shows
 * lmspack's diagnostics (code, file:line:column, message, code frame, hint) and no stack trace;
 * mending the file brings the course back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
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
