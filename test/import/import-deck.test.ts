/**
 * `lmspack import`: hand-written decks in the formats Anki and RemNote export, turned into
 * flashcards.yaml text exactly as expected, with every skipped row, column and tag reported
 * where it is. The appended file keeps the author's text byte for byte.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { planImport, type ImportPlan } from '../../build-scripts/import/import-deck.ts';
import { copyCourse, SEED_COURSE } from '../support/course-copy.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function seedCopy(): Promise<string> {
  const dir = await copyCourse(SEED_COURSE);
  dirs.push(dir);
  return dir;
}

async function plan(fixture: string, course?: string): Promise<ImportPlan> {
  return planImport(path.join(FIXTURES, fixture), course ?? (await seedCopy()), `fixtures/${fixture}`);
}

/** Each diagnostic as `line:column CODE message`, in order. */
const problems = (result: ImportPlan): string[] => result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);

describe('lmspack import reads Anki and RemNote exports', () => {
  test('Anki plain text with header lines: tags that name a concept become concepts, the others are reported', async () => {
    const result = await plan('anki-plain.txt');
    expect(problems(result)).toEqual(['4:83 LMS206 Tag "leech" (1 row) names no concept in concepts.yaml, so it is not kept.']);
    expect(result.write?.added).toBe(
      [
        '',
        '  - id: what-does-empathy-let-a-helper-do',
        '    front: What does empathy let a helper do?',
        "    back: Grasp the client's experience from the inside.",
        '    concepts: [empathy]',
        '',
        '  - id: what-are-professional-boundaries',
        '    front: What are professional boundaries?',
        '    back: Limits that keep the relationship safe and focused on the client.',
        '    concepts: [professional-boundaries]',
        '',
        '  - id: rapport-rests-on-what',
        '    front: Rapport rests on what?',
        '    back: Mutual warmth, respect and comfort.',
        '',
      ].join('\n'),
    );
  });

  test('Anki with #html:true: line breaks, blocks, entities and links converted; meta columns and formatting reported', async () => {
    const result = await plan('anki-html.txt');
    expect(problems(result)).toEqual([
      "7:1 LMS205 Anki's own columns are not imported: guid (column 1), notetype (column 2), deck (column 3).",
      '7:38 LMS207 Bold, italic, colour and other formatting in 3 fields is dropped; the text is kept.',
    ]);
    expect(result.cards.map(({ front, back, concepts }) => ({ front, back, concepts }))).toEqual([
      { front: 'Who sets the goals of therapy?', back: 'The client and the therapist, together.\nGoals are negotiated.', concepts: ['collaboration'] },
      { front: 'Name the three parts of the working alliance', back: 'Agreement on goals\nAgreement on tasks\nA bond of trust & respect', concepts: ['therapeutic-alliance'] },
      { front: 'What is the "common factor"?', back: 'See the common factor (https://example.org/common-factor) <everywhere>.', concepts: ['common-factor'] },
    ]);
    expect(result.write?.added).toContain(['  - id: who-sets-the-goals-of-therapy', '    front: Who sets the goals of therapy?', '    back: |-', '      The client and the therapist, together.', '      Goals are negotiated.', '    concepts: [collaboration]'].join('\n'));
  });

  test('RemNote CSV: a first row naming the columns is no card; commas, quotes and line breaks inside quotes are kept', async () => {
    const result = await plan('remnote.csv');
    expect(problems(result)).toEqual([]);
    expect(result.cards.map((card) => [card.line, card.id, card.front, card.back])).toEqual([
      [2, 'what-is-the-working-phase', 'What is the working phase?', 'The middle stage, where the client works on goals.'],
      [3, 'two-signs-of-a-ruptured-alliance', 'Two signs of a ruptured alliance', 'Missed sessions\nWithdrawn, short answers'],
      [5, 'does-the-relationship-predict-outcome', 'Does the relationship predict outcome?', 'Yes, across approaches: "the relationship is the treatment."'],
    ]);
    expect(result.write?.added.endsWith(`    back: 'Yes, across approaches: "the relationship is the treatment."'\n`)).toBe(true);
  });

  test('quoted multi-line fields with doubled quotes and tabs, a semicolon separator and #tags for every card', async () => {
    const result = await plan('anki-multiline.txt');
    expect(problems(result)).toEqual([]);
    expect(result.write?.added).toBe(
      [
        '',
        '  - id: a-card-whose-front-spans-two-lines',
        '    front: |-',
        '      A card whose front',
        '      spans two lines',
        '    back: Back with "quotes" and a\ttab',
        '    concepts: [rapport]',
        '',
        '  - id: plain-front',
        '    front: Plain front',
        '    back: |-',
        '      Back line 1',
        '      Back line 2',
        '',
        '      Back line 4',
        '    concepts: [rapport]',
        '',
      ].join('\n'),
    );
  });

  test('duplicates of a course card or of an earlier row are skipped, each reported at its line', async () => {
    const result = await plan('duplicates.txt');
    expect(problems(result)).toEqual([
      '3:1 LMS204 The front "What kind of bond characterizes the therapeutic relations…" is already in flashcards.yaml (card "bond"); this row is skipped.',
      '5:1 LMS204 The front "who  leads the session?" is already in this deck, line 4; this row is skipped.',
    ]);
    expect(result.cards.map((card) => card.id)).toEqual(['who-leads-the-session', 'what-builds-trust']);
  });

  test('a column the card has no place for is reported with how many rows hold text in it', async () => {
    const result = await plan('extra-columns.tsv');
    expect(problems(result)).toEqual([
      '5:44 LMS205 column 3 "Source" is not imported: 1 row holds text there, and an lmspack card has only a front and a back.',
      '5:59 LMS206 Tag "Chapter::One" (1 row) names no concept in concepts.yaml, so it is not kept.',
    ]);
    expect(result.cards.map((card) => [card.id, card.concepts])).toEqual([
      ['what-is-rapport', ['rapport']],
      ['what-is-empathy', ['empathy']],
    ]);
  });

  test('an image, a sound and a cloze deletion are refused where they are, and nothing is planned', async () => {
    const result = await plan('image.txt');
    expect(problems(result)).toEqual([
      '3:46 LMS203 The back holds <img>, which a plain-text card cannot show.',
      '4:20 LMS203 The back holds an Anki sound file ([sound:bell.mp3]).',
      '5:1 LMS203 The front holds a cloze deletion ({{c1::).',
    ]);
    expect(result.write).toBeUndefined();
  });

  test('a quote that never closes is one located error, not one giant card', async () => {
    const course = await seedCopy();
    const deck = path.join(course, 'broken.txt');
    await writeFile(deck, '#separator:tab\nFront one\tBack one\n"Front two\tBack two\nFront three\tBack three\n');
    const result = await planImport(deck, course, 'broken.txt');
    expect(problems(result)).toEqual(['3:1 LMS201 This quoted field is never closed: the rest of the file would become one card.']);
    expect(result.write).toBeUndefined();
  });

  test('a row without a back is an error at that row', async () => {
    const course = await seedCopy();
    const deck = path.join(course, 'short.csv');
    await writeFile(deck, 'Front,Back\nOnly a front\nA front,and a back\n');
    const result = await planImport(deck, course, 'short.csv');
    expect(problems(result)).toEqual(['2:1 LMS202 This row has no back (column 2).']);
  });
});

