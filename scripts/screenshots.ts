/**
 * Writes docs/screenshots/<view>-375.png and -1280.png from the built player, so a person can
 * look at every view on a phone and a desktop width, plus the fixture courses with several
 * lessons, a wide table and right-to-left text. Run with `npm run screenshots`
 * (`LMSPACK_SCREENSHOTS=seed` or `=fixtures` for one half); the test run does not call it.
 *
 * Running it twice changes no file: the player is built with a fixed seed for the quiz's draw and
 * shuffles, the page clock stands still at one instant, and motion is reduced and animations
 * finished before each capture (test/e2e/screenshots.test.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startBuiltPlayer, type BuiltPlayer } from '../test/e2e/built-player.ts';
import { serveCourseAssets } from '../test/e2e/course-assets.ts';

const OUT = path.resolve('docs/screenshots');
const WIDTHS = [375, 1280] as const;
/** The quiz's draw and choice order in every screenshot. */
export const SCREENSHOT_SEED = 20_260_101;
/** The page's clock in every screenshot, so a due date or "in 10 minutes" never moves. */
const SCREENSHOT_TIME = new Date('2026-01-05T09:00:00Z');

export interface Shot {
  name: string;
  route: string;
  /** Brings the view into the state to capture. */
  prepare?: (page: Page) => Promise<void>;
  /** A view with a long list laid out lazily: captured with every entry drawn (see showWholePage). */
  longList?: true;
}

async function answerAll(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start quiz' }).click();
  for (let i = 0; i < 20; i++) {
    const submit = page.locator('lms-quiz form button[type=submit]');
    if ((await submit.count()) === 0) break;
    const radio = page.getByRole('radio').first();
    const box = page.getByRole('checkbox').first();
    const text = page.getByRole('textbox');
    const selects = page.locator('lms-quiz-question select');
    if (await radio.count()) await radio.check();
    else if (await box.count()) await box.check();
    else if (await text.count()) await text.fill('therapeutic alliance');
    else if (await selects.count()) for (const select of await selects.all()) await select.selectOption({ index: 1 });
    await submit.click(); // Check
    await submit.click(); // Next or Submit
  }
}

export const SHOTS: Shot[] = [
  { name: 'overview', route: '/' },
  { name: 'lesson', route: '/lesson' },
  {
    name: 'lesson-popover',
    route: '/lesson',
    prepare: async (page) => {
      await page.locator('a.lms-term').nth(1).click();
    },
  },
  { name: 'flashcards-front', route: '/flashcards' },
  {
    name: 'flashcards-back',
    route: '/flashcards',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Show answer' }).click();
      await page.waitForTimeout(450);
    },
  },
  {
    name: 'quiz-question',
    route: '/quiz',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Start quiz' }).click();
      await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: 'Check' }).click();
    },
  },
  { name: 'results', route: '/quiz', prepare: answerAll, longList: true },
  { name: 'glossary', route: '/concepts', longList: true },
];

/** Shots of the fixture courses that show what the seed course cannot: several lessons, wide content, right to left. */
const FIXTURE_SHOTS: { courseDir: string; shots: Shot[] }[] = [
  {
    courseDir: 'test/fixtures/courses/three-lessons',
    shots: [
      { name: 'lessons-overview', route: '/' },
      { name: 'lesson-table', route: '/lesson/spread/routes' },
    ],
  },
  {
    courseDir: 'test/fixtures/courses/arabic',
    shots: [
      { name: 'rtl-overview', route: '/' },
      { name: 'rtl-lesson-table', route: '/lesson/why/numbers' },
    ],
  },
];

/** One view at one width and colour scheme, as PNG bytes. */
/**
 * Long lists lay out only their entries near the viewport (`content-visibility: auto`), which a
 * learner sees drawn as they scroll; a full-page capture would show the rest blank. The viewport
 * takes the page's height (again, while the drawn entries change it) so every entry is drawn.
 * Only for those views: a lesson seen whole would mark every section as read.
 */
async function showWholePage(page: Page, width: number): Promise<void> {
  for (let tries = 0; tries < 5; tries++) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    if (height === page.viewportSize()?.height) return;
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(100);
  }
}

export async function captureShot(built: BuiltPlayer, courseDir: string, shot: Shot, width: number, scheme: 'light' | 'dark'): Promise<Buffer> {
  const context = await built.browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, reducedMotion: 'reduce' });
  try {
    await context.clock.setFixedTime(SCREENSHOT_TIME);
    await serveCourseAssets(context, built.url, courseDir);
    const page = await context.newPage();
    await page.goto(`${built.url}#${shot.route}`);
    await page.waitForSelector('lms-course-player');
    await shot.prepare?.(page);
    // A button left under the pointer is mid-way through its hover transition.
    await page.mouse.move(0, 0);
    await page.waitForTimeout(200);
    if (shot.longList) await showWholePage(page, width);
    return await page.screenshot({ fullPage: shot.name !== 'lesson-popover', animations: 'disabled' });
  } finally {
    await context.close();
  }
}

async function capture(courseDir: string, shots: readonly Shot[], schemes: readonly ('light' | 'dark')[]): Promise<void> {
  const built = await startBuiltPlayer(courseDir, { shuffleSeed: SCREENSHOT_SEED });
  try {
    for (const scheme of schemes) {
      for (const width of WIDTHS) {
        for (const shot of shots) {
          // Dark mode only for a few views: enough to eyeball the palette.
          if (scheme === 'dark' && !['overview', 'quiz-question', 'flashcards-back'].includes(shot.name)) continue;
          const file = path.join(OUT, `${shot.name}${scheme === 'dark' ? '-dark' : ''}-${width}.png`);
          await writeFile(file, await captureShot(built, courseDir, shot, width, scheme));
          console.log(`wrote ${path.relative(process.cwd(), file)}`);
        }
      }
    }
  } finally {
    await built.close();
  }
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const only = process.env.LMSPACK_SCREENSHOTS;
  if (only !== 'fixtures') await capture(process.env.LMSPACK_COURSE_DIR ?? 'course', SHOTS, ['light', 'dark']);
  if (only !== 'seed') for (const { courseDir, shots } of FIXTURE_SHOTS) await capture(courseDir, shots, ['light']);
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) await main();
