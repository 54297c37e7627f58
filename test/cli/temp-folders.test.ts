/**
 * A build leaves nothing in the system's temporary folder: not when it succeeds, not when it
 * fails, not when it is interrupted. Each run gets a temporary folder of its own (TMPDIR), so
 * what other processes put in /tmp does not count.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { applyEdit, copyCourse, MINIMAL_COURSE } from '../support/course-copy.ts';
import { lmspack } from './run-cli.ts';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function scratch(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** What lmspack left in `temp` (tsx keeps its compile cache there too: not ours). */
async function leftBehind(temp: string): Promise<string[]> {
  return (await readdir(temp)).filter((name) => !name.startsWith('tsx-'));
}

/** Builds the minimal course with `temp` as the temporary folder. */
async function build(temp: string, out: string, course = MINIMAL_COURSE, started?: (child: ChildProcess) => void) {
  return lmspack(['build', '--course', course, '--out', out, '--format', 'scorm12,xapi'], { env: { TMPDIR: temp }, ...(started ? { started } : {}) });
}

/** Sends `signal` once the build has made its temporary folder. */
function interruptWhenBuilding(temp: string, signal: NodeJS.Signals): (child: ChildProcess) => void {
  return (child) => {
    const poll = setInterval(() => {
      void leftBehind(temp).then((names) => {
        if (names.some((name) => name.startsWith('lmspack-'))) {
          clearInterval(poll);
          child.kill(signal);
        }
      });
    }, 20);
    child.once('exit', () => clearInterval(poll));
  };
}

describe('temporary build folders', () => {
  test('a successful build removes its own', async () => {
    const temp = await scratch('lmspack-test-temp-');
    const result = await build(temp, path.join(await scratch('lmspack-test-out-'), 'dist'));
    expect(result.code).toBe(0);
    expect(await leftBehind(temp)).toEqual([]);
  });

  test('a build that fails while packaging removes its own', async () => {
    const temp = await scratch('lmspack-test-temp-');
    const blocker = path.join(await scratch('lmspack-test-out-'), 'a-file');
    await writeFile(blocker, '');
    const result = await build(temp, path.join(blocker, 'dist'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('lmspack build: failed: ENOTDIR');
    expect(await leftBehind(temp)).toEqual([]);
  });

  test('a course with errors makes none', async () => {
    const temp = await scratch('lmspack-test-temp-');
    const course = await copyCourse(MINIMAL_COURSE);
    dirs.push(course);
    await applyEdit(course, { file: 'course.yaml', find: 'passingScore: 50', replace: 'passingScore: fifty' });
    const result = await build(temp, path.join(course, 'dist'), course);
    expect(result.code).toBe(1);
    expect(await leftBehind(temp)).toEqual([]);
  });

  test.each(['SIGINT', 'SIGTERM'] as const)('a build interrupted with %s removes its own and ends as the signal does', async (signal) => {
    const temp = await scratch('lmspack-test-temp-');
    const result = await build(temp, path.join(await scratch('lmspack-test-out-'), 'dist'), MINIMAL_COURSE, interruptWhenBuilding(temp, signal));
    expect(result.signal).toBe(signal);
    expect(await leftBehind(temp)).toEqual([]);
  });
});
