/**
 * A learner's language in a real cmi5 launch (cmi5 spec §11: `languagePreference` in the
 * learner preferences agent profile), on the seed course with `interfaceLanguages: [fr]`: the
 * English table comes in the player chunk, the French one is requested only for a learner who
 * prefers French, and a language the package does not carry leaves the interface in English.
 */
import { rm } from 'node:fs/promises';
import { afterAll, expect, test } from 'vitest';
import { TABLE_LANGUAGES } from '../../../format/i18n/language-tags.ts';
import { applyEdit, copyCourse, SEED_COURSE } from '../../support/course-copy.ts';
import { useLrsCourse } from '../../support/lrs/course-fixture.ts';
import { openCourse } from '../xapi/course-run.ts';

let courseDir: string | undefined;
const fx = useLrsCourse(['cmi5'], async () => {
  courseDir = await copyCourse(SEED_COURSE);
  await applyEdit(courseDir, { file: 'course.yaml', find: 'interfaceLanguages: []', replace: 'interfaceLanguages: [fr]' });
  return courseDir;
});
afterAll(async () => {
  if (courseDir) await rm(courseDir, { recursive: true, force: true });
});

/** A term table's chunk: `app/<language>-<hash>.js` (build-scripts/term-tables-module.ts). */
const TABLE_CHUNK = new RegExp(`/app/(${TABLE_LANGUAGES.join('|')})-[\\w-]{8}\\.js$`);

/** Launches the AU with `languagePreference` (none when undefined); the tables it requested and the navigation's words. */
async function opened(languagePreference?: string): Promise<{ tables: string[]; nav: string }> {
  const au = fx.pkg('cmi5');
  const prepared = await fx.lrs.prepareCmi5Launch({ packageUrl: fx.packageUrl('cmi5'), auId: au.activityId, moveOn: au.moveOn!, masteryScore: au.masteryScore!, ...(languagePreference ? { languagePreference } : {}) });
  const context = await fx.newContext({ viewport: { width: 1280, height: 900 } });
  const tables: string[] = [];
  context.on('request', (request) => {
    const table = TABLE_CHUNK.exec(new URL(request.url()).pathname)?.[1];
    if (table) tables.push(table);
  });
  const run = await openCourse(context, prepared.url);
  // The other views' chunks load when the browser is idle: by then no other table may have come.
  await run.page.waitForTimeout(2500);
  const nav = await run.frame.locator('lms-course-player nav ul').innerText();
  return { tables: tables.sort(), nav };
}

// The seed course is English and calls its reading part "Summary" (course.yaml terms).
const ENGLISH = 'Overview\nSummary\nFlashcards\nQuiz\nKey concepts';
// The author's words are English, so a French interface uses the French table's own.
const FRENCH = 'Accueil\nLeçons\nCartes\nQuiz\nNotions clés';

test('without a languagePreference no table is requested: the English one came with the player', { timeout: 60_000 }, async () => {
  expect(await opened()).toEqual({ tables: [], nav: ENGLISH });
});

test('languagePreference fr, or fr-CA (its base language), loads the French table, once, and the interface speaks French', { timeout: 60_000 }, async () => {
  expect(await opened('fr')).toEqual({ tables: ['fr'], nav: FRENCH });
  expect(await opened('fr-CA')).toEqual({ tables: ['fr'], nav: FRENCH });
});

test('languagePreference de, which the package does not carry, requests nothing and stays in the course language', { timeout: 60_000 }, async () => {
  expect(await opened('de')).toEqual({ tables: [], nav: ENGLISH });
});
