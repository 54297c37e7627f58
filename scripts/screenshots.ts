/**
 * Writes docs/screenshots/<view>-375.png and -1280.png from the built player, so a person can
 * look at every view on a phone and a desktop width. Run with `npm run screenshots`; the test
 * run does not call it.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startBuiltPlayer } from '../test/e2e/built-player.ts';

const OUT = path.resolve('docs/screenshots');
const WIDTHS = [375, 1280] as const;

interface Shot {
  name: string;
  route: string;
  /** Brings the view into the state to capture. */
  prepare?: (page: Page) => Promise<void>;
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

const SHOTS: Shot[] = [
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
  { name: 'results', route: '/quiz', prepare: answerAll },
  { name: 'glossary', route: '/concepts' },
];

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const built = await startBuiltPlayer(process.env.LMSPACK_COURSE_DIR ?? 'course');
  try {
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of WIDTHS) {
        for (const shot of SHOTS) {
          // Dark mode only for a few views: enough to eyeball the palette.
          if (scheme === 'dark' && !['overview', 'quiz-question', 'flashcards-back'].includes(shot.name)) continue;
          const context = await built.browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, reducedMotion: 'reduce' });
          const page = await context.newPage();
          await page.goto(`${built.url}#${shot.route}`);
          await page.waitForSelector('lms-course-player');
          await shot.prepare?.(page);
          await page.waitForTimeout(200);
          const file = path.join(OUT, `${shot.name}${scheme === 'dark' ? '-dark' : ''}-${width}.png`);
          await page.screenshot({ path: file, fullPage: shot.name !== 'lesson-popover' });
          console.log(`wrote ${path.relative(process.cwd(), file)}`);
          await context.close();
        }
      }
    }
  } finally {
    await built.close();
  }
}

await main();
