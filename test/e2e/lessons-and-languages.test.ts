/**
 * The built player with the fixture courses a single-lesson English course cannot stand in for:
 * three lessons with content hostile to a phone (a six-column table, a 200-character word, a
 * wide image, a long URL and code line), and a right-to-left course in Arabic. Real Chromium,
 * axe-core for WCAG 2.1 A and AA.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from './axe-in-page.ts';
import { startBuiltPlayer, type BuiltPlayer } from './built-player.ts';
import { serveCourseAssets } from './course-assets.ts';

const THREE_LESSONS = 'test/fixtures/courses/three-lessons';
const ARABIC = 'test/fixtures/courses/arabic';

/** The focused element through shadow roots, as `tag "text"`. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active ? `${active.tagName.toLowerCase()} "${(active.textContent ?? '').replace(/\s+/g, ' ').trim()}"` : 'nothing';
  });
}

async function tabTo(page: Page, pattern: RegExp, limit = 80): Promise<string> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (pattern.test(now)) return now;
  }
  throw new Error(`Tab never reached ${pattern}; focus is on ${await focused(page)}`);
}

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('lms-course-player');
  await page.waitForTimeout(150);
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('a three-lesson course with wide content', () => {
  let built: BuiltPlayer;
  let context: BrowserContext;
  let page: Page;
  const views = ['/', '/lesson/spread', '/lesson/precautions', '/lesson/surveillance', '/flashcards', '/quiz', '/concepts'];

  beforeAll(async () => {
    built = await startBuiltPlayer(THREE_LESSONS);
  });
  afterAll(async () => {
    await built?.close();
  });

  async function freshPage(width: number): Promise<Page> {
    await context?.close();
    context = await built.browser.newContext({ viewport: { width, height: 800 }, reducedMotion: 'reduce' });
    await serveCourseAssets(context, built.url, THREE_LESSONS);
    page = await context.newPage();
    return page;
  }

  test.each([320, 375, 1280])('at %i px no view scrolls sideways and axe finds nothing', async (width) => {
    const page = await freshPage(width);
    for (const route of views) {
      await open(page, `${built.url}#${route}`);
      expect(await pageWidth(page), route).toBeLessThanOrEqual(width);
      expect(await axeViolations(page), route).toEqual([]);
    }
  });

  test('a wide table and a long code line scroll in their own labelled, keyboard-scrollable region; the image fits', async () => {
    const page = await freshPage(375);
    await open(page, `${built.url}#/lesson/spread/routes`);
    const table = page.getByRole('region', { name: 'Table (scrolls sideways)' });
    await expect(table.getAttribute('tabindex')).resolves.toBe('0');
    await table.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(100);
    expect(await table.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    const image = await page.locator('lms-lesson-view img').evaluate((img: HTMLImageElement) => ({ shown: img.getBoundingClientRect().width, natural: img.naturalWidth }));
    expect(image.natural).toBe(1600);
    expect(image.shown).toBeLessThanOrEqual(375);
    await open(page, `${built.url}#/lesson/precautions`);
    await expect(page.getByRole('region', { name: 'Code (scrolls sideways)' }).count()).resolves.toBe(1);
    expect(await pageWidth(page)).toBeLessThanOrEqual(375);
  });

  test('the keyboard goes from lesson to lesson; focus lands on the new lesson title', async () => {
    const page = await freshPage(1280);
    await open(page, `${built.url}#/lesson/spread`);
    // The arrows are CSS generated content (mirrored for right to left), not part of the link text.
    await tabTo(page, /^a "Next lesson Standard Precautions"$/);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
    expect(new URL(page.url()).hash).toBe('#/lesson/precautions');
    expect(await focused(page)).toBe('h1 "Standard Precautions"');
    expect(await page.locator('lms-lesson-view .position').textContent()).toBe('Lesson 2 of 3');
    await tabTo(page, /^a "Previous lesson How Infections Spread"$/);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
    expect(await focused(page)).toBe('h1 "How Infections Spread"');
  });

  test('each lesson shows its own progress; the overview lists them and continues at the first unread section; the player resumes in the right lesson', async () => {
    const page = await freshPage(1280);
    await open(page, `${built.url}#/lesson/spread`);
    expect(await page.locator('lms-lesson-view #lesson-progress').textContent()).toMatch(/^[12] of 3 sections read$/);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(300);
    expect(await page.locator('lms-lesson-view #lesson-progress').textContent()).toBe('3 of 3 sections read');
    await open(page, `${built.url}#/`);
    const lessons = await page.locator('lms-course-overview ol.lessons > li').evaluateAll((items) => items.map((item) => (item.textContent ?? '').replace(/\s+/g, ' ').trim()));
    expect(lessons).toEqual(['How Infections Spread ✓ 3 of 3 sections read', 'Standard Precautions 0 of 2 sections read', 'Surveillance 0 of 2 sections read']);
    const resume = page.getByRole('link', { name: 'Continue reading' });
    expect(await resume.getAttribute('href')).toBe('#/lesson/precautions/hand-hygiene');
    await open(page, `${built.url}#/lesson/surveillance`);
    // A new launch without a route opens where the learner was.
    const again = await context.newPage();
    await open(again, built.url);
    expect(new URL(again.url()).hash).toBe('#/lesson/surveillance');
    expect(await again.locator('lms-lesson-view h1').textContent()).toBe('Surveillance');
  });

  test('links by section id alone (older packages, lesson links, the glossary, quiz review) open the lesson that holds the section', async () => {
    const page = await freshPage(1280);
    await open(page, `${built.url}#/lesson/hand-hygiene`);
    expect(await page.locator('lms-lesson-view h1').textContent()).toBe('Standard Precautions');
    expect(await focused(page)).toBe('h2 "Hand hygiene"');
    await open(page, `${built.url}#/lesson/surveillance`);
    await page.locator('lms-lesson-view .content a', { hasText: 'hand hygiene' }).click();
    await page.waitForTimeout(200);
    expect(await page.locator('lms-lesson-view h1').textContent()).toBe('Standard Precautions');
    await open(page, `${built.url}#/concepts/hai`);
    // HAI (written "HAIs" in the lesson) is taught in two sections of two lessons.
    await page.locator('lms-concept-glossary a', { hasText: 'Counting infections' }).first().click();
    await page.waitForTimeout(200);
    expect(await page.locator('lms-lesson-view h1').textContent()).toBe('Surveillance');
    expect(await focused(page)).toBe('h2 "Counting infections"');
  });
});

describe('a right-to-left course in Arabic', () => {
  let built: BuiltPlayer;

  beforeAll(async () => {
    built = await startBuiltPlayer(ARABIC);
  });
  afterAll(async () => {
    await built?.close();
  });

  test.each([320, 1280])('at %i px: the page is Arabic and right to left, nothing scrolls sideways, axe finds nothing', async (width) => {
    const context = await built.browser.newContext({ viewport: { width, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    for (const route of ['/', '/lesson/why', '/lesson/when', '/lesson/how', '/flashcards', '/quiz', '/concepts']) {
      await open(page, `${built.url}#${route}`);
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
      expect(await pageWidth(page), route).toBeLessThanOrEqual(width);
      expect(await axeViolations(page), route).toEqual([]);
    }
    await context.close();
  });

  test('the interface speaks Arabic and mirrors: navigation, callouts, the next-lesson link and the table start on the right', async () => {
    const context = await built.browser.newContext({ viewport: { width: 375, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await open(page, `${built.url}#/lesson/why`);
    expect(await page.locator('lms-course-player nav ul').innerText()).toBe('نظرة عامة\nالدروس\nالبطاقات\nالاختبار\nالمفاهيم الأساسية');
    expect(await page.locator('lms-lesson-view .lms-callout-label').textContent()).toBe('مهم');
    expect(await page.locator('lms-lesson-view .position').textContent()).toBe('الدرس 1 من 3');
    const callout = await page.locator('lms-lesson-view .lms-callout').evaluate((element) => getComputedStyle(element).borderRightWidth);
    expect(callout).toBe('5px');
    const next = await page.locator('lms-lesson-view a[rel=next]').boundingBox();
    expect(next?.x).toBeLessThan(375 / 2);
    const table = page.getByRole('region', { name: 'جدول (يُمرَّر أفقيًا)' });
    // In right-to-left content a scroll region starts at its right edge: scrollLeft 0, content overflowing to the left.
    expect(await table.evaluate((element) => [element.scrollLeft, element.scrollWidth > element.clientWidth])).toEqual([0, true]);
    const firstCell = await page.locator('lms-lesson-view th').first().boundingBox();
    expect((firstCell?.x ?? 0) + (firstCell?.width ?? 0)).toBeGreaterThan(375 / 2);
    await context.close();
  });
});
