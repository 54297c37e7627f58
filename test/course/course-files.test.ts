/**
 * Files are what they claim: every path the course reads stays inside the course folder once
 * symbolic links are followed, is a regular file, is readable and small enough, and is text
 * when it should be. Each refusal names the file and where it is written.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadCourse } from '../../build-scripts/course/load-course.ts';
import { applyEdit, copyCourse, MINIMAL_COURSE } from '../support/course-copy.ts';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function course(): Promise<string> {
  const dir = await copyCourse(MINIMAL_COURSE);
  dirs.push(dir);
  return dir;
}

const located = (d: { file: string; line: number; column: number; code: string; message: string }) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`;
const errors = async (dir: string) => {
  const result = await loadCourse(dir);
  expect(result.course).toBeUndefined();
  return result.diagnostics.filter((d) => d.severity === 'error').map(located);
};
const linkNotes = (dir: string, target = '../assets/notes.txt') => applyEdit(dir, { file: 'lessons/intro.md', find: 'See [the cell]', replace: `Read [the notes](${target}).\n\nSee [the cell]` });
const listLesson = (dir: string, name: string) => applyEdit(dir, { file: 'course.yaml', find: '  - lessons/intro.md', replace: `  - lessons/intro.md\n  - ${name}` });

describe('paths that leave the course through a symbolic link are refused', () => {
  test('an asset linked to /etc/passwd', async () => {
    const dir = await course();
    await symlink('/etc/passwd', path.join(dir, 'assets/notes.txt'));
    await linkNotes(dir);
    expect(await errors(dir)).toEqual(['lessons/intro.md:18:18 LMS014 "assets/notes.txt" is a link to /etc/passwd, outside the course folder.']);
  });

  test('an assets/ folder linked elsewhere', async () => {
    const dir = await course();
    const outside = await course();
    await rm(path.join(dir, 'assets'), { recursive: true });
    await symlink(path.join(outside, 'assets'), path.join(dir, 'assets'));
    expect(await errors(dir)).toEqual([`lessons/intro.md:7:1 LMS014 "assets/cell.png" is a link to ${path.join(outside, 'assets/cell.png')}, outside the course folder.`]);
  });

  test('a lesson linked outside the course', async () => {
    const dir = await course();
    const outside = await course();
    await symlink(path.join(outside, 'lessons/intro.md'), path.join(dir, 'lessons/more.md'));
    await listLesson(dir, 'lessons/more.md');
    expect(await errors(dir)).toEqual([`course.yaml:10:5 LMS014 "lessons/more.md" is a link to ${path.join(outside, 'lessons/intro.md')}, outside the course folder.`]);
  });

  test('a course file linked outside the course', async () => {
    const dir = await course();
    await rm(path.join(dir, 'flashcards.yaml'));
    await symlink('/etc/hostname', path.join(dir, 'flashcards.yaml'));
    expect(await errors(dir)).toEqual(['flashcards.yaml:1:1 LMS014 "flashcards.yaml" is a link to /etc/hostname, outside the course folder.']);
  });

  test('a link that stays inside the course is followed', async () => {
    const dir = await course();
    await symlink('cell.png', path.join(dir, 'assets/notes.txt'));
    await linkNotes(dir);
    const result = await loadCourse(dir);
    expect(result.diagnostics).toEqual([]);
    expect(result.course?.assets).toEqual([{ path: 'assets/cell.png' }, { path: 'assets/notes.txt' }]);
  });
});

describe('only regular files are read', () => {
  test('a lesson that is a folder', async () => {
    const dir = await course();
    await mkdir(path.join(dir, 'lessons/more.md'));
    await listLesson(dir, 'lessons/more.md');
    expect(await errors(dir)).toEqual(['course.yaml:10:5 LMS002 "lessons/more.md" is a folder, not a file.']);
  });

  test('a lesson that is a named pipe is refused at once instead of blocking the build', async () => {
    const dir = await course();
    execFileSync('mkfifo', [path.join(dir, 'lessons/more.md')]);
    await listLesson(dir, 'lessons/more.md');
    expect(await errors(dir)).toEqual(['course.yaml:10:5 LMS002 "lessons/more.md" is a named pipe, not a file.']);
  });

  test('a lesson that is a socket', async () => {
    const dir = await course();
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(dir, 'lessons/more.md'), resolve));
    try {
      await listLesson(dir, 'lessons/more.md');
      expect(await errors(dir)).toEqual(['course.yaml:10:5 LMS002 "lessons/more.md" is a socket, not a file.']);
    } finally {
      server.close();
    }
  });

  // Making a device node needs root (CAP_MKNOD); the symlink case below runs everywhere.
  test.runIf(process.getuid?.() === 0)('an asset that is a device', async () => {
    const dir = await course();
    execFileSync('mknod', [path.join(dir, 'assets/notes.txt'), 'c', '1', '5']);
    await linkNotes(dir);
    expect(await errors(dir)).toEqual(['lessons/intro.md:18:18 LMS013 "assets/notes.txt" is a device, not a file.']);
  });

  test('an asset linked to /dev/zero', async () => {
    const dir = await course();
    await symlink('/dev/zero', path.join(dir, 'assets/notes.txt'));
    await linkNotes(dir);
    expect(await errors(dir)).toEqual(['lessons/intro.md:18:18 LMS014 "assets/notes.txt" is a link to /dev/zero, outside the course folder.']);
  });

  test('an asset larger than lmspack can package names the file and where it is linked', async () => {
    const dir = await course();
    // A sparse file: 2.2 GB long, no disk used.
    await writeFile(path.join(dir, 'assets/notes.txt'), '');
    await truncate(path.join(dir, 'assets/notes.txt'), 2_200_000_000);
    await linkNotes(dir);
    expect(await errors(dir)).toEqual(['lessons/intro.md:18:18 LMS013 "assets/notes.txt" is 2.2 GB; lmspack accepts files up to 2.1 GB.']);
  });
});

describe('text files are text', () => {
  test('invalid UTF-8 is reported at its line and column, not replaced', async () => {
    const dir = await course();
    await writeFile(path.join(dir, 'lessons/more.md'), Buffer.concat([Buffer.from('# More\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait.\n')]));
    await listLesson(dir, 'lessons/more.md');
    expect(await errors(dir)).toEqual(['lessons/more.md:3:4 LMS021 lessons/more.md is not UTF-8 text: it contains a byte that is not UTF-8 (0xe9) here.']);
  });

  test('a NUL byte is reported at its line and column', async () => {
    const dir = await course();
    await applyEdit(dir, { file: 'flashcards.yaml', find: 'back: The cell.', replace: 'back: The\u0000 cell.' });
    expect(await errors(dir)).toEqual(['flashcards.yaml:4:14 LMS021 flashcards.yaml is not UTF-8 text: it contains a NUL byte (0x00) here.']);
  });

  test('mixed line endings and a byte-order mark keep positions right', async () => {
    const dir = await course();
    await writeFile(path.join(dir, 'quiz.yaml'), '\uFEFFquestions:\r\n  - id: x\r    type: singel\n');
    const result = await loadCourse(dir);
    expect(result.diagnostics.filter((d) => d.code === 'LMS006').map(located)).toEqual(['quiz.yaml:3:11 LMS006 Unknown type "singel" in "questions[0]".']);
  });
});

describe('YAML that would exhaust memory or the stack is a located syntax error', () => {
  test('an alias bomb', async () => {
    const dir = await course();
    const levels = Array.from({ length: 8 }, (_, i) => `b${i}: &b${i} [${Array(9).fill(i === 0 ? '*a' : `*b${i - 1}`).join(',')}]`);
    await writeFile(path.join(dir, 'flashcards.yaml'), ['a: &a ["x","x","x"]', ...levels, ''].join('\n'));
    expect(await errors(dir)).toEqual(['flashcards.yaml:2:10 LMS001 YAML aliases expand too far: Excessive alias count indicates a resource exhaustion attack.']);
  });

  test.each([100, 5000])('%i levels of nesting', async (depth) => {
    const dir = await course();
    await writeFile(path.join(dir, 'flashcards.yaml'), `cards: ${'['.repeat(depth)}${']'.repeat(depth)}\n`);
    const found = await errors(dir);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^flashcards\.yaml:1:\d+ LMS001 YAML nesting is too deep: course files may nest lists and mappings at most 64 levels\.$/);
  });
});

describe('asset names with reserved characters reach the HTML encoded', () => {
  test.each([
    ['50%off.png', '../assets/50%25off.png', 'assets/50%25off.png'],
    ['50%off.png', '../assets/50%off.png', 'assets/50%25off.png'],
    ['my file.png', '<../assets/my file.png>', 'assets/my%20file.png'],
    ['my file.png', '../assets/my%20file.png', 'assets/my%20file.png'],
    ['a#b.png', '../assets/a%23b.png', 'assets/a%23b.png'],
    ['café.png', '../assets/café.png', 'assets/caf%C3%A9.png'],
  ])('%s written as %s', async (name, written, url) => {
    const dir = await course();
    await writeFile(path.join(dir, 'assets', name), 'png');
    await applyEdit(dir, { file: 'lessons/intro.md', find: '(../assets/cell.png)', replace: `(${written})` });
    const result = await loadCourse(dir);
    expect(result.diagnostics).toEqual([]);
    expect(result.course?.assets).toEqual([{ path: `assets/${name}` }]);
    expect(result.course?.lessons[0]?.html).toContain(`<img src="${url}" alt="A cell with its membrane" />`);
  });
});
