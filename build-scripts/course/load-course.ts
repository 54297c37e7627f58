/**
 * Loads a course folder: parses every file with source positions, validates it, derives
 * missing ids, compiles the lessons and checks every reference between files. Reports every
 * problem at once; returns a course only when there is no error.
 * @packageDocumentation
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { conceptsFileSchema, flashcardsFileSchema, quizFileSchema } from '../../format/content-schemas.ts';
import { COMPLETION_RULE_PARTS, COMPLETION_RULES, courseSchema, type CompletionRule, type CourseSettings } from '../../format/course-schema.ts';
import type { ValidatedCourse } from '../../format/validated-course.ts';
import { diagnostic, isError, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { assignIds } from './assign-ids.ts';
import { ConceptLinker } from './concept-linker.ts';
import { contrastRatio } from './contrast.ts';
import { compileLesson, type CompiledLesson } from './lesson-compiler.ts';
import { createMarkdown } from './markdown-engine.ts';
import { checkQuestions } from './question-checks.ts';
import { validateWithSchema } from './schema-issues.ts';
import { YamlSource } from './yaml-source.ts';

export const COURSE_FILES = {
  course: 'course.yaml',
  flashcards: 'flashcards.yaml',
  quiz: 'quiz.yaml',
  concepts: 'concepts.yaml',
} as const;

export interface LoadResult {
  /** Present only when no diagnostic is an error. */
  course?: ValidatedCourse;
  diagnostics: Diagnostic[];
  /** Text of every file read, by course-relative path, for code frames. */
  sources: Map<string, string>;
}

/** The completion rules that need a quiz: those with a part about it. */
const RULES_NEEDING_QUIZ: readonly CompletionRule[] = COMPLETION_RULES.filter((rule) => COMPLETION_RULE_PARTS[rule].some((part) => part !== 'lessonViewed'));

export async function loadCourse(courseDir: string): Promise<LoadResult> {
  const sources = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  try {
    const course = await load(courseDir, sources, diagnostics);
    const sorted = sortDiagnostics(diagnostics);
    return { ...(course && !sorted.some(isError) ? { course } : {}), diagnostics: sorted, sources };
  } catch (error) {
    // A crash here is a bug in lmspack, not in the course; say so rather than blame the author.
    const message = error instanceof Error ? error.message : String(error);
    diagnostics.push(diagnostic('internal-error', { file: COURSE_FILES.course, line: 1, column: 1 }, `lmspack failed while loading the course: ${message}`, 'please report this with the course files; rerun with --debug for the stack'));
    if (process.env.LMSPACK_DEBUG) throw error;
    return { diagnostics: sortDiagnostics(diagnostics), sources };
  }
}

async function readYaml<S extends z.ZodType>(
  courseDir: string,
  file: string,
  schema: S,
  sources: Map<string, string>,
  diagnostics: Diagnostic[],
  required: boolean,
): Promise<{ value?: z.output<S>; source?: YamlSource; data?: unknown }> {
  const absolute = path.join(courseDir, file);
  if (!existsSync(absolute)) {
    if (required) diagnostics.push(diagnostic('missing-file', { file, line: 1, column: 1 }, `The course folder has no ${file}.`, `create ${path.join(courseDir, file)} (see "Course format" in the README)`));
    return {};
  }
  const text = (await readFile(absolute, 'utf8')).replace(/^\uFEFF/, '');
  sources.set(file, text);
  const parsed = YamlSource.parse(file, text);
  diagnostics.push(...parsed.diagnostics);
  if (parsed.diagnostics.some(isError)) return { source: parsed.source, data: parsed.data };
  const checked = validateWithSchema(schema, parsed.data ?? {}, parsed.source);
  diagnostics.push(...checked.diagnostics);
  return { source: parsed.source, data: parsed.data, ...(checked.value !== undefined ? { value: checked.value } : {}) };
}