describe('lmspack import appends to flashcards.yaml', () => {
  test("the seed course's file, comments and blank lines included, is kept byte for byte and followed by the new cards", async () => {
    const course = await seedCopy();
    const before = await readFile(path.join(course, 'flashcards.yaml'), 'utf8');
    const result = await plan('anki-plain.txt', course);
    expect(result.write?.text).toBe(before + result.write!.added);
    expect(result.write?.text.startsWith(before)).toBe(true);
  });

  test('ids that a card already has get -2, -3 (stable: the same deck gives the same ids)', async () => {
    const course = await seedCopy();
    await writeFile(path.join(course, 'flashcards.yaml'), '# my cards\ncards:\n- id: what-is-rapport   # keep\n  front: Rapport?\n  back: Warmth.\n');
    const first = await plan('extra-columns.tsv', course);
    const second = await plan('extra-columns.tsv', course);
    expect(first.write?.added).toBe('- id: what-is-rapport-2\n  front: What is rapport?\n  back: A sense of mutual warmth.\n  concepts: [rapport]\n- id: what-is-empathy\n  front: What is empathy?\n  back: Understanding the client.\n  concepts: [empathy]\n');
    expect(second.write?.added).toBe(first.write?.added);
  });

  test('a course without flashcards.yaml gets one, with the schema line its course.yaml uses', async () => {
    const course = await seedCopy();
    await rm(path.join(course, 'flashcards.yaml'));
    const result = await plan('remnote.csv', course);
    expect(result.write?.text.split('\n').slice(0, 4)).toEqual(['# yaml-language-server: $schema=../schemas/flashcards.schema.json', 'cards:', '  - id: what-is-the-working-phase', '    front: What is the working phase?']);
  });

  test('a file with Windows line endings and no final line break keeps both its bytes and its line endings', async () => {
    const course = await seedCopy();
    const before = '# cards\r\ncards:\r\n  - id: one\r\n    front: One?\r\n    back: One.';
    await writeFile(path.join(course, 'flashcards.yaml'), before);
    const result = await plan('duplicates.txt', course);
    expect(result.write?.text).toBe(`${before}\r\n  - id: what-kind-of-bond-characterizes-the\r\n    front: What kind of bond characterizes the therapeutic relationship?\r\n    back: A purposeful bond.\r\n  - id: who-leads-the-session\r\n    front: Who leads the session?\r\n    back: The client, with the therapist.\r\n  - id: what-builds-trust\r\n    front: What builds trust?\r\n    back: Consistency.\r\n`);
  });

  test('a "cards:" list in flow style is not rewritten: the import stops with a message', async () => {
    const course = await seedCopy();
    await writeFile(path.join(course, 'flashcards.yaml'), 'cards: [{ id: a, front: A, back: B }]\n');
    await expect(plan('anki-plain.txt', course)).rejects.toThrow('written in flow style');
  });
});
