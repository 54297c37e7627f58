import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { generateJsonSchemas, SCHEMA_FILES } from '../../build-scripts/course/json-schemas.ts';
import { applyEdit, copyCourse, MINIMAL_COURSE, REPO, SEED_COURSE } from '../support/course-copy.ts';
import { MALFORMED_CASES } from './malformed-cases.ts';

const generated = generateJsonSchemas();
const ajv = new Ajv({ allErrors: true, strict: false });
const validators = Object.fromEntries(Object.entries(generated).map(([name, text]) => [name, ajv.compile(JSON.parse(text) as object)]));
const schemaFor = (yamlFile: string) => validators[yamlFile.replace(/\.yaml$/, '.schema.json')];
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('the JSON Schemas editors use', () => {
  test.each(Object.keys(SCHEMA_FILES))('schemas/%s is up to date with the zod definition (run npm run schemas)', async (name) => {
    const committed = await readFile(path.join(REPO, 'schemas', name), 'utf8');
    expect(committed).toBe(generated[name as keyof typeof generated]);
  });

  test.each(['course.yaml', 'flashcards.yaml', 'quiz.yaml', 'concepts.yaml'])('accept the seed course file %s, which names its schema', async (file) => {
    const text = await readFile(path.join(SEED_COURSE, file), 'utf8');
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=../schemas/${file.replace('.yaml', '.schema.json')}`);
    const validate = schemaFor(file)!;
    expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
  });

  const schemaCases = MALFORMED_CASES.filter((c) => c.schemaLevel);
  test('cover at least six of the malformed fixtures', () => expect(schemaCases.length).toBeGreaterThanOrEqual(6));

  test.each(schemaCases)('reject the fixture the loader rejects: $name', async ({ edits, expected }) => {
    const dir = await copyCourse(MINIMAL_COURSE);
    dirs.push(dir);
    for (const edit of edits) await applyEdit(dir, edit);
    const validate = schemaFor(expected.file)!;
    const before = parse(await readFile(path.join(MINIMAL_COURSE, expected.file), 'utf8'));
    expect(validate(before), 'the unedited file is valid').toBe(true);
    expect(validate(parse(await readFile(path.join(dir, expected.file), 'utf8')))).toBe(false);
  });
});
