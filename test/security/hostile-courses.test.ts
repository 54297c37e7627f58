/**
 * More than 300 generated hostile course folders (hostile-courses.ts) through the loader, in
 * process so the suite stays fast; a sample through the real CLI. Each must be refused: errors
 * at real positions in the file the case broke, never lmspack's own LMS900, never a stack
 * trace, never a package written, each in under 10 s.
 */
import { execFile } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { loadCourse } from '../../build-scripts/course/load-course.ts';
import { copyCourse, MINIMAL_COURSE, REPO } from '../support/course-copy.ts';
import { hostileCases } from './hostile-courses.ts';

const CASES = hostileCases();
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function hostileCourse(apply: (dir: string) => Promise<void>): Promise<string> {
  const dir = await copyCourse(MINIMAL_COURSE);
  dirs.push(dir);
  await apply(dir);
  return dir;
}

test('there are at least 300 hostile courses', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(300);
});

describe('the loader refuses every hostile course with located errors', () => {
  test.each(CASES)('$name', async ({ apply, file }) => {
    const dir = await hostileCourse(apply);
    const started = performance.now();
    const result = await loadCourse(dir);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.course).toBeUndefined();
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const summary = errors.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message.slice(0, 120)}`).join('\n');
    expect(errors.filter((d) => d.code === 'LMS900'), summary).toEqual([]);
    expect(errors.filter((d) => d.file === file).length, summary).toBeGreaterThanOrEqual(1);
    for (const d of result.diagnostics) {
      expect(d.file).not.toMatch(/^\/|\.\./);
      expect(d.line, summary).toBeGreaterThanOrEqual(1);
      // A file that is not text has no source to show; the others' positions must be inside them.
      const source = result.sources.get(d.file);
      if (source !== undefined) expect(d.line, summary).toBeLessThanOrEqual(source.split('\n').length);
      expect(d.column, summary).toBeGreaterThanOrEqual(1);
      expect(d.message).not.toMatch(/\n\s+at /);
    }
  });
});

const run = promisify(execFile);
const CLI_SAMPLE = CASES.filter((_, i) => i % 80 === 0);

describe('a sample through the real CLI exits 1 and writes nothing', () => {
  test.each(CLI_SAMPLE)('$name', async ({ apply }) => {
    const dir = await hostileCourse(apply);
    const out = path.join(dir, '..', `${path.basename(dir)}-dist`);
    dirs.push(out);
    const started = Date.now();
    const result = await run(path.join(REPO, 'node_modules/.bin/tsx'), [path.join(REPO, 'build-scripts/cli.ts'), 'build', '--course', dir, '--out', out], { cwd: REPO, env: { ...process.env, NO_COLOR: '1' }, timeout: 30_000 }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    // Includes starting Node and compiling the CLI, which on a loaded CI machine alone takes seconds.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/:\d+:\d+ {2}error LMS\d{3} {2}/);
    expect(result.stderr).not.toMatch(/\n\s+at |LMS900/);
    expect(await readdir(out).catch(() => [])).toEqual([]);
  });
});
