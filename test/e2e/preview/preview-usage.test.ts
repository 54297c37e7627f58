/**
 * `lmspack preview` (which `npm run preview:lms` runs, and which runs scripts/lms-preview.ts) as
 * an author runs it: a usage error is one line and the usage, a file it cannot play is one
 * line naming it and what it is, both exit 2, and no stack trace appears without `--debug`.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { writeZipAtomic } from '../../../build-scripts/package/zip-writer.ts';
import { REPO } from '../../support/course-copy.ts';

const run = promisify(execFile);
const BIN = path.join(REPO, 'bin/lmspack.js');
const USAGE = 'usage: lmspack preview PACKAGE.zip [--port N]  (lmspack preview --help for more)\n';

async function preview(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, 'preview', ...args], { cwd: REPO, timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lmspack-preview-usage-'));
  await writeFile(path.join(dir, 'notes.zip'), 'plain text, not a zip');
  await mkdir(path.join(dir, 'folder.zip'));
  await writeZipAtomic(path.join(dir, 'photos.zip'), [{ name: 'photo.txt', data: Buffer.from('a photo') }]);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('lmspack preview with a mistake in the call', () => {
  test('an unknown flag, no package, two packages or a bad port: exit 2, one line, then the usage', async () => {
    const results = await Promise.all([preview(['--bogus']), preview([]), preview(['a.zip', 'b.zip']), preview(['--port', 'http', 'a.zip'])]);
    expect(results).toEqual([
      { code: 2, stdout: '', stderr: `lmspack preview: Unknown option '--bogus'\n${USAGE}` },
      { code: 2, stdout: '', stderr: `lmspack preview: no package given\n${USAGE}` },
      { code: 2, stdout: '', stderr: `lmspack preview: one package at a time, not 2 (a.zip, b.zip)\n${USAGE}` },
      { code: 2, stdout: '', stderr: `lmspack preview: --port must be a port number from 0 to 65535, not "http"\n${USAGE}` },
    ]);
  });

  test('--help prints the usage and exits 0', async () => {
    const help = await preview(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout.startsWith(USAGE.replace(/  \(.*\n/, '\n'))).toBe(true);
  });
});

describe('lmspack preview with a file it cannot play', () => {
  test('a missing file, a folder, a text file and a zip that is no package each get one line that names the path and says what it is', async () => {
    const at = (name: string) => path.join(dir, name);
    const results = await Promise.all([preview([at('missing.zip')]), preview([at('folder.zip')]), preview([at('notes.zip')]), preview([at('photos.zip')])]);
    expect(results).toEqual([
      { code: 2, stdout: '', stderr: `lmspack preview: ${at('missing.zip')}: no such file\n` },
      { code: 2, stdout: '', stderr: `lmspack preview: ${at('folder.zip')}: is a folder; give the .zip of a package (npm run build writes them to dist/)\n` },
      { code: 2, stdout: '', stderr: `lmspack preview: ${at('notes.zip')}: not a zip file\n` },
      { code: 2, stdout: '', stderr: `lmspack preview: ${at('photos.zip')}: not a SCORM, xAPI or cmi5 package: there is no imsmanifest.xml, tincan.xml or cmi5.xml at the root of the zip\n` },
    ]);
  });
});

describe('runLmsPreview, for the lmspack command', () => {
  test('importing the module starts nothing; a usage error returns 2', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const { runLmsPreview } = await import('../../../scripts/lms-preview.ts');
      expect(stderr).not.toHaveBeenCalled();
      expect(await runLmsPreview(['--bogus'])).toBe(2);
      expect(stderr.mock.calls.map(([text]) => String(text))).toEqual([`lmspack preview: Unknown option '--bogus'\n${USAGE}`]);
    } finally {
      stderr.mockRestore();
    }
  });
});
