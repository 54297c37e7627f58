/**
 * Loads a course folder: parses every file with source positions, validates it, derives
 * missing ids, compiles the lessons and checks every reference between files. Reports every
 * problem at once; returns a course only when there is no error.
 *
 * `load` reads top to bottom as the steps it takes; each step returns its diagnostics.
 * @packageDocumentation
 */
import { readdirSync, statSync } from 'node:fs';
import type { z } from 'zod';
import { conceptGroupSchema, conceptsFileSchema, flashcardSchema, flashcardsFileSchema, questionSchema, quizFileSchema } from '../../format/content-schemas.ts';
import { COMPLETION_RULE_PARTS, COMPLETION_RULES, type CompletionRule } from '../../format/completion-rules.ts';
import { courseSchema, type CourseSettings } from '../../format/course-schema.ts';
import { contrastRatio } from '../../format/contrast.ts';
import type { ConceptGroup, Flashcard, Question, ValidatedCourse } from '../../format/validated-course.ts';
import { diagnostic, isError, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { assignIds } from './assign-ids.ts';
import { ConceptLinker } from './concept-linker.ts';
import { osReason } from './course-paths.ts';
import { definedConceptIds, listAt, validEntries, writtenReferences, type Entries } from './content-entries.ts';
import { COURSE_FILES, readLessonFile, readYamlFile, type Sources, type YamlFile } from './course-files.ts';
import { checkAnchors, checkConceptReferences, checkConceptsTaught, checkQuestionSections, checkSectionIds } from './cross-references.ts';
import { checkInterfaceLanguages } from './interface-languages.ts';
import { compileLesson, type CompiledLesson } from './lesson-compiler.ts';
import { checkLessonIds, type ListedLesson } from './lesson-ids.ts';
import { checkLmsIdCollisions, contentIdScopes } from './lms-id-collisions.ts';
import { createMarkdown } from './markdown-engine.ts';
import { checkOptionLimits } from './option-limits.ts';
import { checkQuestions } from './question-checks.ts';
import type { YamlSource } from './yaml-source.ts';

export { COURSE_FILES };

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
  const sources: Sources = new Map();
  try {
    const { course, diagnostics } = await load(courseDir, sources);
    const sorted = sortDiagnostics(diagnostics);
    return { ...(course && !sorted.some(isError) ? { course } : {}), diagnostics: sorted, sources };
  } catch (error) {
    // A crash here is a bug in lmspack, not in the course; say so rather than blame the author.
    if (process.env.LMSPACK_DEBUG) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const crash = diagnostic('internal-error', { file: COURSE_FILES.course, line: 1, column: 1 }, `lmspack failed while loading the course: ${message}`, 'please report this with the course files; rerun with --debug for the stack');
    return { diagnostics: [crash], sources };
  }
}

type FileOf<S extends z.ZodType> = YamlFile<z.output<S>>;

interface CourseFiles {
  settings: FileOf<typeof courseSchema>;
  cards: FileOf<typeof flashcardsFileSchema>;
  quiz: FileOf<typeof quizFileSchema>;
  concepts: FileOf<typeof conceptsFileSchema>;
}

interface LessonPlan {
  files: string[];
  language: string;
  /** The author's term overrides, which include the callout labels. */
  terms?: CourseSettings['terms'];
}

/** The content entries that passed their schema, at their indices in their files. */
interface Content {
  flashcards: Entries<Flashcard>;
  questions: Entries<Question>;
  conceptGroups: Entries<ConceptGroup>;
}

const defined = <T>(list: Entries<T>): T[] => list.filter((item): item is T => item !== undefined);

async function load(courseDir: string, sources: Sources): Promise<{ course?: ValidatedCourse; diagnostics: Diagnostic[] }> {
  const folderProblem = checkCourseFolder(courseDir);
  if (folderProblem) return { diagnostics: [folderProblem] };
  const files = await readCourseFiles(courseDir, sources);
  const content = contentOf(files);
  const idProblems = assignContentIds(files, content); // fills in the missing ids of `content`
  const lmsIds = checkLmsIdCollisions(contentIdScopes({ source: files.quiz.source, questions: content.questions }, { source: files.concepts.source, groups: content.conceptGroups }));
  const optionLimits = files.quiz.source ? checkOptionLimits(content.questions, files.quiz.source) : [];
  const found = [...Object.values(files).flatMap((f) => f.diagnostics), ...idProblems, ...lmsIds, ...optionLimits, ...checkContentReferences(files, content)];
  const settingsSource = files.settings.source;
  if (!settingsSource) return { diagnostics: found };

  const settings = files.settings.value;
  const settingsProblems = settings ? checkSettings(settings, settingsSource, { hasQuiz: files.quiz.exists, questionCount: files.quiz.value ? content.questions.length : undefined }) : [];
  const plan = lessonPlan(files.settings);
  const linker = new ConceptLinker(defined(content.conceptGroups).flatMap((g) => g.concepts.map((c) => ({ id: c.id, names: [c.term, ...(c.aliases ?? [])] }))), plan.language);
  const lessons = await compileLessons(courseDir, plan, settingsSource, linker, sources);
  const references = checkLessonReferences(files, content, lessons, linker, plan.files);
  const diagnostics = [...found, ...settingsProblems, ...lessons.diagnostics, ...references];

  const everyFileValid = settings && Object.values(files).every((f) => f.value || !f.source);
  return everyFileValid ? { course: assembleCourse(settings, content, lessons.compiled, linker), diagnostics } : { diagnostics };
}

