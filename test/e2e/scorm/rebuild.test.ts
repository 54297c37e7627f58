/**
 * A learner's saved state survives the author's next rebuild. The seed course is built once as
 * v1 and once per edit below (both SCORM versions from one build each); a learner plays half of
 * v1 in the test LMS (reads the first sections, rates a flashcard, answers four of the eight
 * quiz questions), and each edited build is launched with what the LMS stored, as Moodle does
 * after a package update. On every edit the learner resumes at the first unanswered question
 * that still exists, keeps what still exists, finishes the attempt, and the LMS receives no
 * refused call, no second record for a question and no lower status.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyCourse, SEED_COURSE } from '../../support/course-copy.ts';
import { buildCoursePackages, type BuiltPackages } from '../../support/lms-harness/course-packages.ts';
import type { UnzippedPackage } from '../../support/lms-harness/course-packages.ts';
import { firstLaunchData, relaunchData, type CmiData, type ScormVersion } from '../../support/lms-harness/launch-data.ts';
import { ELEMENTS, failedCalls, storedInteractions, validatorProblems } from './data-model.ts';
import { answer, openView, questionPosition, resultScore, sectionsMarkedRead, startQuiz } from './learner.ts';
import { LmsRun } from './lms-run.ts';
import { SEED_QUESTIONS } from './seed-quiz.ts';

const FORMATS = ['scorm12', 'scorm2004'] as const;
type Format = (typeof FORMATS)[number];
const VERSION: Record<Format, ScormVersion> = { scorm12: '1.2', scorm2004: '2004' };
/** How many questions the learner answers on v1 (of 8, in quiz.yaml order). */
const ANSWERED_ON_V1 = 4;

/** Edits a course file in place. */
async function edit(dir: string, file: string, change: (text: string) => string): Promise<void> {
  const target = path.join(dir, file);
  const before = await readFile(target, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`test edit changed nothing in ${file}`);
  await writeFile(target, after);
}

/** The YAML block of one question in quiz.yaml, from its `- id:` line to the next question. */
function questionBlock(quiz: string, id: string): string {
  const match = new RegExp(`  - id: ${id}\\n[\\s\\S]*?(?=\\n  - id: |$)`).exec(quiz);
  if (!match) throw new Error(`no question ${id} in quiz.yaml`);
  return match[0];
}

const removeQuestions = (...ids: string[]) => (quiz: string) => ids.reduce((text, id) => text.replace(`${questionBlock(text, id)}\n`, ''), quiz);

const NEW_QUESTION = `
  - id: added-later
    type: true-false
    prompt: The therapeutic relationship is a collaborative partnership.
    answer: true
    explanation: See the definition at the start of the summary.
`;

interface Variant {
  name: string;
  change: (dir: string) => Promise<void>;
  /** "Question k of n" on resume. */
  position: string;
  /** Overview's flashcard line on resume. */
  cards: string;
  /** How many sections read on v1 are no longer marked read (their id changed). */
  sectionsLost?: number;
  /** A state from another course: the learner starts fresh. */
  fresh?: true;
}

