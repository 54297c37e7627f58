/**
 * The corpus: packages that reproduce the structure of other tools' exports and of hostile zips.
 * For each, the checker must report exactly the expected findings (an extra one fails as much as
 * a missing one) and open its report with the expected verdict.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkPackage } from '../../build-scripts/check/check-package.ts';
import { renderReport } from '../../build-scripts/check/render-report.ts';
import { mustValidate, schemaGate } from '../packaging/schema-gate.ts';
import { CORPUS } from './corpus/index.ts';
import { writeCorpusZip } from './corpus/zip-builder.ts';

const SCHEMA_CODES = new Set(['schema-invalid', 'cmi5-schema-invalid']);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lmspack-corpus-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function zipOf(name: string, entries: Parameters<typeof writeCorpusZip>[1]): Promise<string> {
  const file = join(dir, `${name}.zip`);
  await writeCorpusZip(file, entries);
  return file;
}

describe('the corpus, by the rules alone', () => {
  test.each(CORPUS.map((item) => [item.name, item] as const))('%s', async (name, item) => {
    const report = await checkPackage(await zipOf(name, await item.entries()), { standardsDir: null });
    const expected = item.expected.filter(([code]) => !SCHEMA_CODES.has(code));
    expect(report.findings.map((found) => [found.code, found.path])).toEqual(expected);
    expect(report.standard).toBe(item.standard);
  });
});

const gate = schemaGate();
if (gate.missing && mustValidate) {
  test('the official schemas and xmllint are available for the corpus (required in CI)', () => {
    throw new Error(`Cannot validate the corpus: ${gate.missing}.`);
  });
}

describe.skipIf(gate.missing !== undefined)(`the corpus, schema validation included${gate.missing ? ` (skipped: ${gate.missing})` : ''}`, () => {
  test.each(CORPUS.map((item) => [item.name, item] as const))('%s', async (name, item) => {
    const report = await checkPackage(await zipOf(`${name}-schemas`, await item.entries()), { standardsDir: gate.standardsDir! });
    expect(report.findings.map((found) => [found.code, found.path])).toEqual(item.expected);
    expect(report.verdict).toBe(item.verdict);
    expect(renderReport(report).split('\n')[0]).toBe(`${report.file}: ${item.verdict}`);
  });
});
