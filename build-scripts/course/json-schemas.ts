/**
 * JSON Schemas of the course files, generated from the zod definitions so that editors
 * (through the `# yaml-language-server: $schema=` line) check exactly what the loader checks.
 * @packageDocumentation
 */
import { z } from 'zod';
import { conceptsFileSchema, flashcardsFileSchema, quizFileSchema } from '../../format/content-schemas.ts';
import { courseSchema } from '../../format/course-schema.ts';

export const SCHEMA_FILES = {
  'course.schema.json': courseSchema,
  'flashcards.schema.json': flashcardsFileSchema,
  'quiz.schema.json': quizFileSchema,
  'concepts.schema.json': conceptsFileSchema,
} as const;

/** The text of each schema file, keyed by file name. Draft 7, which yaml-language-server reads best. */
export function generateJsonSchemas(): Record<keyof typeof SCHEMA_FILES, string> {
  const out = {} as Record<keyof typeof SCHEMA_FILES, string>;
  for (const [name, schema] of Object.entries(SCHEMA_FILES) as [keyof typeof SCHEMA_FILES, z.ZodType][]) {
    const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' });
    out[name] = `${JSON.stringify({ ...json, title: schema.description }, null, 2)}\n`;
  }
  return out;
}
