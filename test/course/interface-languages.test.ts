/**
 * `interfaceLanguages` in course.yaml: which term tables a package carries (the course
 * language's always, in the player chunk; the listed ones as chunks of their own), and the
 * diagnostic for a language lmspack has no table for.
 */
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, test } from 'vitest';
import { courseSummary } from '../../build-scripts/course/course-summary.ts';
import { loadCourse } from '../../build-scripts/course/load-course.ts';
import { carriedLanguages, tableModule } from '../../build-scripts/term-tables-module.ts';
import { TABLE_LANGUAGES } from '../../format/i18n/language-tags.ts';
import { TERM_TABLES } from '../../format/i18n/tables.ts';
import { applyEdit, copyCourse, MINIMAL_COURSE } from '../support/course-copy.ts';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** The minimal fixture course with `line` after its `language: en`. */
async function loadWith(line: string) {
  const dir = await copyCourse(MINIMAL_COURSE);
  dirs.push(dir);
  await applyEdit(dir, { file: 'course.yaml', find: 'language: en\n', replace: `language: en\n${line}\n` });
  return loadCourse(dir);
}

describe('the tables a package carries', () => {
  test('without the setting, only the course language’s; English for a language lmspack has no table for', () => {
    expect(carriedLanguages({ language: 'en' })).toEqual({ course: 'en', others: [] });
    expect(carriedLanguages({ language: 'de-AT' })).toEqual({ course: 'de', others: [] });
    expect(carriedLanguages({ language: 'sw' })).toEqual({ course: 'en', others: [] });
  });

  test('listed tags match as the player matches a learner’s language (exact, then base language), once each, the course’s own left out', () => {
    expect(carriedLanguages({ language: 'en', interfaceLanguages: ['fr-CA', 'fr', 'EN-gb', 'pt-br', 'ar'] })).toEqual({ course: 'en', others: ['fr', 'pt-BR', 'ar'] });
    expect(carriedLanguages({ language: 'ar', interfaceLanguages: 'all' })).toEqual({ course: 'ar', others: ['en', 'es', 'fr', 'de', 'pt-BR', 'it'] });
  });

  test.each(TABLE_LANGUAGES)('the %s table is found where the term-tables module imports it from', async (language) => {
    const { path, name } = tableModule(language);
    expect(((await import(path)) as Record<string, unknown>)[name]).toBe(TERM_TABLES[language]);
  });
});

describe('interfaceLanguages in course.yaml', () => {
  test('a list of tags with tables, the course’s own among them, or all: no diagnostic', async () => {
    for (const line of ['interfaceLanguages: [fr, de-AT, pt-BR, en]', 'interfaceLanguages: all', 'interfaceLanguages: []']) {
      const result = await loadWith(line);
      expect(result.diagnostics, line).toEqual([]);
    }
    expect((await loadWith('interfaceLanguages: all')).course?.settings.interfaceLanguages).toBe('all');
  });

  test('the build’s summary names the tables the packages carry', async () => {
    const summary = async (line: string) => courseSummary((await loadWith(line)).course!).split('\n').at(-1);
    expect(await summary('interfaceLanguages: []')).toBe('  interface  en');
    expect(await summary('interfaceLanguages: [de-AT, fr]')).toBe('  interface  en; fr, de for learners whose LMS asks');
  });

  test('a tag without a table is an error at the tag, naming the tables lmspack has, with the one meant where there is one', async () => {
    const result = await loadWith('interfaceLanguages: [fr, sw, fra, pt-PT]');
    const message = (tag: string) => `lmspack has no interface table for "${tag}" in interfaceLanguages; it has en, es, fr, de, pt-BR, ar, it.`;
    const remedy = (tag: string) => `remove it (learners whose LMS asks for "${tag}" then see the course language's words)`;
    expect(result.diagnostics.map(({ code, severity, file, line, column, length, message, hint }) => ({ code, severity, file, line, column, length, message, hint }))).toEqual([
      { code: 'LMS025', severity: 'error', file: 'course.yaml', line: 6, column: 26, length: 2, message: message('sw'), hint: remedy('sw') },
      { code: 'LMS025', severity: 'error', file: 'course.yaml', line: 6, column: 30, length: 3, message: message('fra'), hint: `did you mean "fr"? Otherwise ${remedy('fra')}` },
      { code: 'LMS025', severity: 'error', file: 'course.yaml', line: 6, column: 35, length: 5, message: message('pt-PT'), hint: `did you mean "pt-BR"? Otherwise ${remedy('pt-PT')}` },
    ]);
    expect(result.course).toBeUndefined();
  });
});
