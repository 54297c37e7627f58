/**
 * The side panels of `npm run preview:lms`, as an author sees them in Chromium at a desktop and a
 * phone width: the SCORM data model and call log, and the xAPI statement stream. A number never
 * wraps (each numeric cell is one line box), a long key or id breaks only after a `.`, `/`, `_`,
 * `-` or `:`, and the panel is wide enough (or can be made wider with the splitter) for both.
 * The data comes from the real package in the real test LMS, plus an interaction with a long id
 * and a long suspend_data, set through the LMS's API as a SCO sets them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPO, SEED_COURSE } from '../../support/course-copy.ts';
import { buildCourseZips, type BuiltZips } from '../../support/lms-harness/course-packages.ts';
import { CHROMIUM_ARGS } from '../built-player.ts';

const TSX = path.join(REPO, 'node_modules/.bin/tsx');
const PREVIEW = path.join(REPO, 'scripts/lms-preview.ts');
const LONG_ID = 'urn:lmspack:therapeutic-relationship:question.what-is-the-working-alliance-and-why-does-it-matter_2';
const LONG_SUSPEND = 'N4IgzgpgTghgxgFwJYHsB2IBcIDKAVA8gLIA0IAggA4AmAngGZQgC+QA'.repeat(6);

let built: BuiltZips;
let browser: Browser;
const previews: ChildProcess[] = [];

/** How long the preview may take to print its address before the test says what it printed instead. */
const PREVIEW_START_MS = 45_000;

/**
 * Starts `npm run preview:lms` on `zip`; resolves with the URL it prints, once its whole line has
 * arrived (output can come in pieces, and half a URL is another page).
 */
function startPreview(zip: string): Promise<string> {
  const preview = spawn(TSX, [PREVIEW, zip], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  previews.push(preview);
  return new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the preview printed no address in ${PREVIEW_START_MS / 1000} s: ${out}`)), PREVIEW_START_MS);
    const collect = (chunk: string): void => {
      out += chunk;
      const found = /open (http:\/\/127\.0\.0\.1:\d+\/\S*)\n/.exec(out)?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    preview.stdout!.setEncoding('utf8').on('data', collect);
    preview.stderr!.setEncoding('utf8').on('data', (chunk: string) => void (out += chunk));
    preview.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the preview exited with ${code}: ${out}`));
    });
  });
}

beforeAll(async () => {
  built = await buildCourseZips(SEED_COURSE, ['scorm2004', 'xapi']);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  for (const preview of previews) {
    if (preview.exitCode !== null) continue;
    const exited = new Promise((resolve) => preview.once('exit', resolve));
    preview.kill('SIGINT');
    await exited;
  }
  await built?.cleanup();
});

interface CellLines {
  text: string;
  /** Lines the cell's text takes. */
  lines: number;
  /** The characters just before each line break. */
  breaksAfter: string[];
  /** Where in `text` each line starts, after the first. */
  breaks: number[];
}

/** How each cell matching `selector` in the panel lays out its text. */
function cellLines(page: Page, selector: string): Promise<CellLines[]> {
  return page.locator(selector).evaluateAll((cells) =>
    cells.map((cell) => {
      const text = cell.textContent ?? '';
      const range = document.createRange();
      const tops: number[] = [];
      const breaksAfter: string[] = [];
      const breaks: number[] = [];
      let index = 0;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let offset = 0; offset < (node.textContent ?? '').length; offset++, index++) {
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          const top = Math.round(range.getBoundingClientRect().top);
          if (tops.length > 0 && top > tops[tops.length - 1]!) {
            breaksAfter.push(text[index - 1] ?? '');
            breaks.push(index);
          }
          if (tops.length === 0 || top > tops[tops.length - 1]!) tops.push(top);
        }
      }
      return { text, lines: tops.length, breaksAfter, breaks };
    }),
  );
}

const NUMBER = /^[-+]?\d[\d.:,]*(?:\s+[-+]?\d[\d.:,]*)*$|^(?:true|false) \d+$/;
const SENSIBLE_BREAK = /[./_\-:,\s]/;

