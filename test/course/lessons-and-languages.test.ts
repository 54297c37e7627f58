/**
 * What the build does for courses of several lessons and in other languages: routes with
 * encoded ids, term tables complete in every language, author overrides checked with "did you
 * mean", callout labels in the course language, and concept linking that understands plurals.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadCourse } from '../../build-scripts/course/load-course.ts';
import { regularPlurals } from '../../build-scripts/course/regular-plurals.ts';
import { en } from '../../format/i18n/en.ts';
import { TABLE_LANGUAGES, tableLanguage, textDirection } from '../../format/i18n/language-tags.ts';
import { TERM_TABLES, termsFor } from '../../format/i18n/tables.ts';
import type { Terms } from '../../format/i18n/terms.ts';
import { lessonIdFromFile, lessonPath, parseRoute, resolveLessonTarget, routeHref } from '../../format/routes.ts';
import { applyEdit, copyCourse, REPO } from '../support/course-copy.ts';

const THREE_LESSONS = path.join(REPO, 'test/fixtures/courses/three-lessons');
const ARABIC = path.join(REPO, 'test/fixtures/courses/arabic');
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('routes', () => {
  test('ids are URL-encoded in hrefs and decoded when parsed', () => {
    expect(routeHref('lesson', 'part 1/intro', 'what?')).toBe('#/lesson/part%201%2Fintro/what%3F');
    expect(parseRoute('#/lesson/part%201%2Fintro/what%3F')).toEqual({ view: 'lesson', targets: ['part 1/intro', 'what?'], path: '/lesson/part%201%2Fintro/what%3F' });
    expect(parseRoute('#/concepts/a%20b')).toEqual({ view: 'concepts', targets: ['a b'], path: '/concepts/a%20b' });
    expect(parseRoute('#/nowhere/x')).toEqual({ view: 'overview', targets: [], path: '/' });
    expect(parseRoute('#/quiz/extra')).toEqual({ view: 'quiz', targets: [], path: '/quiz' });
    expect(parseRoute('#/lesson/%E0%A4%A')).toEqual({ view: 'lesson', targets: ['%E0%A4%A'], path: '/lesson/%25E0%25A4%25A' });
  });

  test('a lesson route names a lesson, a lesson and section, or (as old links did) a section alone', () => {
    const lessons = [
      { file: 'lessons/spread.md', sections: [{ id: 'chain' }, { id: 'routes' }] },
      { file: 'lessons/precautions.md', sections: [{ id: 'hand-hygiene' }] },
    ];
    expect(lessonIdFromFile('lessons/spread.md')).toBe('spread');
    expect(lessonIdFromFile('units/one.md')).toBe('units/one');
    expect(resolveLessonTarget(lessons, ['precautions'])).toEqual({ lesson: 1 });
    expect(resolveLessonTarget(lessons, ['spread', 'routes'])).toEqual({ lesson: 0, section: 'routes' });
    expect(resolveLessonTarget(lessons, ['hand-hygiene'])).toEqual({ lesson: 1, section: 'hand-hygiene' });
    expect(resolveLessonTarget(lessons, ['spread', 'hand-hygiene'])).toEqual({ lesson: 0 });
    expect(resolveLessonTarget(lessons, [])).toEqual({ lesson: 0 });
    expect(resolveLessonTarget(lessons, ['gone'])).toEqual({ lesson: 0 });
    expect(lessonPath(lessons, { lesson: 1, section: 'hand-hygiene' })).toBe('/lesson/precautions/hand-hygiene');
  });
});

describe('term tables', () => {
  const english = Object.keys(en).sort();
  test.each(TABLE_LANGUAGES)('%s has every key English has, and no other', (language) => {
    expect(Object.keys(TERM_TABLES[language]).sort()).toEqual(english);
    expect(Object.keys(TERM_TABLES[language].rating).sort()).toEqual(Object.keys(en.rating).sort());
  });

  test.each(TABLE_LANGUAGES)('every %s term gives text for any count', (language) => {
    const table: Terms = TERM_TABLES[language];
    for (const [key, value] of Object.entries(table)) {
      if (typeof value !== 'function') continue;
      for (const count of [0, 1, 2, 3, 11, 100]) {
        const text = (value as (...args: unknown[]) => string)(count, count, count);
        expect(text, `${language}.${key}(${count})`).not.toMatch(/undefined|NaN|#/);
        expect(text.length, `${language}.${key}(${count})`).toBeGreaterThan(1);
      }
    }
  });

  test('plurals follow each language (Intl.PluralRules), durations are phrased by Intl', () => {
    expect(en.sectionsRead(1, 1)).toBe('1 of 1 section read');
    expect(en.sectionsRead(2, 3)).toBe('2 of 3 sections read');
    const ar = TERM_TABLES.ar;
    expect(ar.sectionsRead(0, 2)).toBe('قُرئ 0 من قسمين');
    expect(ar.sectionsRead(0, 5)).toBe('قُرئ 0 من 5 أقسام');
    expect(ar.sectionsRead(0, 11)).toBe('قُرئ 0 من 11 قسمًا');
    expect(TERM_TABLES.fr.sectionsRead(1, 4)).toBe('1 section lue sur 4');
    expect(en.inDuration(0)).toBe('now');
    expect(en.inDuration(6)).toBe('in 6 minutes');
    expect(en.inDuration(60 * 24 * 8)).toBe('in 8 days');
    expect(TERM_TABLES.de.inDuration(6)).toBe('in 6 Minuten');
    expect(TERM_TABLES.es.inDuration(1)).toBe('dentro de 1 minuto');
  });

  test('a course picks its table by language tag, base language, then English, with the author on top', () => {
    expect(termsFor('pt-BR').readingPart).toBe('Lições');
    expect(termsFor('de-AT').readingPart).toBe('Lektionen');
    expect(termsFor('sw').readingPart).toBe('Lessons');
    expect(termsFor('en', { readingPart: 'Summary' }).readingPart).toBe('Summary');
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('fa-IR')).toBe('rtl');
    expect(textDirection('az-Arab')).toBe('rtl');
    expect(textDirection('pt-BR')).toBe('ltr');
  });

  test('a tag picks a table by the tag, then its base language, letter case aside', () => {
    expect([tableLanguage('pt-BR'), tableLanguage('pt-br'), tableLanguage('de-AT'), tableLanguage('EN'), tableLanguage('sw'), tableLanguage('pt')]).toEqual(['pt-BR', 'pt-BR', 'de', 'en', undefined, undefined]);
  });
});

describe('courses in other languages and with several lessons', () => {
  test('the build writes callout labels in the course language, and the author may rename them', async () => {
    const arabic = await loadCourse(ARABIC);
    expect(arabic.diagnostics).toEqual([]);
    expect(arabic.course?.lessons[0]?.html).toContain('aria-label="مهم"');
    expect(arabic.course?.lessons[1]?.html).toContain('قراءة اختيارية');
    const dir = await copyCourse(THREE_LESSONS);
    dirs.push(dir);
    await applyEdit(dir, { file: 'course.yaml', find: 'completion:', replace: 'terms:\n  important: Remember\ncompletion:' });
    const renamed = await loadCourse(dir);
    expect(renamed.diagnostics).toEqual([]);
    expect(renamed.course?.lessons[0]?.html).toContain('aria-label="Remember"');
  });

  test('an unknown term key is an error at its line, with "did you mean"', async () => {
    const dir = await copyCourse(THREE_LESSONS);
    dirs.push(dir);
    await applyEdit(dir, { file: 'course.yaml', find: 'completion:', replace: 'terms:\n  readingPat: Chapters\ncompletion:' });
    const result = await loadCourse(dir);
    const problem = result.diagnostics.find((d) => d.code === 'LMS003');
    expect(problem).toMatchObject({ file: 'course.yaml', line: 17, column: 3, severity: 'error' });
    expect(problem?.message).toContain('Unknown field "readingPat" in "terms"');
    expect(problem?.hint).toBe('did you mean "readingPart"?');
  });

  test('a term written in the singular is linked where the lesson uses its plural, and LMS103 counts it', async () => {
    const result = await loadCourse(THREE_LESSONS);
    expect(result.diagnostics).toEqual([]);
    // "HAI" is only ever written "HAIs"; "Reservoir" appears as "reservoir" and "Reservoirs".
    expect(result.course?.conceptSections.hai).toEqual(['chain', 'counting']);
    expect(result.course?.conceptSections.reservoir).toEqual(['chain', 'reservoirs']);
    expect(result.course?.lessons[0]?.html).toContain('(<a href="#/concepts/hai" class="lms-term" data-concept="hai">HAIs</a>)');
    const dir = await copyCourse(THREE_LESSONS);
    dirs.push(dir);
    await applyEdit(dir, { file: 'concepts.yaml', find: 'term: HAI', replace: 'term: HAIx' });
    const unlinked = await loadCourse(dir);
    expect(unlinked.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual(['LMS103 "HAIx" never appears in a lesson section, so learners cannot see where it is taught.']);
  });

  test('regular plural endings per language', () => {
    expect(regularPlurals('hai', 'en')).toEqual(['hais', 'haies']);
    expect(regularPlurals('policy', 'en-GB')).toEqual(['policys', 'policyes', 'policies']);
    expect(regularPlurals('infezione', 'it')).toEqual(['infezioni']);
    expect(regularPlurals('مضخة', 'ar')).toContain('مضخات');
    expect(regularPlurals('cell', 'ja')).toEqual([]);
  });
});
