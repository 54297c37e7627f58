/**
 * Reads the files of a course folder: the YAML files, parsed with source positions and checked
 * against their schema, and the lesson files course.yaml lists. Every text read is recorded in
 * `sources`, so diagnostics can show a code frame.
 * @packageDocumentation
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { diagnostic, isError, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.ts';
import { closestSibling } from './closest-match.ts';
import { fileProblem, inspectCourseFile, osReason } from './course-paths.ts';
import { decodeCourseText } from './course-text.ts';
import { validateWithSchema } from './schema-issues.ts';
import { parsesInTime, PREFLIGHT_MS } from './yaml-preflight.ts';
import { YamlSource } from './yaml-source.ts';

export const COURSE_FILES = {
  course: 'course.yaml',
  flashcards: 'flashcards.yaml',
  quiz: 'quiz.yaml',
  concepts: 'concepts.yaml',
} as const;

/** Course-relative path → text of every file read. */
export type Sources = Map<string, string>;

/** One YAML file: absent (no `source`), unparseable or invalid (no `value`), or valid. */
export interface YamlFile<T> {
  /** Whether the file is there, even when it could not be read. */
  exists: boolean;
  /** Whether it was read and is well-formed YAML: `data` is then all the file says. */
  parsed: boolean;
  value?: T;
  source?: YamlSource;
  /** The parsed data before validation, for reading what a broken file still says. */
  data?: unknown;
  diagnostics: Diagnostic[];
}

export async function readYamlFile<S extends z.ZodType>(courseDir: string, file: string, schema: S, required: boolean, sources: Sources): Promise<YamlFile<z.output<S>>> {
  const start = { file, line: 1, column: 1 };
  const missing = diagnostic('missing-file', start, `The course folder has no ${file}.`, `create ${path.join(courseDir, file)} (see "Course format" in the README)`);
  const read = await readCourseText(courseDir, file, file, start, missing);
  if ('problem' in read) return { exists: read.problem !== missing, parsed: false, diagnostics: read.problem === missing && !required ? [] : [read.problem] };
  sources.set(file, read.text);
  if (!(await parsesInTime(read.text))) {
    const slow = diagnostic('yaml-syntax', start, `YAML syntax: ${file} could not be read within ${PREFLIGHT_MS / 1000} s; its structure is far too deep or broken.`, 'look for long runs of brackets, dashes or other punctuation');
    return { exists: true, parsed: false, diagnostics: [slow] };
  }
  const parsed = YamlSource.parse(file, read.text);
  if (parsed.diagnostics.some(isError)) return { exists: true, parsed: false, source: parsed.source, data: parsed.data, diagnostics: parsed.diagnostics };
  const checked = validateWithSchema(schema, parsed.data ?? {}, parsed.source);
  return {
    exists: true,
    parsed: true,
    source: parsed.source,
    data: parsed.data,
    ...(checked.value !== undefined ? { value: checked.value } : {}),
    diagnostics: [...parsed.diagnostics, ...checked.diagnostics],
  };
}

/** A lesson file as listed in course.yaml at `where`: its normalised path and text, or why not. */
export async function readLessonFile(courseDir: string, file: string, where: SourceLocation, sources: Sources): Promise<{ file: string; text: string } | { problem: Diagnostic }> {
  const normalised = path.posix.normalize(file.replace(/\\/g, '/'));
  if (normalised.startsWith('../') || normalised === '..' || path.posix.isAbsolute(normalised)) {
    return { problem: diagnostic('asset-outside-course', where, `Lesson "${file}" is outside the course folder.`, 'move the lesson into the course folder, e.g. lessons/') };
  }
  const near = closestSibling(courseDir, normalised);
  const missing = diagnostic('missing-file', where, `Lesson file "${file}" does not exist.`, near ? `did you mean "${near}"?` : `create ${path.join(courseDir, normalised)}, or fix the name in course.yaml`);
  const read = await readCourseText(courseDir, normalised, file, where, missing);
  if ('problem' in read) return read;
  sources.set(normalised, read.text);
  return { file: normalised, text: read.text };
}

/** Course text files are far smaller; a larger one is a mistake, and would make the build crawl. */
export const MAX_TEXT_BYTES = 10_000_000;

/**
 * Reads a course text file named `relative` (written `shown` at `where`), checked as
 * course-paths.ts and course-text.ts describe; `missing` is the problem when it does not exist.
 */
async function readCourseText(courseDir: string, relative: string, shown: string, where: SourceLocation, missing: Diagnostic): Promise<{ text: string } | { problem: Diagnostic }> {
  const found = inspectCourseFile(courseDir, relative, MAX_TEXT_BYTES);
  if (!found.ok) return { problem: found.problem === 'missing' ? missing : fileProblem(found, shown, where, 'missing-file') };
  let bytes: Buffer;
  try {
    bytes = await readFile(found.absolute);
  } catch (error) {
    return { problem: fileProblem({ ok: false, problem: 'unreadable', reason: osReason(error) }, shown, where, 'missing-file') };
  }
  const decoded = decodeCourseText(bytes);
  if (!decoded.ok) {
    const at = { file: relative, line: decoded.line, column: decoded.column };
    return { problem: diagnostic('invalid-text', at, `${shown} is not UTF-8 text: it contains ${decoded.problem} here.`, 'save the file as UTF-8 text; remove the character if it is not meant to be there') };
  }
  return { text: decoded.text };
}
