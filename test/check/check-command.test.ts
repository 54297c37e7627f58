import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../../build-scripts/cli/dispatch.ts';
import { STANDARDS_DIR_ENV } from '../../build-scripts/standards-dir.ts';
import { schemaGate } from '../packaging/schema-gate.ts';
import { buildOwnPackages, withText, writeZip, type OwnPackages } from './package-fixtures.ts';

const gate = schemaGate();
let own: OwnPackages;
let broken: string;
beforeAll(async () => {
  own = await buildOwnPackages();
  broken = await writeZip(own.dir, withText(own.files.scorm12, 'imsmanifest.xml', (xml) => xml.replace('identifierref="RES-sample-course"', 'identifierref="nope"')));
});
afterAll(async () => {
  await rm(own.dir, { recursive: true, force: true });
});

const savedEnv = process.env[STANDARDS_DIR_ENV];
afterEach(() => {
  if (savedEnv === undefined) delete process.env[STANDARDS_DIR_ENV];
  else process.env[STANDARDS_DIR_ENV] = savedEnv;
});

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, env: { ...process.env } };
  const code = await runCli(['check', ...args], io);
  return { code, stdout, stderr };
}

describe('lmspack check', () => {
  test.skipIf(schemaGate().missing !== undefined)('exits 0 and says "All good!" for our own package', async () => {
    const { code, stdout } = await run([own.zips.scorm2004]);
    expect(stdout).toContain('All good!');
    expect(stdout).toContain('schemas:  valid against validation/scorm2004-4th-all.xsd');
    expect(code).toBe(0);
  });

  test.skipIf(schemaGate().missing !== undefined)('our own four packages pass --strict', async () => {
    const { code, stdout } = await run([own.zips.scorm12, own.zips.scorm2004, own.zips.xapi, own.zips.cmi5, '--strict']);
    expect(stdout.split('\n').filter((line) => line.startsWith(own.dir))).toEqual([
      `${own.zips.scorm12}: imports into Moodle, Canvas and SCORM Cloud`,
      `${own.zips.scorm2004}: imports into Moodle, Canvas and SCORM Cloud`,
      `${own.zips.xapi}: imports into LMSs that launch tincan.xml packages (SCORM Cloud)`,
      `${own.zips.cmi5}: imports into cmi5 LMSs (SCORM Cloud; Moodle with a cmi5 plugin)`,
    ]);
    expect(code).toBe(0);
  });

  test('exits 1 and names the problem for a broken package', async () => {
    const { code, stdout } = await run([broken]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/: will be rejected or will not work: 2 errors \(unresolved-identifierref, nothing-to-launch\)\n/);
    expect(stdout).toContain('\n  unresolved-identifierref\n    imsmanifest.xml:');
  });

  test('exits 0 on warnings alone, and 1 with --strict', async () => {
    // Without the official schemas our own package draws only the schemas-unavailable warning.
    process.env[STANDARDS_DIR_ENV] = join(tmpdir(), 'lmspack-no-standards-here');
    const warned = await run([own.zips.scorm12]);
    expect(warned.stdout).toContain('\n  schemas-unavailable\n');
    expect(warned.code).toBe(0);
    expect((await run([own.zips.scorm12, '--strict'])).code).toBe(1);
  });

  test('a file in the zip that the manifest does not list: exit 0, and 1 with --strict', async () => {
    const unlisted = await writeZip(own.dir, new Map(own.files.scorm12).set('notes.txt', Buffer.from('x')));
    const { code, stdout } = await run([unlisted]);
    expect(stdout).toContain('\n  unlisted-file\n    notes.txt  ');
    expect(code).toBe(0);
    const strict = await run([unlisted, '--strict', '--json']);
    expect((JSON.parse(strict.stdout) as { counts: unknown }).counts).toEqual({ error: 1, warning: gate.missing ? 1 : 0, suggestion: 0 });
    expect(strict.code).toBe(1);
  });

  test('prints a JSON report with --json', async () => {
    const { code, stdout } = await run([broken, '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { standard: string; verdict: string; findings: { code: string }[]; counts: unknown };
    expect(report.standard).toBe('scorm12');
    expect(report.verdict).toBe('will be rejected or will not work: 2 errors (unresolved-identifierref, nothing-to-launch)');
    expect(report.findings.map((item) => item.code)).toEqual(['unresolved-identifierref', 'nothing-to-launch', ...(gate.missing ? ['schemas-unavailable'] : [])]);
    expect(report.counts).toEqual({ error: 2, warning: gate.missing ? 1 : 0, suggestion: 0 });
  });

  test('says clearly, in text and JSON, when the official schemas are missing', async () => {
    process.env[STANDARDS_DIR_ENV] = join(tmpdir(), 'lmspack-no-such-standards-folder');
    const text = await run([own.zips.cmi5]);
    expect(text.stdout).toContain('NOT validated');
    expect(text.stdout).toContain('lmspack-no-such-standards-folder');
    expect(text.stdout).not.toContain('All good!');
    const json = JSON.parse((await run([own.zips.cmi5, '--json'])).stdout) as {
      schemaValidation: { status: string; reason: string };
      findings: { code: string }[];
    };
    expect(json.schemaValidation.status).toBe('skipped');
    expect(json.findings.map((item) => item.code)).toEqual(['schemas-unavailable']);
  });

  test('checks several files and prints an array with --json', async () => {
    const { code, stdout } = await run([own.zips.xapi, broken, '--json']);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as unknown[]).length).toBe(2);
  });

  test.each([
    [[], /name a package/],
    [['--bogus', 'x.zip'], /bogus/],
    [['does-not-exist.zip'], /does-not-exist.zip: no such file/],
    [['.'], /\. is not a file/],
  ])('exits 2 on a usage error (%j)', async (args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('usage: lmspack check FILE.zip... [--json] [--strict]');
  });
});
