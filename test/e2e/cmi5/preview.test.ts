/**
 * `npm run preview:lms` for xAPI and cmi5 packages, run as an author runs it (usage errors:
 * test/e2e/preview/preview-usage.test.ts): a cmi5 package is served against the real LRS, and the
 * panel shows the statements that reached it (the LMS's `launched` first) and the state
 * documents, and its fault buttons switch the LRS's behaviour.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPO, SEED_COURSE } from '../../support/course-copy.ts';
import { buildCourseZips, type BuiltZips } from '../../support/lms-harness/course-packages.ts';
import { CHROMIUM_ARGS } from '../built-player.ts';

const TSX = path.join(REPO, 'node_modules/.bin/tsx');
const PREVIEW = path.join(REPO, 'scripts/lms-preview.ts');

let built: BuiltZips;
beforeAll(async () => {
  built = await buildCourseZips(SEED_COURSE, ['cmi5']);
}, 120_000);
afterAll(async () => {
  await built?.cleanup();
});

describe('a cmi5 package in the preview', () => {
  let preview: ChildProcess;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    preview = spawn(TSX, [PREVIEW, built.zips[0]!.file], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      preview.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        const found = /open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
        if (found) resolve(found);
      });
      preview.once('exit', (code) => reject(new Error(`the preview exited with ${code}: ${out}`)));
    });
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (preview && preview.exitCode === null) {
      const exited = new Promise((resolve) => preview.once('exit', resolve));
      preview.kill('SIGINT');
      await exited;
    }
  });

  test('shows the statements and LMS.LaunchData from the LRS beside the course, and its buttons switch faults', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(url);
    await expect.poll(() => page.locator('#title').textContent()).toBe('cmi5 preview: Introduction to the Therapeutic Relationship');
    // The LMS's `launched`, then the course's own `initialized`, as the LRS holds them.
    await expect.poll(() => page.locator('#statements li .verb').allTextContents(), { timeout: 15_000 }).toEqual(['launched', 'initialized']);
    const first = page.locator('#statements li').first();
    await first.locator('summary').click();
    const raw = JSON.parse((await first.locator('pre').textContent()) ?? '{}') as { verb: { id: string }; context: { registration: string } };
    expect(raw.verb.id).toBe('http://adlnet.gov/expapi/verbs/launched');
    expect(raw.context.registration).toBe(await page.locator('#registration').textContent());
    await expect.poll(() => page.locator('#state li').first().locator('summary').textContent()).toMatch(/^LMS\.LaunchData \d{3} bytes $/);
    // The course itself is running in the frame.
    await page.frameLocator('#course').locator('lms-course-player main').waitFor();

    const offline = page.getByRole('button', { name: 'LRS offline' });
    expect(await offline.getAttribute('aria-pressed')).toBe('false');
    await offline.click();
    await expect.poll(() => offline.getAttribute('aria-pressed')).toBe('true');
    await offline.click();
    await expect.poll(() => offline.getAttribute('aria-pressed')).toBe('false');

    const before = await page.locator('#registration').textContent();
    await page.getByRole('button', { name: 'New registration' }).click();
    await expect.poll(() => page.locator('#registration').textContent()).not.toBe(before);
    await expect.poll(() => page.locator('#statements li .verb').first().textContent()).toBe('launched');
    await page.close();
  });
});
