/**
 * `npm run screenshots` gives the same pictures on every run: the views whose content is drawn
 * at random (the quiz's draw and choice order, the answers the script picks from them) are
 * captured twice, in fresh browser contexts, and must come out byte for byte the same. A package
 * build has no seed: its quiz shuffles with Math.random.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { lmspackViteConfig } from '../../vite.config.ts';
import { captureShot, SCREENSHOT_SEED, SHOTS } from '../../scripts/screenshots.ts';
import { SEED_COURSE } from '../support/course-copy.ts';
import { startBuiltPlayer, type BuiltPlayer } from './built-player.ts';

let built: BuiltPlayer;
beforeAll(async () => {
  built = await startBuiltPlayer(SEED_COURSE, { shuffleSeed: SCREENSHOT_SEED });
}, 120_000);
afterAll(async () => {
  await built?.close();
});

// The quiz's views are drawn at random; the flashcard's back has a button left under the pointer.
test.each([
  ['quiz-question', 375],
  ['results', 375],
  ['flashcards-back', 1280],
])('the %s view at %i px is the same picture twice', async (name, width) => {
  const shot = SHOTS.find((candidate) => candidate.name === name)!;
  const first = await captureShot(built, SEED_COURSE, shot, width, 'light');
  const second = await captureShot(built, SEED_COURSE, shot, width, 'light');
  expect(second.equals(first)).toBe(true);
}, 60_000);

/** The built app's JavaScript, all chunks together. */
async function appScript(shuffleSeed?: number): Promise<string> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'lmspack-seed-'));
  try {
    await build({ ...lmspackViteConfig({ courseDir: SEED_COURSE, outDir, ...(shuffleSeed === undefined ? {} : { shuffleSeed }) }), configFile: false, logLevel: 'warn' });
    const files = (await readdir(path.join(outDir, 'app'))).filter((file) => file.endsWith('.js'));
    return (await Promise.all(files.map((file) => readFile(path.join(outDir, 'app', file), 'utf8')))).join('\n');
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

test('only a build given a seed carries the seeded random source; a package build has none', async () => {
  // mulberry32's increment (learning/shuffle.ts), as the minifier writes it.
  const seeded = /1831565813|0x6d2b79f5/i;
  expect(await appScript(SCREENSHOT_SEED)).toMatch(seeded);
  expect(await appScript()).not.toMatch(seeded);
}, 120_000);
