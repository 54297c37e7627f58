/**
 * The term tables in a real package, built as `npm run build` builds it: the course language's
 * table is in the player chunk, each language course.yaml lists in `interfaceLanguages` is a
 * chunk of its own, and no other table is anywhere in the zip or in the manifest's file list.
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TABLE_LANGUAGES, type TableLanguage } from '../../format/i18n/language-tags.ts';
import { TERM_TABLES } from '../../format/i18n/tables.ts';
import { buildCourseZips, type BuiltZips } from '../support/lms-harness/course-packages.ts';
import { applyEdit, copyCourse, SEED_COURSE } from '../support/course-copy.ts';
import { unzip } from './unzip.ts';

interface Package {
  /** Every file of the zip, with the build's content hashes as `*`. */
  files: string[];
  /** The files the manifest's resource lists. */
  listed: string[];
  /** Which tables' words are in which file. */
  tables: Map<string, TableLanguage[]>;
}

const built: BuiltZips[] = [];
const copies: string[] = [];
afterAll(async () => {
  await Promise.all(built.map((b) => b.cleanup()));
  await Promise.all(copies.map((dir) => rm(dir, { recursive: true, force: true })));
});

const unhashed = (file: string): string => file.replace(/-[\w-]{8}\.js$/, '-*.js');

/** The seed course's SCORM 1.2 package, with `interfaceLanguages` set as given (the line left out when undefined). */
async function seedPackage(interfaceLanguages?: string): Promise<Package> {
  const dir = await copyCourse(SEED_COURSE);
  copies.push(dir);
  await applyEdit(dir, { file: 'course.yaml', find: 'interfaceLanguages: []\n', replace: interfaceLanguages === undefined ? '' : `interfaceLanguages: ${interfaceLanguages}\n` });
  const zips = await buildCourseZips(dir, ['scorm12']);
  built.push(zips);
  const entries = await unzip(zips.zips[0]!.file);
  const manifest = entries.get('imsmanifest.xml')!.data.toString('utf8');
  const tables = new Map<string, TableLanguage[]>();
  for (const [name, entry] of entries) {
    if (!name.endsWith('.js')) continue;
    const code = entry.data.toString('utf8');
    // Each table's own words for "Skip to content", as the minifier leaves them (in a string).
    const found = TABLE_LANGUAGES.filter((tag) => code.includes(TERM_TABLES[tag].skipToContent));
    if (found.length > 0) tables.set(unhashed(name), found);
  }
  return {
    files: [...entries.keys()].map(unhashed).sort(),
    listed: [...manifest.matchAll(/<file href="([^"]+)"/g)].map((match) => unhashed(match[1]!)).sort(),
    tables,
  };
}

const SCORM12_CONTROL_DOCUMENTS = ['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd'];
/** The seed's SCORM 1.2 package without any table chunk. */
const SEED_FILES = [
  'app/concept-glossary-*.js',
  'app/flashcard-deck-*.js',
  'app/index-*.js',
  'app/player-*.js',
  'app/quiz-*.js',
  'app/save-mirror-*.js',
  'app/scorm-tracker-*.js',
  'app/scorm12-*.js',
  'app/standalone-*.js',
  'app/standalone-*.js',
  'index.html',
];
const sorted = (list: string[]) => [...list].sort();

let plain: Package;
let french: Package;
beforeAll(async () => {
  plain = await seedPackage();
  french = await seedPackage('[fr]');
}, 240_000);

describe('interface term tables in the package', () => {
  test('each table has its own words for "Skip to content", so finding them finds the table', () => {
    expect(new Set(TABLE_LANGUAGES.map((tag) => TERM_TABLES[tag].skipToContent)).size).toBe(TABLE_LANGUAGES.length);
  });

  test('without interfaceLanguages: one table, the course language’s, in the player chunk, and no table chunk in the zip or the manifest', () => {
    expect(plain.tables).toEqual(new Map([['app/player-*.js', ['en']]]));
    expect(plain.files).toEqual(sorted([...SEED_FILES, ...SCORM12_CONTROL_DOCUMENTS, 'imsmanifest.xml']));
    expect(plain.listed).toEqual(sorted([...SEED_FILES, ...SCORM12_CONTROL_DOCUMENTS]));
  });

  test('with interfaceLanguages [fr]: English in the player chunk, French a chunk of its own, listed in the manifest; no other table', () => {
    expect(french.tables).toEqual(new Map([['app/player-*.js', ['en']], ['app/fr-*.js', ['fr']]]));
    expect(french.files).toEqual(sorted([...SEED_FILES, 'app/fr-*.js', ...SCORM12_CONTROL_DOCUMENTS, 'imsmanifest.xml']));
    expect(french.listed).toEqual(sorted([...SEED_FILES, 'app/fr-*.js', ...SCORM12_CONTROL_DOCUMENTS]));
  });
});