async function load(courseDir: string, sources: Map<string, string>, diagnostics: Diagnostic[]): Promise<ValidatedCourse | undefined> {
  const settingsFile = await readYaml(courseDir, COURSE_FILES.course, courseSchema, sources, diagnostics, true);
  const cardsFile = await readYaml(courseDir, COURSE_FILES.flashcards, flashcardsFileSchema, sources, diagnostics, false);
  const quizFile = await readYaml(courseDir, COURSE_FILES.quiz, quizFileSchema, sources, diagnostics, false);
  const conceptsFile = await readYaml(courseDir, COURSE_FILES.concepts, conceptsFileSchema, sources, diagnostics, false);

  const cards = cardsFile.value?.cards ?? [];
  const questions = quizFile.value?.questions ?? [];
  const groups = conceptsFile.value?.groups ?? [];

  if (cardsFile.source && cardsFile.value) {
    diagnostics.push(...assignIds(cardsFile.source, [{ items: cards, path: ['cards'], from: 'front', kind: 'entity', label: 'flashcard' }]));
  }
  if (quizFile.source && quizFile.value) {
    const source = quizFile.source;
    diagnostics.push(...assignIds(source, [{ items: questions, path: ['questions'], from: 'prompt', kind: 'entity', label: 'question' }]));
    questions.forEach((q, i) => {
      const options =
        q.type === 'single' || q.type === 'multiple'
          ? { items: q.choices, key: 'choices', from: 'text', label: 'choice' }
          : q.type === 'matching'
            ? { items: q.pairs, key: 'pairs', from: 'left', label: 'pair' }
            : q.type === 'ordering'
              ? { items: q.items, key: 'items', from: 'text', label: 'item' }
              : undefined;
      if (options) diagnostics.push(...assignIds(source, [{ items: options.items, path: ['questions', i, options.key], from: options.from, kind: 'option', label: options.label }]));
    });
    diagnostics.push(...checkQuestions(questions, source));
  }
  if (conceptsFile.source && conceptsFile.value) {
    const source = conceptsFile.source;
    diagnostics.push(...assignIds(source, [{ items: groups, path: ['groups'], from: 'title', kind: 'entity', label: 'concept group' }]));
    diagnostics.push(...assignIds(source, groups.map((g, i) => ({ items: g.concepts, path: ['groups', i, 'concepts'], from: 'term', kind: 'entity' as const, label: 'concept' }))));
  }

  // Concept references from cards and questions.
  const conceptIds = new Set(groups.flatMap((g) => g.concepts.map((c) => c.id ?? '')));
  const checkConceptRefs = (source: YamlSource | undefined, items: { concepts?: string[] | undefined }[], listKey: string) => {
    if (!source) return;
    items.forEach((item, i) =>
      item.concepts?.forEach((id, j) => {
        if (conceptIds.has(id)) return;
        const near = [...conceptIds].find((known) => known.includes(id) || id.includes(known));
        diagnostics.push(
          diagnostic('unknown-concept', source.locate([listKey, i, 'concepts', j]), `Unknown concept "${id}".`, near ? `did you mean "${near}"?` : conceptIds.size ? `concepts.yaml defines: ${[...conceptIds].join(', ')}` : 'define it in concepts.yaml'),
        );
      }),
    );
  };
  checkConceptRefs(cardsFile.source, cards, 'cards');
  checkConceptRefs(quizFile.source, questions, 'questions');

  const settings = settingsFile.value;
  if (!settingsFile.source) return undefined;
  const settingsSource = settingsFile.source;
  if (settings) diagnostics.push(...checkSettings(settings, settingsSource, { hasQuiz: quizFile.source !== undefined, questionCount: quizFile.value ? questions.length : undefined }));
  // With invalid settings, still compile the lessons the file lists, so that their problems are
  // reported in the same run rather than one file at a time.
  const raw = (settingsFile.data ?? {}) as { lessons?: unknown; language?: unknown };
  const lessonFiles = settings?.lessons ?? (Array.isArray(raw.lessons) ? raw.lessons.filter((f): f is string => typeof f === 'string') : []);
  const language = settings?.language ?? (typeof raw.language === 'string' ? raw.language : 'en');

  // Lessons.
  const md = createMarkdown(language);
  const linker = new ConceptLinker(groups.flatMap((g) => g.concepts.map((c) => ({ id: c.id ?? '', names: [c.term, ...(c.aliases ?? [])] }))));
  const compiled: CompiledLesson[] = [];
  for (const [i, file] of lessonFiles.entries()) {
    const where = settingsSource.locate(['lessons', i]);
    const normalised = path.posix.normalize(file.replace(/\\/g, '/'));
    if (normalised.startsWith('../') || path.posix.isAbsolute(normalised)) {
      diagnostics.push(diagnostic('asset-outside-course', where, `Lesson "${file}" is outside the course folder.`, 'move the lesson into the course folder, e.g. lessons/'));
      continue;
    }
    const absolute = path.join(courseDir, normalised);
    if (!existsSync(absolute)) {
      diagnostics.push(diagnostic('missing-file', where, `Lesson file "${file}" does not exist.`, `create ${absolute}, or fix the name in course.yaml`));
      continue;
    }
    const text = await readFile(absolute, 'utf8');
    sources.set(normalised, text);
    const result = compileLesson(md, { file: normalised, text, courseDir }, linker);
    diagnostics.push(...result.diagnostics);
    compiled.push(result);
  }
  const lessons = compiled.flatMap((c) => (c.lesson ? [c.lesson] : []));
  const sectionIds = checkSections(compiled, diagnostics);
  for (const c of compiled) {
    for (const anchor of c.anchors) {
      if (!sectionIds.has(anchor.id)) diagnostics.push(diagnostic('unknown-section', anchor.at, `Link to "#${anchor.id}", but no heading has that id.`, 'link to a heading id written as {#id}'));
    }
  }
  if (quizFile.source) {
    const source = quizFile.source;
    questions.forEach((q, i) => {
      if (q.section !== undefined && !sectionIds.has(q.section)) {
        diagnostics.push(
          diagnostic('unknown-section', source.locate(['questions', i, 'section']), `Unknown section "${q.section}".`, sectionIds.size ? `lesson headings have: ${[...sectionIds].join(', ')}` : 'give the lesson heading an id with {#id}'),
        );
      }
    });
  }
  if (conceptsFile.source && compiled.length > 0 && compiled.length === lessonFiles.length) {
    const source = conceptsFile.source;
    groups.forEach((g, gi) =>
      g.concepts.forEach((c, ci) => {
        if (!linker.sections.has(c.id ?? '')) {
          diagnostics.push(
            diagnostic('concept-not-linked', source.locate(['groups', gi, 'concepts', ci, 'term']), `"${c.term}" never appears in a lesson section, so learners cannot see where it is taught.`, 'add the wording the lesson uses to "aliases"'),
          );
        }
      }),
    );
  }

  if (!settings) return undefined;
  if (!cardsFile.value && cardsFile.source) return undefined;
  if (!quizFile.value && quizFile.source) return undefined;
  if (!conceptsFile.value && conceptsFile.source) return undefined;
  const assets = [...new Set(compiled.flatMap((c) => c.assets))].sort().map((p) => ({ path: p }));
  return {
    settings,
    lessons,
    // assignIds has filled every id above; the types say so from here on.
    flashcards: cards as ValidatedCourse['flashcards'],
    questions: questions as ValidatedCourse['questions'],
    conceptGroups: groups as ValidatedCourse['conceptGroups'],
    conceptSections: Object.fromEntries([...linker.sections].map(([id, set]) => [id, [...set]])),
    assets,
  };
}