const quizFile = 'quiz.yaml';
const VARIANTS: Variant[] = [
  {
    name: 'a prompt typo fixed',
    change: (dir) => edit(dir, quizFile, (text) => text.replace('Why is the therapeutic relationship called a "common factor"?', 'Why is the therapeutic relationship called a “common factor”?')),
    position: 'Question 5 of 8',
    cards: '1 of 7 cards studied',
  },
  {
    name: 'questions reordered',
    change: (dir) =>
      edit(dir, quizFile, (text) => {
        const first = questionBlock(text, 'client-factor-enhanced');
        return `${text.replace(`${first}\n`, '').trimEnd()}\n\n${first.trimEnd()}\n`;
      }),
    position: 'Question 5 of 8',
    cards: '1 of 7 cards studied',
  },
  {
    name: 'one answered question removed',
    change: (dir) => edit(dir, quizFile, removeQuestions('interchangeable-term')),
    position: 'Question 4 of 7',
    cards: '1 of 7 cards studied',
  },
  {
    name: 'three answered questions removed and a new one added',
    change: (dir) =>
      edit(dir, quizFile, (text) => `${removeQuestions('client-factor-enhanced', 'interchangeable-term', 'predictor-one-approach')(text).trimEnd()}\n${NEW_QUESTION}`),
    position: 'Question 2 of 5',
    cards: '1 of 7 cards studied',
  },
  {
    name: 'the rated card removed',
    change: (dir) => edit(dir, 'flashcards.yaml', (text) => text.replace(/  - id: definition\n[\s\S]*?(?=\n  - id: )/, '').replace(/\n\n\n/, '\n\n')),
    position: 'Question 5 of 8',
    cards: '0 of 6 cards studied',
  },
  {
    name: 'a heading renamed with its id kept',
    change: (dir) =>
      edit(dir, 'lessons/therapeutic-relationship.md', (text) =>
        text.replace('## What Is the Therapeutic Relationship? {#what-is-it}', '## What the Therapeutic Relationship Is {#what-is-it}'),
      ),
    position: 'Question 5 of 8',
    cards: '1 of 7 cards studied',
  },
  {
    name: 'a section id changed',
    change: async (dir) => {
      await edit(dir, 'lessons/therapeutic-relationship.md', (text) => text.replace('{#what-is-it}', '{#definition}'));
      await edit(dir, quizFile, (text) => text.replaceAll('section: what-is-it', 'section: definition'));
    },
    position: 'Question 5 of 8',
    cards: '1 of 7 cards studied',
    sectionsLost: 1,
  },
  {
    name: 'choices reordered and one added',
    change: (dir) =>
      edit(dir, quizFile, (text) => {
        const block = questionBlock(text, 'why-common-factor');
        const edited = block
          .replace(/(    choices:\n)([\s\S]*?)(    explanation:)/, (_all, head: string, choices: string, tail: string) => {
            const items = choices.split(/(?=      - id: )/);
            return `${head}${[...items].reverse().join('')}      - id: rare_factor\n        text: It is a rare factor in therapy\n${tail}`;
          });
        return text.replace(block, edited);
      }),
    position: 'Question 5 of 8',
    cards: '1 of 7 cards studied',
  },
  {
    name: 'an answered question’s type changed',
    change: (dir) =>
      edit(dir, quizFile, (text) =>
        text.replace(
          /(  - id: predictor-one-approach\n)    type: true-false\n([\s\S]*?)    answer: false\n/,
          '$1    type: single\n$2    choices:\n      - { id: any_approach, text: Any approach, correct: true }\n      - { id: one_approach, text: One approach }\n',
        ),
      ),
    position: 'Question 4 of 7',
    cards: '1 of 7 cards studied',
  },
  {
    name: 'quiz.draw introduced',
    change: (dir) => edit(dir, 'course.yaml', (text) => text.replace('  shuffleChoices: true\n', '  shuffleChoices: true\n  draw: 6\n')),
    position: 'Question 5 of 8',
    cards: '1 of 7 cards studied',
  },
  {
    name: 'the course id changed',
    change: (dir) => edit(dir, 'course.yaml', (text) => text.replace('id: therapeutic-relationship\n', 'id: therapeutic-relationship-v2\n')),
    position: '',
    cards: '0 of 7 cards studied',
    fresh: true,
  },
];

/** Answers whichever seed question is on screen, right, and presses Check then Next or Submit. */
async function answerShownQuestion(frame: Frame): Promise<void> {
  const prompt = (await frame.locator('lms-quiz-question legend, lms-quiz-question label.prompt').first().innerText()).trim();
  const question = SEED_QUESTIONS.find((seed) => seed.prompt.slice(0, 40) === prompt.slice(0, 40));
  if (!question) throw new Error(`no seed question with the prompt "${prompt}"`);
  await answer(frame, question.right.action);
  await frame.getByRole('button', { name: 'Check', exact: true }).click();
  await frame.locator('lms-quiz-question .feedback').waitFor();
  const submit = frame.getByRole('button', { name: 'Submit quiz', exact: true });
  await (await submit.isVisible() ? submit : frame.getByRole('button', { name: 'Next', exact: true })).click();
}

/** The overview's progress lines for the lesson and the flashcards. */
async function overviewLines(frame: Frame): Promise<{ sections: string; cards: string }> {
  await openView(frame, 'Overview');
  const line = async (id: string) => (await frame.locator(`lms-course-overview #${id} + p`).innerText()).trim();
  return { sections: await line('lesson-progress'), cards: await line('card-progress') };
}

/** "2 of 7 sections read" → 2. */
const sectionCount = (line: string): number => Number(/^(\d+) of/.exec(line)?.[1]);