/** One message for a course folder that is missing or unreadable, rather than one per file in it. */
function checkCourseFolder(courseDir: string): Diagnostic | undefined {
  const at = { file: COURSE_FILES.course, line: 1, column: 1 };
  try {
    if (!statSync(courseDir).isDirectory()) return diagnostic('missing-file', at, `The course folder ${courseDir} is not a folder.`, 'pass the folder that holds course.yaml with --course');
    readdirSync(courseDir);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return diagnostic('missing-file', at, `The course folder ${courseDir} does not exist.`, 'pass the folder that holds course.yaml with --course');
    return diagnostic('missing-file', at, `Cannot read the course folder ${courseDir}: ${osReason(error)}.`, 'check the permissions of the folder and of the folders above it');
  }
}

async function readCourseFiles(courseDir: string, sources: Sources): Promise<CourseFiles> {
  return {
    settings: await readYamlFile(courseDir, COURSE_FILES.course, courseSchema, true, sources),
    cards: await readYamlFile(courseDir, COURSE_FILES.flashcards, flashcardsFileSchema, false, sources),
    quiz: await readYamlFile(courseDir, COURSE_FILES.quiz, quizFileSchema, false, sources),
    concepts: await readYamlFile(courseDir, COURSE_FILES.concepts, conceptsFileSchema, false, sources),
  };
}

/**
 * The content lists: all entries of a valid file; of an invalid one, the entries that pass
 * their schema (empty for an absent file or one that is not well-formed YAML). Ids are filled
 * in next.
 */
function contentOf(files: CourseFiles): Content {
  const entries = <S extends z.ZodType>(file: YamlFile<unknown>, key: string, schema: S) => (file.parsed ? validEntries(file.data, key, schema) : []);
  return {
    // assignContentIds fills every missing id in place; the types say so from here on.
    flashcards: (files.cards.value?.cards ?? entries(files.cards, 'cards', flashcardSchema)) as Content['flashcards'],
    questions: (files.quiz.value?.questions ?? entries(files.quiz, 'questions', questionSchema)) as Content['questions'],
    conceptGroups: (files.concepts.value?.groups ?? entries(files.concepts, 'groups', conceptGroupSchema)) as Content['conceptGroups'],
  };
}

/** Derives missing ids (with a warning each) and reports duplicates, per id space. */
function assignContentIds(files: CourseFiles, content: Content): Diagnostic[] {
  const { cards, quiz, concepts } = files;
  const out: Diagnostic[] = [];
  if (cards.source) {
    out.push(...assignIds(cards.source, [{ items: content.flashcards, path: ['cards'], from: 'front', kind: 'entity', label: 'flashcard' }]));
  }
  if (quiz.source) {
    const source = quiz.source;
    out.push(...assignIds(source, [{ items: content.questions, path: ['questions'], from: 'prompt', kind: 'entity', label: 'question' }]));
    content.questions.forEach((q, i) => {
      const options = q && optionList(q);
      if (options) out.push(...assignIds(source, [{ items: options.items, path: ['questions', i, options.key], from: options.from, kind: 'option', label: options.label }]));
    });
    out.push(...checkQuestions(content.questions, quiz.parsed ? listAt(quiz.data, 'questions') : [], source));
  }
  if (concepts.source) {
    const groups = content.conceptGroups;
    out.push(...assignIds(concepts.source, [{ items: groups, path: ['groups'], from: 'title', kind: 'entity', label: 'concept group' }]));
    out.push(...assignIds(concepts.source, groups.map((g, i) => ({ items: g?.concepts ?? [], path: ['groups', i, 'concepts'], from: 'term', kind: 'entity' as const, label: 'concept' }))));
  }
  return out;
}

/** The choices, pairs or items of a question that carry option ids, if it has any. */
function optionList(q: Question): { items: { id?: string }[]; key: string; from: string; label: string } | undefined {
  if (q.type === 'single' || q.type === 'multiple') return { items: q.choices, key: 'choices', from: 'text', label: 'choice' };
  if (q.type === 'matching') return { items: q.pairs, key: 'pairs', from: 'left', label: 'pair' };
  if (q.type === 'ordering') return { items: q.items, key: 'items', from: 'text', label: 'item' };
  return undefined;
}

