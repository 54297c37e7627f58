import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { applyEdit, copyCourse, MINIMAL_COURSE, REPO } from '../support/course-copy.ts';
import { lmspack } from './run-cli.ts';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

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

  test('names a lesson file against the id rule, too many items and a misspelt field with its answer problem, in one run', async () => {
    const course = await copyCourse(MINIMAL_COURSE);
    const out = await mkdtemp(path.join(tmpdir(), 'lmspack-out-'));
    dirs.push(course, out);
    await rename(path.join(course, 'lessons/intro.md'), path.join(course, 'lessons/Week 1 — Intro.md'));
    await applyEdit(course, { file: 'course.yaml', find: '  - lessons/intro.md', replace: '  - lessons/Week 1 — Intro.md' });
    await applyEdit(course, { file: 'quiz.yaml', find: '    choices:\n      - id: cell', replace: '    choises:\n      - id: cell' });
    await applyEdit(course, { file: 'quiz.yaml', find: '        correct: true\n', replace: '' });
    const items = Array.from({ length: 37 }, (_, i) => `      - { id: s${i + 1}, text: Step ${i + 1} }\n`).join('');
    await applyEdit(course, { file: 'quiz.yaml', find: '    explanation: See "Parts".\n', replace: `    explanation: See "Parts".\n  - id: steps\n    type: ordering\n    prompt: Order them.\n    items:\n${items}    explanation: In order.\n` });
    const result = await lmspack(['build', '--course', course, '--out', path.join(out, 'dist')]);
    expect(result.code).toBe(1);
    const rel = path.relative(REPO, course);
    const headings = result.stderr.split('\n').filter((line) => line.startsWith(`${rel}/`)).map((line) => line.slice(rel.length + 1).split('  ').slice(0, 2).join('  '));
    expect(headings).toEqual([
      'course.yaml:9:5  warning LMS104',
      'quiz.yaml:5:5  error LMS003',
      'quiz.yaml:6:7  error LMS008',
      'quiz.yaml:32:5  error LMS024',
    ]);
    expect(result.stderr).toContain('  hint: rename the file to "lessons/week-1-intro.md" (and change it in course.yaml)');
    expect(result.stderr).toContain('3 errors, 1 warning');
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

/** Root reads any file, so a permission test runs the CLI as "nobody" when the tests run as root. */
const UNPRIVILEGED = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

describe('npm run build with files it cannot use', () => {
  test('an unreadable asset says "cannot read" with the reason, where it is linked', async () => {
    const course = await copyCourse(MINIMAL_COURSE);
    dirs.push(course);
    await chmod(path.dirname(course), 0o755).catch(() => {});
    await chmod(course, 0o755);
    await chmod(path.join(course, 'assets/cell.png'), 0o000);
    const result = await lmspack(['build', '--course', course, '--out', path.join(course, 'dist')], UNPRIVILEGED);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${path.relative(REPO, course)}/lessons/intro.md:7:1  error LMS013  Cannot read "assets/cell.png": permission denied (EACCES).`);
    expect(result.stderr).toContain('1 error, 0 warnings');
  });

  test('an unreadable course folder is one message, not a hint to create course.yaml', async () => {
    const course = await copyCourse(MINIMAL_COURSE);
    dirs.push(course);
    await chmod(course, 0o700);
    const result = await lmspack(['build', '--course', course, '--out', path.join(course, 'dist')], UNPRIVILEGED);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`error LMS002  Cannot read the course folder ${course}: permission denied (EACCES).`);
    expect(result.stderr).not.toContain('create ');
    expect(result.stderr).toContain('1 error, 0 warnings');
  });

  test('a named pipe as a lesson ends the build at once with exit 1', async () => {
    const course = await copyCourse(MINIMAL_COURSE);
    dirs.push(course);
    await rm(path.join(course, 'lessons/intro.md'));
    execFileSync('mkfifo', [path.join(course, 'lessons/intro.md')]);
    const started = Date.now();
    const result = await lmspack(['build', '--course', course, '--out', path.join(course, 'dist')]);
    expect(result.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.stderr).toContain('course.yaml:9:5  error LMS002  "lessons/intro.md" is a named pipe, not a file.');
  });

  test('control characters from a course file are shown escaped, never sent to the terminal', async () => {
    const course = await copyCourse(MINIMAL_COURSE);
    dirs.push(course);
    await applyEdit(course, { file: 'course.yaml', find: 'passingScore: 50', replace: 'passingScore: fi\u001b[2J\u001b]0;pwned\u0007fty' });
    const result = await lmspack(['build', '--course', course, '--out', path.join(course, 'dist')]);
    expect(result.code).toBe(1);
    // eslint-disable-next-line no-control-regex
    expect(result.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(result.stderr).toContain('should be a number, not the text "fi\\x1b[2J\\x1b]0;pwned\\x07fty"');
    // The underline covers the escaped value exactly (28 characters shown for 19 in the file).
    expect(result.stderr).toContain(`> 11 |   passingScore: fi\\x1b[2J\\x1b]0;pwned\\x07fty\n     |                 ${'^'.repeat(28)}\n`);
  });
});