describe('the SCORM panel', () => {
  for (const width of [1280, 375]) {
    test(`at ${width} px: numbers on one line, long keys and ids broken only after separators`, async () => {
      const url = await startPreview(built.zips.find((zip) => zip.format === 'scorm2004')!.file);
      const page = await browser.newPage({ viewport: { width, height: 860 } });
      await page.goto(url);
      await page.frameLocator('#sco').locator('lms-course-player main').waitFor();
      await page.evaluate(
        ({ id, suspend }) => {
          const api = (window as unknown as { API_1484_11: Record<string, (...args: string[]) => string> }).API_1484_11;
          api.SetValue!('cmi.interactions.0.id', id);
          api.SetValue!('cmi.interactions.0.type', 'choice');
          api.SetValue!('cmi.interactions.0.result', 'correct');
          api.SetValue!('cmi.interactions.0.weighting', '1');
          api.SetValue!('cmi.score.raw', '83.333');
          api.SetValue!('cmi.suspend_data', suspend);
          api.Commit!('');
        },
        { id: LONG_ID, suspend: LONG_SUSPEND },
      );
      await page.locator('#panel td', { hasText: LONG_ID }).first().waitFor();
      await page.screenshot({ path: path.join(REPO, `.tmp/preview-scorm-${width}.png`) });

      const cells = await cellLines(page, '#panel td');
      const numbers = cells.filter((cell) => NUMBER.test(cell.text));
      expect(numbers.length).toBeGreaterThanOrEqual(20);
      expect(numbers.filter((cell) => cell.lines !== 1)).toEqual([]);
      const keys = cells.filter((cell) => /^cmi\./.test(cell.text));
      expect(keys.length).toBeGreaterThanOrEqual(10);
      expect(keys.flatMap((cell) => cell.breaksAfter.filter((char) => !SENSIBLE_BREAK.test(char)).map((char) => `${cell.text} after "${char}"`))).toEqual([]);
      const id = cells.find((cell) => cell.text === LONG_ID)!;
      expect(id.breaksAfter.filter((char) => !SENSIBLE_BREAK.test(char))).toEqual([]);
      // A number inside a call is not broken either.
      const score = cells.find((cell) => cell.text === 'SetValue(cmi.score.raw, 83.333)')!;
      const number = score.text.indexOf('83.333');
      expect(score.breaks.filter((at) => at > number && at < number + 6)).toEqual([]);
      await page.locator('#panel h2', { hasText: 'Calls' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(REPO, `.tmp/preview-scorm-calls-${width}.png`) });
      await page.close();
    }, 90_000);
  }
});

test('the splitter widens the panel with the arrow keys and by dragging, and a relaunch keeps the width', async () => {
  const url = await startPreview(built.zips.find((zip) => zip.format === 'scorm2004')!.file);
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(url);
  const panelWidth = () => page.locator('#panel').evaluate((panel) => Math.round(panel.getBoundingClientRect().width));
  expect(await panelWidth()).toBe(576); // 45 % of 1280 px
  const splitter = page.getByRole('separator', { name: 'Panel width' });
  expect(await splitter.getAttribute('aria-valuenow')).toBe('45');
  await splitter.focus();
  await page.keyboard.press('ArrowLeft');
  expect(await splitter.getAttribute('aria-valuenow')).toBe('50');
  expect(await panelWidth()).toBe(640);
  const box = (await splitter.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 100);
  await page.mouse.down();
  await page.mouse.move(384, box.y + 120, { steps: 5 });
  await page.mouse.up();
  expect(await splitter.getAttribute('aria-valuenow')).toBe('70');
  expect(await panelWidth()).toBe(896);
  await page.getByRole('button', { name: 'Relaunch (resume)' }).click();
  await page.waitForURL(/launch=/);
  await expect.poll(panelWidth).toBe(896);
  await page.close();
}, 90_000);

describe('the xAPI statement panel', () => {
  for (const width of [1280, 375]) {
    test(`at ${width} px: times, counts and statuses on one line, ids and IRIs broken only after separators`, async () => {
      const url = await startPreview(built.zips.find((zip) => zip.format === 'xapi')!.file);
      const page = await browser.newPage({ viewport: { width, height: 860 } });
      await page.goto(url);
      await expect.poll(() => page.locator('#statements li').count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
      await page.locator('#statements summary').first().click();
      await page.screenshot({ path: path.join(REPO, `.tmp/preview-xapi-${width}.png`) });

      const atoms = await cellLines(page, '#panel .time, #panel .status, #statement-count, #state .object');
      expect(atoms.length).toBeGreaterThanOrEqual(3);
      expect(atoms.filter((atom) => atom.lines !== 1)).toEqual([]);
      const ids = await cellLines(page, '#registration, #statements pre, #requests li');
      expect(ids.length).toBeGreaterThanOrEqual(3);
      expect(ids.flatMap((id) => id.breaksAfter.filter((char) => !SENSIBLE_BREAK.test(char) && !/["{}[\]=?&]/.test(char)).map((char) => `${id.text.slice(0, 60)} after "${char}"`))).toEqual([]);
      await page.close();
    }, 90_000);
  }
});