/** Concepts named by cards and questions; not checked when concepts.yaml is there but cannot be read as YAML. */
function checkContentReferences(files: CourseFiles, content: Content): Diagnostic[] {
  if (files.concepts.exists && !files.concepts.parsed) return [];
  const conceptIds = definedConceptIds(files.concepts.data, defined(content.conceptGroups).flatMap((g) => g.concepts.map((c) => c.id)));
  const named = (file: YamlFile<unknown>, key: string) => (file.parsed ? writtenReferences(file.data, key) : []);
  return [...checkConceptReferences(conceptIds, files.cards.source, named(files.cards, 'cards'), 'cards'), ...checkConceptReferences(conceptIds, files.quiz.source, named(files.quiz, 'questions'), 'questions')];
}

/**
 * The lesson files and language to compile them in. With invalid settings, still compile the
 * lessons the file lists, so that their problems are reported in the same run rather than one
 * file at a time.
 */
function lessonPlan(settingsFile: CourseFiles['settings']): LessonPlan {
  const settings = settingsFile.value;
  const raw = (settingsFile.data ?? {}) as { lessons?: unknown; language?: unknown };
  return {
    files: settings?.lessons ?? (Array.isArray(raw.lessons) ? raw.lessons.filter((f): f is string => typeof f === 'string') : []),
    language: settings?.language ?? (typeof raw.language === 'string' ? raw.language : 'en'),
    ...(settings?.terms ? { terms: settings.terms } : {}),
  };
}

async function compileLessons(courseDir: string, plan: LessonPlan, settingsSource: YamlSource, linker: ConceptLinker, sources: Sources): Promise<{ compiled: CompiledLesson[]; diagnostics: Diagnostic[] }> {
  const md = createMarkdown(plan.language, plan.terms);
  const compiled: CompiledLesson[] = [];
  const diagnostics: Diagnostic[] = [];
  const listedAt = new Map<string, number>();
  const read: ListedLesson[] = [];
  for (const [i, file] of plan.files.entries()) {
    const where = settingsSource.locate(['lessons', i]);
    const first = listedAt.get(file);
    if (first !== undefined) {
      diagnostics.push(diagnostic('duplicate-id', where, `Lesson "${file}" is listed twice (first as lesson ${first + 1}).`, 'list each lesson once'));
      continue;
    }
    listedAt.set(file, i);
    const lesson = await readLessonFile(courseDir, file, where, sources);
    if ('problem' in lesson) {
      diagnostics.push(lesson.problem);
      continue;
    }
    read.push({ file: lesson.file, where });
    const result = compileLesson(md, { file: lesson.file, text: lesson.text, courseDir }, linker);
    diagnostics.push(...result.diagnostics);
    compiled.push(result);
  }
  return { compiled, diagnostics: [...diagnostics, ...checkLessonIds(read)] };
}

/**
 * References to sections, and concepts no lesson teaches. Only when course.yaml parsed and every
 * lesson it lists compiled: otherwise the heading or mention may be in the lesson that did not,
 * and every reference to it would be a false alarm.
 */
function checkLessonReferences(files: CourseFiles, content: Content, lessons: { compiled: CompiledLesson[] }, linker: ConceptLinker, listed: readonly string[]): Diagnostic[] {
  const sections = checkSectionIds(lessons.compiled);
  const allLessons = files.settings.parsed && lessons.compiled.length > 0 && lessons.compiled.length === new Set(listed).size && lessons.compiled.every((c) => c.lesson);
  if (!allLessons) return sections.diagnostics;
  const sectionRefs = files.quiz.parsed ? writtenReferences(files.quiz.data, 'questions') : [];
  const out = [...sections.diagnostics, ...checkAnchors(lessons.compiled, sections.ids), ...checkQuestionSections(files.quiz.source, sectionRefs, sections.ids)];
  if (files.concepts.source) out.push(...checkConceptsTaught(files.concepts.source, content.conceptGroups, linker.sections));
  return out;
}

function assembleCourse(settings: CourseSettings, content: Content, compiled: readonly CompiledLesson[], linker: ConceptLinker): ValidatedCourse {
  return {
    settings,
    lessons: compiled.flatMap((c) => (c.lesson ? [c.lesson] : [])),
    flashcards: defined(content.flashcards),
    questions: defined(content.questions),
    conceptGroups: defined(content.conceptGroups),
    conceptSections: Object.fromEntries([...linker.sections].map(([id, set]) => [id, [...set]])),
    assets: [...new Set(compiled.flatMap((c) => c.assets))].sort().map((p) => ({ path: p })),
  };
}

/** Rules of course.yaml that involve other files, accessibility or what lmspack ships. */
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
  out.push(...checkInterfaceLanguages(settings, settingsSource));
  const contrast = contrastRatio(settings.theme.accent, '#ffffff');
  if (contrast < 4.5) {
    out.push(
      diagnostic('low-contrast', settingsSource.locate(['theme', 'accent']), `The accent colour ${settings.theme.accent} has a contrast of ${contrast.toFixed(2)}:1 with white; WCAG AA needs 4.5:1.`, 'choose a darker colour so that buttons and links stay readable'),
    );
  }
  return out;
}
