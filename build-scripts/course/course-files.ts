/**
 * Reads the files of a course folder: the YAML files, parsed with source positions and checked
 * against their schema, and the lesson files course.yaml lists. Every text read is recorded in
 * `sources`, so diagnostics can show a code frame.
 * @packageDocumentation
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { diagnostic, isError, type Diagnostic, type SourceLocation } from '../diagnostics/diagnostic.ts';
import { validateWithSchema } from './schema-issues.ts';
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
  value?: T;
  source?: YamlSource;
  /** The parsed data before validation, for reading what a broken file still says. */
  data?: unknown;
  diagnostics: Diagnostic[];
}

export async function readYamlFile<S extends z.ZodType>(courseDir: string, file: string, schema: S, required: boolean, sources: Sources): Promise<YamlFile<z.output<S>>> {
  const absolute = path.join(courseDir, file);
  if (!existsSync(absolute)) {
    const missing = diagnostic('missing-file', { file, line: 1, column: 1 }, `The course folder has no ${file}.`, `create ${path.join(courseDir, file)} (see "Course format" in the README)`);
    return { diagnostics: required ? [missing] : [] };
  }
  const text = (await readFile(absolute, 'utf8')).replace(/^\uFEFF/, '');
  sources.set(file, text);
  const parsed = YamlSource.parse(file, text);
  if (parsed.diagnostics.some(isError)) return { source: parsed.source, data: parsed.data, diagnostics: parsed.diagnostics };
  const checked = validateWithSchema(schema, parsed.data ?? {}, parsed.source);
  return {
    source: parsed.source,
    data: parsed.data,
    ...(checked.value !== undefined ? { value: checked.value } : {}),
    diagnostics: [...parsed.diagnostics, ...checked.diagnostics],
  };
}

/** A lesson file as listed in course.yaml at `where`: its normalised path and text, or why not. */
export async function readLessonFile(courseDir: string, file: string, where: SourceLocation, sources: Sources): Promise<{ file: string; text: string } | { problem: Diagnostic }> {
  const normalised = path.posix.normalize(file.replace(/\\/g, '/'));
  if (normalised.startsWith('../') || path.posix.isAbsolute(normalised)) {
    return { problem: diagnostic('asset-outside-course', where, `Lesson "${file}" is outside the course folder.`, 'move the lesson into the course folder, e.g. lessons/') };
  }
  const absolute = path.join(courseDir, normalised);
  if (!existsSync(absolute)) {
    return { problem: diagnostic('missing-file', where, `Lesson file "${file}" does not exist.`, `create ${absolute}, or fix the name in course.yaml`) };
  }
  const text = await readFile(absolute, 'utf8');
  sources.set(normalised, text);
  return { file: normalised, text };
}
