/** `lmspack import` run as an author runs it: exit codes, what it prints, and the file it writes. */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadCourse } from '../../build-scripts/course/load-course.ts';
import { copyCourse, REPO, SEED_COURSE } from '../support/course-copy.ts';
import { lmspack } from './run-cli.ts';

const FIXTURES = path.join(REPO, 'test/import/fixtures');
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function seedCopy(): Promise<{ course: string; cards: string; before: string }> {
  const course = await copyCourse(SEED_COURSE);
  dirs.push(course);
  const cards = path.join(course, 'flashcards.yaml');
  return { course, cards, before: await readFile(cards, 'utf8') };
}

test('imports a deck: exit 0, the new ids listed, the old text kept and the course still loading clean', async () => {
  const { course, cards, before } = await seedCopy();
  const result = await lmspack(['import', path.join(FIXTURES, 'remnote.csv'), '--course', course]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toBe(`lmspack: added 3 cards to ${path.relative(REPO, cards)}: what-is-the-working-phase, two-signs-of-a-ruptured-alliance, does-the-relationship-predict-outcome\n`);
  const after = await readFile(cards, 'utf8');
  expect(after.slice(0, before.length)).toBe(before);
  expect(after.slice(before.length)).toBe(
    [
      '',
      '  - id: what-is-the-working-phase',
      '    front: What is the working phase?',
      '    back: The middle stage, where the client works on goals.',
      '',
      '  - id: two-signs-of-a-ruptured-alliance',
      '    front: Two signs of a ruptured alliance',
      '    back: |-',
      '      Missed sessions',
      '      Withdrawn, short answers',
      '',
      '  - id: does-the-relationship-predict-outcome',
      '    front: Does the relationship predict outcome?',
      `    back: 'Yes, across approaches: "the relationship is the treatment."'`,
      '',
    ].join('\n'),
  );
  const loaded = await loadCourse(course);
  expect(loaded.diagnostics).toEqual([]);
  expect(loaded.course?.flashcards.map((card) => card.id).slice(-3)).toEqual(['what-is-the-working-phase', 'two-signs-of-a-ruptured-alliance', 'does-the-relationship-predict-outcome']);
});

test('--dry-run prints the cards and changes nothing', async () => {
  const { course, cards, before } = await seedCopy();
  const result = await lmspack(['import', path.join(FIXTURES, 'duplicates.txt'), '--course', course, '--dry-run']);
  expect(result.code).toBe(0);
  expect(result.stdout).toBe(
    `lmspack: would add 2 cards to ${path.relative(REPO, cards)} (dry run; nothing written):\n\n  - id: who-leads-the-session\n    front: Who leads the session?\n    back: The client, with the therapist.\n\n  - id: what-builds-trust\n    front: What builds trust?\n    back: Consistency.\n`,
  );
  expect(result.stderr).toContain('test/import/fixtures/duplicates.txt:5:1  warning LMS204  The front "who  leads the session?" is already in this deck, line 4; this row is skipped.');
  expect(result.stderr).toContain('0 errors, 2 warnings');
  expect(await readFile(cards, 'utf8')).toBe(before);
});

test('a deck with an image exits 1 with file:line:column and a code frame, and writes nothing', async () => {
  const { course, cards, before } = await seedCopy();
  const result = await lmspack(['import', path.join(FIXTURES, 'image.txt'), '--course', course]);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('test/import/fixtures/image.txt:3:46  error LMS203  The back holds <img>, which a plain-text card cannot show.');
  expect(result.stderr).toContain('> 3 | What does the alliance look like?');
  expect(result.stderr).toContain('hint: put images in the lesson (assets/), not in cards');
  expect(result.stderr).toContain('3 errors, 0 warnings');
  expect(result.stderr).toContain('lmspack: test/import/fixtures/image.txt has errors; nothing was imported.');
  expect(result.stderr).not.toContain('    at ');
  expect(await readFile(cards, 'utf8')).toBe(before);
});

test('usage mistakes exit 2 with one line; --help shows the examples', async () => {
  const { course } = await seedCopy();
  const noCourse = await lmspack(['import', path.join(FIXTURES, 'remnote.csv')]);
  expect(noCourse.code).toBe(2);
  expect(noCourse.stderr.split('\n')[0]).toBe('lmspack import: import needs --course DIR: the course whose flashcards.yaml gets the cards');
  const missing = await lmspack(['import', 'no-such-deck.txt', '--course', course]);
  expect(missing.code).toBe(2);
  expect(missing.stderr.split('\n')[0]).toBe('lmspack import: cannot read no-such-deck.txt: no such file');
  const notCourse = await lmspack(['import', path.join(FIXTURES, 'remnote.csv'), '--course', FIXTURES]);
  expect(notCourse.code).toBe(1);
  expect(notCourse.stderr).toBe(`lmspack: ${FIXTURES} holds no course.yaml: pass the course folder with --course (lmspack init DIR makes one).\n`);
  const help = await lmspack(['import', '--help']);
  expect(help.code).toBe(0);
  expect(help.stdout).toContain('usage: lmspack import DECK.(txt|tsv|csv) --course DIR [--dry-run]');
  expect(help.stdout).toContain('lmspack import my-deck.txt --course my-course --dry-run');
});
