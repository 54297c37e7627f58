/**
 * Printing the long lists, which lay out lazily (`content-visibility: auto`) and, in the
 * glossary, are built a slice per frame: the PDF Chromium prints must hold every entry, also
 * when the learner prints the moment the view opens. The PDF's text is read with pdftotext
 * (Debian's poppler-utils).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { emptyLearnerState, type LearnerState } from '../../learning/learner-state.ts';
import { generateCourse } from '../../scripts/bench/generate-course.ts';
import { standaloneStorageKey } from '../../tracking/standalone.ts';
import { startBuiltPlayer, type BuiltPlayer } from './built-player.ts';

/** As many concepts as the benchmark's largest course (scripts/bench/generate-course.ts, 40x). */
const CONCEPTS = 200;
/** Enough questions for a review several screens long. */
const QUESTIONS = 60;

let dir: string;
let built: BuiltPlayer;
let terms: string[];
let questionIds: string[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lmspack-print-'));
  await generateCourse('course', dir, { name: 'print', lessons: 1, cards: 5, questions: QUESTIONS, concepts: CONCEPTS, images: 0 });
  const concepts = parse(await readFile(path.join(dir, 'concepts.yaml'), 'utf8')) as { groups: { concepts: { term: string }[] }[] };
  terms = concepts.groups.flatMap((group) => group.concepts.map((concept) => concept.term));
  const quiz = parse(await readFile(path.join(dir, 'quiz.yaml'), 'utf8')) as { questions: { id: string }[] };
  questionIds = quiz.questions.map((question) => question.id);

  built = await startBuiltPlayer(dir);
}, 180_000);

afterAll(async () => {
  await built?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The text of a PDF, with every run of white space made one space (a term may wrap). */
async function pdfText(pdf: Buffer): Promise<string> {
  const file = path.join(dir, 'printed.pdf');
  await writeFile(file, pdf);
  const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', file, '-']);
  return stdout.replace(/\s+/g, ' ');
}

/**
 * The entries of `view` that print media still lays out lazily. Chromium lays out skipped
 * content when it prints anyway; the print style says so for every browser.
 */
async function lazyInPrint(page: Page, view: string, entries: string): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const lazy = await page.locator(view).evaluate(
    (element, selector) =>
      Array.from(element.shadowRoot?.querySelectorAll(selector) ?? [])
        .map((entry) => getComputedStyle(entry).contentVisibility)
        .filter((value) => value !== 'visible'),
    entries,
  );
  await page.emulateMedia({ media: 'screen' });
  return lazy;
}

test(`printing the glossary the moment it opens prints all ${CONCEPTS} concepts`, async () => {
  expect(terms).toHaveLength(CONCEPTS);
  const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${built.url}#/concepts`);
    await page.locator('lms-concept-glossary h1').waitFor();
    const text = await pdfText(await page.pdf());
    // Followed by a space, so that "Rapport 1" is not found inside "Rapport 13".
    expect(terms.filter((term) => !text.includes(`${term} `))).toEqual([]);
    expect(await lazyInPrint(page, 'lms-concept-glossary', '.concept')).toEqual([]);
  } finally {
    await context.close();
  }
});

test(`printing the results prints the review of all ${QUESTIONS} questions`, async () => {
  // A submitted attempt with nothing answered, saved where the standalone player keeps it: the results open at once.
  const state: LearnerState = { ...emptyLearnerState(), route: '/quiz' };
  state.quiz = { used: 1, passed: false, best: 0, last: { n: 1, order: questionIds, options: {}, answers: {}, checked: questionIds, startedAt: 0, score: 0, passed: false } };
  const context = await built.browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(([key, saved]) => localStorage.setItem(key, saved), [standaloneStorageKey('generated-print'), JSON.stringify(state)] as const);
    const page = await context.newPage();
    await page.goto(`${built.url}#/quiz`);
    await page.locator('lms-quiz-results .review > li').first().waitFor();
    expect(await page.locator('lms-quiz-results .review > li').count()).toBe(QUESTIONS);
    const text = await pdfText(await page.pdf());
    // Each entry of the review is headed "Question k of N".
    const positions = [...text.matchAll(new RegExp(`Question (\\d+) of ${QUESTIONS}`, 'g'))].map((match) => Number(match[1]));
    expect(positions).toEqual(questionIds.map((_, index) => index + 1));
    expect(await lazyInPrint(page, 'lms-quiz-results', '.review > li')).toEqual([]);
  } finally {
    await context.close();
  }
});
