import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { applyEdit, copyCourse, MINIMAL_COURSE, REPO } from '../support/course-copy.ts';

const run = promisify(execFile);
const TSX = path.join(REPO, 'node_modules/.bin/tsx');
const CLI = path.join(REPO, 'build-scripts/cli.ts');
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function lmspack(args: string[], cwd = REPO): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run build', () => {
  test('reports every error with file:line:column, exits 1 and writes nothing', async () => {
    const course = await copyCourse(MINIMAL_COURSE);
    const out = await mkdtemp(path.join(tmpdir(), 'lmspack-out-'));
    dirs.push(course, out);
    await applyEdit(course, { file: 'course.yaml', find: 'passingScore: 50', replace: 'passingScore: fifty' });
    await applyEdit(course, { file: 'quiz.yaml', find: 'section: the-cell', replace: 'section: the-cel' });
    await applyEdit(course, { file: 'lessons/intro.md', find: '![A cell with its membrane]', replace: '![]' });
    const result = await lmspack(['build', '--course', course, '--out', path.join(out, 'dist')]);
    expect(result.code).toBe(1);
    const rel = path.relative(REPO, course);
    expect(result.stderr).toContain(`${rel}/course.yaml:11:17  error LMS005`);
    expect(result.stderr).toContain(`${rel}/quiz.yaml:12:14  error LMS012`);
    expect(result.stderr).toContain(`${rel}/lessons/intro.md:7:1  error LMS016`);
    expect(result.stderr).toContain('> 11 |   passingScore: fifty');
    expect(result.stderr).toContain('hint: ');
    expect(result.stderr).toContain('3 errors, 0 warnings');
    expect(existsSync(path.join(out, 'dist'))).toBe(false);
    expect(await readdir(out)).toEqual([]);
  });

  test('exits 2 on an unknown format or flag', async () => {
    const format = await lmspack(['build', '--format', 'scorm3']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('unknown format "scorm3"');
    const flag = await lmspack(['build', '--colour']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('usage:');
  });
});
