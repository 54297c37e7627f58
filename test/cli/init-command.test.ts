/**
 * `lmspack init`: the new course is a real one. It loads without a single diagnostic, builds
 * in all four formats, and every package passes `lmspack check --strict`.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadCourse } from '../../build-scripts/course/load-course.ts';
import { flashcardsTsv } from '../../format/flashcard-tsv.ts';
import { REPO } from '../support/course-copy.ts';
import { lmspack, type CliRun } from './run-cli.ts';

let root: string;
let course: string;
let created: CliRun;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'lmspack-init-'));
  course = path.join(root, 'My Course');
  created = await lmspack(['init', course]);
});
afterAll(async () => rm(root, { recursive: true, force: true }));

describe('lmspack init DIR', () => {
  test('creates the course with its id from the folder name, and says what it made and what next', async () => {
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const shown = path.relative(REPO, course);
    expect(created.stdout).toBe(
      [
        `lmspack: created the course "my-course" in ${shown}/:`,
        '  assets/five-moments.svg',
        '  concepts.yaml',
        '  course.yaml',
        '  flashcards.yaml',
        '  lessons/how-to-clean-hands.md',
        '  lessons/why-hand-hygiene.md',
        '  quiz.yaml',
        '  schemas/concepts.schema.json',
        '  schemas/course.schema.json',
        '  schemas/flashcards.schema.json',
        '  schemas/quiz.schema.json',
        '',
        'Next: edit the files (each explains itself), then',
        `  npx lmspack build --course ${shown}`,
        '',
      ].join('\n'),
    );
    const settings = await readFile(path.join(course, 'course.yaml'), 'utf8');
    expect(settings).toContain('\nid: my-course\n');
    expect(settings).toContain('\niri: https://courses.example.org/my-course\n');
  });

  test('each YAML file names a schema that init wrote beside it, the same as npm run schemas writes', async () => {
    for (const file of ['course.yaml', 'flashcards.yaml', 'quiz.yaml', 'concepts.yaml']) {
      const first = (await readFile(path.join(course, file), 'utf8')).split('\n')[0]!;
      const schema = /^# yaml-language-server: \$schema=(.+)$/.exec(first)?.[1];
      expect(schema).toBe(`schemas/${file.replace('.yaml', '.schema.json')}`);
      expect(await readFile(path.join(course, schema!), 'utf8')).toBe(await readFile(path.join(REPO, 'schemas', path.basename(schema!)), 'utf8'));
    }
  });

  test('the course holds one example of everything and loads with zero diagnostics', async () => {
    const result = await loadCourse(course);
    expect(result.diagnostics).toEqual([]);
    const loaded = result.course!;
    expect(loaded.lessons.map((lesson) => lesson.file)).toEqual(['lessons/why-hand-hygiene.md', 'lessons/how-to-clean-hands.md']);
    expect(loaded.questions.map((q) => q.type).sort()).toEqual(['fill-in', 'matching', 'multiple', 'ordering', 'single', 'true-false']);
    expect(loaded.flashcards.map((card) => card.id)).toEqual(['when-rub', 'when-wash', 'rub-time']);
    expect(loaded.conceptGroups.flatMap((g) => g.concepts.map((c) => c.id))).toEqual(['hand-hygiene', 'hand-rub', 'soap-and-water', 'contact-time']);
    expect(loaded.lessons.map((lesson) => lesson.sections.map((s) => `${s.id}${s.optional ? ' (optional)' : ''}`))).toEqual([
      ['hands-carry-germs', 'when-to-clean', 'short-history (optional)'],
      ['rub-or-wash', 'hand-rub-steps', 'how-long'],
    ]);
    const html = loaded.lessons.map((lesson) => lesson.html).join('\n');
    expect(html).toContain('<aside class="lms-callout" role="note" aria-label="Remember">');
    expect(html).toContain('<img src="assets/five-moments.svg" alt="Five moments for cleaning your hands, on a line:');
    expect(html).toContain('<details class="lms-extra" id="short-history"');
    expect(html).toContain('<table>');
    // The comments that teach the format stay in the source; learners never get them.
    expect(html).not.toContain('<!--');
  });

  test('builds in all four formats plus the flashcards TSV, and every package passes check --strict', async () => {
    const out = path.join(root, 'dist');
    const build = await lmspack(['build', '--course', course, '--out', out]);
    // Progress only: not one warning.
    const stages = ['loading ' + path.relative(REPO, course), 'preparing 1 asset', 'building the player', ...['scorm12', 'scorm2004', 'xapi', 'cmi5'].map((f) => `packaging ${f}`)];
    expect(build.stderr).toBe(stages.map((stage) => `lmspack: ${stage}…\n`).join(''));
    expect(build.code).toBe(0);
    const files = (await readdir(out)).sort();
    expect(files).toEqual(['my-course-cmi5.zip', 'my-course-flashcards.tsv', 'my-course-scorm12.zip', 'my-course-scorm2004.zip', 'my-course-xapi.zip']);
    const loaded = (await loadCourse(course)).course!;
    expect(await readFile(path.join(out, 'my-course-flashcards.tsv'), 'utf8')).toBe(flashcardsTsv(loaded.flashcards, 'my-course'));
    for (const zip of files.filter((f) => f.endsWith('.zip'))) {
      const check = await lmspack(['check', path.join(out, zip), '--strict']);
      expect({ zip, code: check.code, last: check.stdout.trimEnd().split('\n').at(-1) }).toEqual({ zip, code: 0, last: 'All good!' });
    }
  }, 600_000);

  test('refuses a folder that holds files (exit 2) and changes nothing in it; an empty or git-only folder is fine', async () => {
    const busy = path.join(root, 'busy');
    await mkdir(busy);
    await writeFile(path.join(busy, 'notes.md'), 'mine');
    const refused = await lmspack(['init', busy]);
    expect(refused.code).toBe(2);
    expect(refused.stderr.split('\n')[0]).toBe(`lmspack init: ${busy} is not empty (it holds notes.md); init never overwrites files: pass a new or empty folder`);
    expect(await readdir(busy)).toEqual(['notes.md']);
    const gitOnly = path.join(root, 'git-only');
    await mkdir(path.join(gitOnly, '.git'), { recursive: true });
    expect((await lmspack(['init', gitOnly])).code).toBe(0);
    expect(existsSync(path.join(gitOnly, 'course.yaml'))).toBe(true);
    const help = await lmspack(['init', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('init never overwrites a file');
  });
});