describe('a learner resumes on a rebuilt course', () => {
  const builds = new Map<string, BuiltPackages>();
  const v1Stored = new Map<Format, Promise<{ stored: CmiData; sectionsRead: number }>>();
  let lms: LmsRun;
  const copies: string[] = [];

  beforeAll(async () => {
    builds.set('v1', await buildCoursePackages(SEED_COURSE, FORMATS));
    for (const variant of VARIANTS) {
      const dir = await copyCourse(SEED_COURSE);
      copies.push(dir);
      await variant.change(dir);
      builds.set(variant.name, await buildCoursePackages(dir, FORMATS));
    }
    const packages: Record<string, UnzippedPackage> = {};
    for (const name of builds.keys()) for (const format of FORMATS) packages[served(name, format)] = builds.get(name)!.packages[format]!;
    lms = await LmsRun.start(packages);
  }, 600_000);

  afterAll(async () => {
    await lms?.close();
    for (const built of builds.values()) await built.cleanup();
    for (const dir of copies) await rm(dir, { recursive: true, force: true });
  });

  /** The name a build's package is served under. */
  const served = (build: string, format: Format): string => `b${[...builds.keys()].indexOf(build)}-${format}`;

  /** Half a session on v1: the first sections, one flashcard rated Good, four questions answered. */
  function playHalfOfV1(format: Format): Promise<{ stored: CmiData; sectionsRead: number }> {
    const existing = v1Stored.get(format);
    if (existing) return existing;
    const played = (async () => {
      const pkg = builds.get('v1')!.packages[format]!;
      const launched = await lms.launch(served('v1', format), firstLaunchData(pkg.manifest, { preloadObjectives: true }));
      const { frame } = launched;
      await openView(frame, 'Summary');
      await expect.poll(() => sectionsMarkedRead(frame)).toContain('what-is-it');
      await openView(frame, 'Flashcards');
      await frame.getByRole('button', { name: 'Show answer' }).click();
      await frame.page().keyboard.press('3');
      const lines = await overviewLines(frame);
      expect(lines.cards).toBe('1 of 7 cards studied');
      const sectionsRead = sectionCount(lines.sections);
      // At 1280 × 900 the summary opens with its first two sections on screen, of seven.
      expect(sectionsRead).toBe(2);
      await startQuiz(frame);
      for (let index = 0; index < ANSWERED_ON_V1; index++) await answerShownQuestion(frame);
      expect(await questionPosition(frame)).toBe('Question 5 of 8');
      return { stored: (await lms.leave(launched)).stored, sectionsRead };
    })();
    v1Stored.set(format, played);
    return played;
  }

  test.each(FORMATS.flatMap((format) => VARIANTS.map((variant) => [format, variant.name, variant] as const)))(
    '%s, %s',
    async (format, _name, variant) => {
      const v1 = await playHalfOfV1(format);
      const pkg = builds.get(variant.name)!.packages[format]!;
      const initial = relaunchData(pkg.manifest, v1.stored);
      const launched = await lms.launch(served(variant.name, format), initial);
      const { frame } = launched;

      const lines = await overviewLines(frame);
      expect(lines.cards).toBe(variant.cards);
      expect(sectionCount(lines.sections)).toBe(variant.fresh ? 0 : v1.sectionsRead - (variant.sectionsLost ?? 0));
      const quizLink = frame.locator('lms-course-overview .part').filter({ hasText: 'Quiz' }).getByRole('link');
      expect((await quizLink.innerText()).trim()).toBe(variant.fresh ? 'Take quiz' : 'Resume quiz');

      await openView(frame, 'Quiz');
      if (variant.fresh) {
        await frame.getByRole('button', { name: 'Start quiz', exact: true }).waitFor();
      } else {
        expect(await questionPosition(frame)).toBe(variant.position);
        const [k, n] = variant.position.match(/\d+/g)!.map(Number) as [number, number];
        for (let index = k; index <= n; index++) await answerShownQuestion(frame);
        expect(await resultScore(frame)).toBe('Your score: 100%');
      }
      const { stored, calls } = await lms.leave(launched);

      expect(failedCalls(calls), 'calls the LMS refused').toEqual([]);
      expect(validatorProblems(VERSION[format], calls, initial), 'values a strict LMS would refuse').toEqual([]);
      const ids = storedInteractions(VERSION[format], stored).map((interaction) => interaction.id);
      expect(ids.length, `one record per question in the attempt: ${ids.join(', ')}`).toBe(new Set(ids).size);
      if (!variant.fresh) {
        const raw = stored[ELEMENTS[VERSION[format]].raw];
        expect(raw).toBe('100');
      }
    },
    120_000,
  );
});
