/**
 * The seed course (course/) through the loader, the packager and the checker: every package
 * validates against the official schemas and passes every check. The player build is the fake
 * one, so this stays fast; the real Vite build is exercised by the build command's own tests.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkPackage } from '../../build-scripts/check/check-package.ts';
import { loadCourse } from '../../build-scripts/course/load-course.ts';
import { buildPackages, PACKAGE_FORMATS, type PackageResult } from '../../build-scripts/package/build-packages.ts';
import { SEED_COURSE } from '../support/course-copy.ts';
import { writeFakeApp } from './fake-app.ts';
import { mustValidate, schemaGate } from './schema-gate.ts';
import { unzip } from './unzip.ts';

const gate = schemaGate();
let appDir: string;
let outDir: string;
let results: PackageResult[];

beforeAll(async () => {
  const loaded = await loadCourse(SEED_COURSE);
  if (!loaded.course) throw new Error(`the seed course did not load: ${JSON.stringify(loaded.diagnostics)}`);
  appDir = await writeFakeApp();
  outDir = await mkdtemp(join(tmpdir(), 'lmspack-seed-'));
  results = await buildPackages({ course: loaded.course, appDir, courseDir: SEED_COURSE, outDir, formats: PACKAGE_FORMATS });
});

afterAll(async () => {
  for (const dir of [appDir, outDir]) if (dir) await rm(dir, { recursive: true, force: true });
});

if (gate.missing && mustValidate) {
  test('the official schemas and xmllint are available (required in CI)', () => {
    throw new Error(`Cannot validate the seed course's manifests: ${gate.missing}.`);
  });
}

describe('the seed course packages', () => {
  test('are named after the course id', () => {
    expect(results.map((result) => result.file.slice(outDir.length + 1))).toEqual(
      PACKAGE_FORMATS.map((format) => `therapeutic-relationship-${format}.zip`),
    );
  });

  test('declare one SCORM 2004 objective per key concept', async () => {
    const scorm2004 = results.find((result) => result.format === 'scorm2004')!;
    const manifest = (await unzip(scorm2004.file)).get('imsmanifest.xml')!.data.toString('utf8');
    expect([...manifest.matchAll(/<imsss:objective objectiveID="([^"]+)"/g)].map((match) => match[1])).toHaveLength(9);
  });

  test.skipIf(gate.missing !== undefined).each(PACKAGE_FORMATS)(
    `%s validates against the official schemas and passes every check${gate.missing ? ` (skipped: ${gate.missing})` : ''}`,
    async (format) => {
      const result = results.find((item) => item.format === format)!;
      const report = await checkPackage(result.file, { standardsDir: gate.standardsDir! });
      expect(report.findings).toEqual([]);
      expect(report.schemaValidation.status).toBe('valid');
    },
  );
});
