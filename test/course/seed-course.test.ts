import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ValidatedCourse } from '../../format/validated-course.ts';
import { loadCourse, type LoadResult } from '../../build-scripts/course/load-course.ts';
import { SEED_COURSE } from '../support/course-copy.ts';

const SEED = path.resolve(SEED_COURSE, '../../shared/seeds/000_c3c4dda1b02a9177.txt');
let result: LoadResult;
let course: ValidatedCourse;

beforeAll(async () => {
  result = await loadCourse(SEED_COURSE);
  if (!result.course) throw new Error(`seed course did not load: ${JSON.stringify(result.diagnostics, null, 2)}`);
  course = result.course;
});

describe('the therapeutic-relationship course', () => {
  test('loads without errors or warnings', () => {
    expect(result.diagnostics).toEqual([]);
  });

  test('keeps the seed title and description', () => {
    expect(course.settings.title).toBe('Introduction to the Therapeutic Relationship');
    expect(course.settings.description).toBe(
      'Understand the definition, key elements, and importance of the therapeutic relationship as a central factor in effective therapy.',
    );
  });

  test('restores the summary structure: title, three sections, four sub-sections and the optional block', () => {
    expect(course.lessons).toHaveLength(1);
    const lesson = course.lessons[0]!;
    expect(lesson.title).toBe('Understanding the Therapeutic Relationship');
    expect(lesson.sections.map((s) => [s.level, s.title, s.optional])).toEqual([
      [2, 'What Is the Therapeutic Relationship?', false],
      [2, 'Key Elements That Build the Therapeutic Relationship', false],
      [3, 'Rapport and Trust', false],
      [3, 'Empathy and Understanding', false],
      [3, 'Collaboration and Goal Setting', false],
      [3, 'Boundaries and Professionalism', false],
      [2, 'Why the Therapeutic Relationship Matters: Research Evidence', false],
      [2, 'Stages of the Therapeutic Relationship', true],
    ]);
    expect(lesson.html.match(/<ul>/g)).toHaveLength(5);
    expect(lesson.html.match(/<aside class="lms-callout"/g)).toHaveLength(2);
    expect(lesson.html).toContain('<details class="lms-extra" id="stages"');
    expect(lesson.html).toContain('<span class="lms-extra-badge">Optional reading</span>');
  });

  // The seed lives in ../shared beside the checkout. Someone's own clone may not have it;
  // CI always does, so there its absence is a failure rather than a skip.
  const seedMissing = !existsSync(SEED) && process.env.CI !== 'true';
  test.skipIf(seedMissing)(`carries the seed summary character for character${seedMissing ? ' (skipped: ../shared/seeds not found)' : ''}`, async () => {
    const seed = await readFile(SEED, 'utf8');
    const summary = seed.slice(seed.indexOf('Understanding the Therapeutic Relationship What'), seed.indexOf('</extrainfo>')).replace(/<\/?extrainfo>/g, '');
    const lessonText = (course.lessons[0]!.title + ' ' + course.lessons[0]!.html)
      .replace(/<span class="lms-extra-badge">Optional reading<\/span>/, '')
      .replace(/<p class="lms-callout-label">Important<\/p>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    // Character for character, ignoring only white space (the seed lost its line breaks).
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    expect(squeeze(lessonText)).toBe(squeeze(summary));
    expect(squeeze(summary).length).toBeGreaterThan(4000);
  });

  test('has all seven flashcards word for word', () => {
    expect(course.flashcards.map((c) => [c.front, c.back])).toEqual([
      ['What is the therapeutic relationship defined as in helping fields?', 'A collaborative partnership between a client and a professional.'],
      ['What kind of bond characterizes the therapeutic relationship?', 'A purposeful, goal\u2011oriented bond.'],
      ['What does the quality of the therapeutic relationship consistently predict across different modalities?', 'Treatment outcomes.'],
      ['What is the alternative term often used for the therapeutic relationship?', 'Therapeutic alliance.'],
      ['How does the therapeutic alliance function to enable change from specific interventions?', 'As a "common factor."'],
      ['Who is responsible for negotiating clear and realistic therapy goals?', 'Both the therapist and the client.'],
      ['What is the primary purpose of maintaining professional boundaries in therapy?', 'To protect both parties and keep work focused on therapeutic aims.'],
    ]);
  });

  test('has eight questions, the seed question first, using all six types', () => {
    expect(course.questions).toHaveLength(8);
    expect(course.questions[0]!.prompt).toBe('Research shows a strong therapeutic relationship primarily enhances which client factor?');
    expect(new Set(course.questions.map((q) => q.type))).toEqual(new Set(['single', 'multiple', 'true-false', 'fill-in', 'matching', 'ordering']));
  });

  test('gives every question feedback, an explanation naming its section, and concept tags', () => {
    const sections = new Map(course.lessons.flatMap((l) => l.sections.map((s) => [s.id, s.title] as const)));
    for (const q of course.questions) {
      const perChoice = (q.type === 'single' || q.type === 'multiple') && q.choices.every((c) => c.feedback);
      expect(perChoice || (q.feedback?.correct && q.feedback.incorrect), `${q.id} has feedback`).toBeTruthy();
      expect(q.section, `${q.id} names its section`).toBeDefined();
      expect(q.explanation, `${q.id} explanation names "${sections.get(q.section!)}"`).toContain(sections.get(q.section!));
      expect(q.concepts?.length, `${q.id} is tagged`).toBeGreaterThan(0);
    }
  });

  test('has the nine key concepts in the seed groups and order', () => {
    expect(course.conceptGroups.map((g) => [g.title, g.concepts.map((c) => c.term)])).toEqual([
      ['Therapeutic Relationship Components', ['Therapeutic relationship', 'Therapeutic alliance', 'Rapport', 'Empathy', 'Collaboration']],
      ['Therapy Process and Boundaries', ['Professional boundaries', 'Working phase', 'Common factor (psychotherapy)', 'Therapeutic outcome predictor']],
    ]);
    for (const c of course.conceptGroups.flatMap((g) => g.concepts)) expect(course.conceptSections[c.id]?.length, `${c.term} is linked in the lesson`).toBeGreaterThan(0);
  });
});
