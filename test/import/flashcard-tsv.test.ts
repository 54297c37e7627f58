/**
 * One TSV format for the player's "Save flashcards", the build's dist/<id>-flashcards.tsv and
 * `lmspack import`: export → import → export gives the same file, character for character.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadCourse } from '../../build-scripts/course/load-course.ts';
import { planImport } from '../../build-scripts/import/import-deck.ts';
import { writeFlashcardsFile } from '../../build-scripts/package/flashcards-file.ts';
import { flashcardsTsv } from '../../format/flashcard-tsv.ts';
import type { ValidatedCourse } from '../../format/validated-course.ts';
import { copyCourse, SEED_COURSE } from '../support/course-copy.ts';

const GOLDEN = path.join(import.meta.dirname, 'fixtures/seed-flashcards.tsv');
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function load(dir: string): Promise<ValidatedCourse> {
  const result = await loadCourse(dir);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.course!;
}

/** Imports `tsv` into a copy of the seed course whose own cards are removed, and loads it. */
async function importIntoEmptySeed(tsv: string): Promise<ValidatedCourse> {
  const course = await copyCourse(SEED_COURSE);
  dirs.push(course);
  await rm(path.join(course, 'flashcards.yaml'));
  const deck = path.join(course, 'deck.tsv');
  await writeFile(deck, tsv);
  const plan = await planImport(deck, course, 'deck.tsv');
  expect(plan.diagnostics).toEqual([]);
  await writeFile(plan.write!.file, plan.write!.text);
  return load(course);
}

test("the seed course's TSV: headers, quoting and tags (course id first, then concepts)", async () => {
  const seed = await load(SEED_COURSE);
  const tsv = flashcardsTsv(seed.flashcards, seed.settings.id);
  expect(tsv).toBe(await readFile(GOLDEN, 'utf8'));
  expect(tsv.split('\n').slice(0, 5)).toEqual([
    '#separator:tab',
    '#html:false',
    '#columns:Front\tBack\tTags',
    '#tags column:3',
    'What is the therapeutic relationship defined as in helping fields?\tA collaborative partnership between a client and a professional.\ttherapeutic-relationship therapeutic-relationship',
  ]);
  expect(tsv).toContain('\t"As a ""common factor."""\t');
});

test('the build writes dist/<course-id>-flashcards.tsv with exactly the text the player offers', async () => {
  const seed = await load(SEED_COURSE);
  const out = await mkdtemp(path.join(tmpdir(), 'lmspack-tsv-'));
  dirs.push(out);
  const file = await writeFlashcardsFile(seed, out);
  expect(file).toBe(path.join(out, 'therapeutic-relationship-flashcards.tsv'));
  expect(await readFile(file!, 'utf8')).toBe(await readFile(GOLDEN, 'utf8'));
});

test("the seed course's cards: export → import → export is identical, concepts and order included", async () => {
  const seed = await load(SEED_COURSE);
  const tsv = flashcardsTsv(seed.flashcards, seed.settings.id);
  const imported = await importIntoEmptySeed(tsv);
  expect(flashcardsTsv(imported.flashcards, imported.settings.id)).toBe(tsv);
  expect(imported.flashcards.map(({ front, back, concepts }) => ({ front, back, concepts }))).toEqual(seed.flashcards.map(({ front, back, concepts }) => ({ front, back, concepts })));
});

test('cards with tabs, line breaks, quotes, Markdown and a leading # survive export → import → export', async () => {
  const course = await copyCourse(SEED_COURSE);
  dirs.push(course);
  const cards = [
    { id: 'tab', front: 'A tab\there, "double" and \'single\' quotes', back: 'Line 1\nLine 2\n\n  indented line 4', concepts: ['rapport'] },
    { id: 'markdown', front: '**Bold**, _italic_, `code` and a [link](https://example.org)', back: '- a list item\n- another; a semicolon, a comma | a pipe' },
    { id: 'hash', front: '#1 cause of a rupture?', back: 'Ends with a backslash \\ and <angle brackets> & an ampersand', concepts: ['empathy', 'rapport'] },
    { id: 'unicode', front: '"Quoted" at the start', back: 'Café — naïve ✓ 日本語 🙂' },
  ];
  await writeFile(path.join(course, 'flashcards.yaml'), `cards:\n${cards.map((c) => `  - ${JSON.stringify(c)}\n`).join('')}`);
  const original = await load(course);
  const tsv = flashcardsTsv(original.flashcards, original.settings.id);
  expect(tsv.split('\n')[4]).toBe('"A tab\there, ""double"" and \'single\' quotes"\t"Line 1');
  const imported = await importIntoEmptySeed(tsv);
  expect(flashcardsTsv(imported.flashcards, imported.settings.id)).toBe(tsv);
  expect(imported.flashcards.map(({ front, back }) => ({ front, back }))).toEqual(cards.map(({ front, back }) => ({ front, back })));
});