/** Rules of course.yaml that involve other files or accessibility. */
function checkSettings(settings: CourseSettings, settingsSource: YamlSource, context: { hasQuiz: boolean; questionCount: number | undefined }): Diagnostic[] {
  const out: Diagnostic[] = [];

  if (RULES_NEEDING_QUIZ.includes(settings.completion) && !context.hasQuiz) {
    out.push(
      diagnostic('quiz-required', settingsSource.locate(['completion']), `The completion rule "${settings.completion}" needs a quiz, but there is no ${COURSE_FILES.quiz}.`, 'add quiz.yaml, or use "completion: lesson-viewed"'),
    );
  }
  if (settings.quiz.draw !== undefined && context.questionCount !== undefined && settings.quiz.draw > context.questionCount) {
    out.push(
      diagnostic('draw-exceeds-pool', settingsSource.locate(['quiz', 'draw']), `quiz.draw is ${settings.quiz.draw}, but quiz.yaml has only ${context.questionCount} questions.`, `use at most ${context.questionCount}, or leave draw out to ask every question`),
    );
  }
  const contrast = contrastRatio(settings.theme.accent, '#ffffff');
  if (contrast < 4.5) {
    out.push(
      diagnostic('low-contrast', settingsSource.locate(['theme', 'accent']), `The accent colour ${settings.theme.accent} has a contrast of ${contrast.toFixed(2)}:1 with white; WCAG AA needs 4.5:1.`, 'choose a darker colour so that buttons and links stay readable'),
    );
  }
  return out;
}

/** Section ids must be unique across lessons, since the player routes to them by id alone. */
function checkSections(compiled: readonly CompiledLesson[], diagnostics: Diagnostic[]): Set<string> {
  const owner = new Map<string, string>();
  for (const { lesson, sectionAt } of compiled) {
    if (!lesson) continue;
    for (const [id, where] of sectionAt) {
      const first = owner.get(id);
      if (first !== undefined && first !== lesson.file) {
        diagnostics.push(diagnostic('duplicate-id', where, `Section id "${id}" is also used in ${first}.`, 'section ids must be unique across all lessons'));
      }
      if (first === undefined) owner.set(id, lesson.file);
    }
  }
  return new Set(owner.keys());
}
