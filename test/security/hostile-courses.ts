/**
 * Generated hostile variants of the fixture course (test/fixtures/courses/minimal): broken
 * YAML, wrong types, enormous strings, deep nesting, alias bombs, NUL bytes, invalid UTF-8,
 * byte-order marks and mixed line endings, random bytes, symbolic links out of the course,
 * folders and named pipes where files belong, duplicate ids and hostile Markdown. Each case
 * names the file that must carry an error, so "located" is checked, not assumed.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';

export interface HostileCase {
  name: string;
  /** The course-relative file at least one error must be reported in. */
  file: string;
  apply(dir: string): Promise<void>;
}

const YAML_FILES = ['course.yaml', 'flashcards.yaml', 'quiz.yaml', 'concepts.yaml'] as const;
const LESSON = 'lessons/intro.md';
const TEXT_FILES = [...YAML_FILES, LESSON] as const;

const read = (dir: string, file: string) => readFile(path.join(dir, file));
const write = (dir: string, file: string, data: string | Buffer) => writeFile(path.join(dir, file), data);

/** A small seeded generator, so every run makes the same cases. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Inserts `bytes` into the file at a fraction of its length (at a line start, so no character is split). */
async function insertBytes(dir: string, file: string, fraction: number, bytes: Buffer): Promise<void> {
  const data = await read(dir, file);
  let at = Math.floor(data.length * fraction);
  while (at > 0 && data[at - 1] !== 0x0a) at--;
  await write(dir, file, Buffer.concat([data.subarray(0, at), bytes, data.subarray(at)]));
}

/** Sets the value at a data path of a YAML file, keeping the rest of the file. */
async function setYaml(dir: string, file: string, dataPath: (string | number)[], value: unknown): Promise<void> {
  const doc = parseDocument((await read(dir, file)).toString('utf8'));
  doc.setIn(dataPath, value);
  await write(dir, file, doc.toString({ lineWidth: 0 }));
}

const SYNTAX_BREAKERS: [string, (text: string) => string][] = [
  ['an unclosed flow list', (t) => `${t}extra: [a, b\n`],
  ['an unclosed flow mapping', (t) => `${t}extra: {a: 1\n`],
  ['an unterminated quoted string', (t) => `${t}extra: "never closed\n`],
  ['a tab used as indentation', (t) => `${t}extra:\n\t- a\n`],
  ['a repeated key', (t) => `${t}${t.split('\n').find((line) => /^\w/.test(line))!.split(':')[0]}: again\n`],
  ['a line indented off the grid', (t) => `${t}extra:\n    a: 1\n   b: 2\n`],
  ['a stray closing bracket', (t) => `${t}]\n`],
  ['two documents', (t) => `${t}---\nsecond: document\n`],
  ['an undefined alias', (t) => `${t}extra: *nowhere\n`],
  ['an unquoted ": " inside a value', (t) => t.replace(/\n(\s*)(\w+): (\S)/, '\n$1$2: a: b $3')],
];

/** Fields of each file, and values of the wrong type for them. */
const FIELDS: [typeof YAML_FILES[number], (string | number)[]][] = [
  ['course.yaml', ['id']],
  ['course.yaml', ['title']],
  ['course.yaml', ['language']],
  ['course.yaml', ['lessons']],
  ['course.yaml', ['quiz', 'passingScore']],
  ['course.yaml', ['quiz', 'draw']],
  ['course.yaml', ['completion']],
  ['course.yaml', ['iri']],
  ['flashcards.yaml', ['cards']],
  ['flashcards.yaml', ['cards', 0, 'id']],
  ['flashcards.yaml', ['cards', 0, 'front']],
  ['flashcards.yaml', ['cards', 0, 'concepts']],
  ['quiz.yaml', ['questions']],
  ['quiz.yaml', ['questions', 0, 'type']],
  ['quiz.yaml', ['questions', 0, 'prompt']],
  ['quiz.yaml', ['questions', 0, 'choices']],
  ['quiz.yaml', ['questions', 0, 'choices', 0, 'correct']],
  ['quiz.yaml', ['questions', 1, 'accepted']],
  ['quiz.yaml', ['questions', 2, 'pairs', 0]],
  ['concepts.yaml', ['groups']],
  ['concepts.yaml', ['groups', 0, 'concepts', 0, 'term']],
];
const WRONG_VALUES: [string, (field: (string | number)[]) => unknown][] = [
  ['a mapping', () => ({ nested: { value: 1 } })],
  ['a number', (field) => (field.at(-1) === 'passingScore' || field.at(-1) === 'draw' ? 'fifty' : 12345)],
  ['null', () => null],
  ['a list of mappings', (field) => (field.at(-1) === 'choices' || field.at(-1) === 'cards' || field.at(-1) === 'groups' || field.at(-1) === 'questions' ? [{ bogus: true }] : [{ a: 1 }, { b: 2 }])],
  // An enormous value where text is wrong (a string where a list, number or boolean belongs), or an enormous id or term.
  ['an enormous string', (field) => (['front', 'prompt', 'title'].includes(String(field.at(-1))) ? ['x'.repeat(1_000_000)] : 'X'.repeat(1_000_000))],
];

const BAD_BYTES: [string, number[]][] = [
  ['0xff', [0xff]],
  ['an overlong encoding', [0xc0, 0xaf]],
  ['a Latin-1 é', [0x43, 0x61, 0x66, 0xe9, 0x0a]],
  ['a truncated sequence', [0xe2, 0x82]],
  ['an encoded surrogate', [0xed, 0xa0, 0x80]],
];

const HOSTILE_MARKDOWN: [string, string][] = [
  ['a script tag', '<script>alert(1)</script>'],
  ['an iframe', '<iframe src="https://evil.example"></iframe>'],
  ['an event attribute', '<kbd onclick="alert(1)">x</kbd>'],
  ['a style tag', '<style>body{display:none}</style>'],
  ['a raw image', '<img src="../assets/cell.png" alt="x">'],
  ['a raw link', '<a href="https://evil.example">x</a>'],
  ['a javascript: link', '[x](javascript:alert(1))'],
  ['a vbscript: link', '[x](vbscript:msgbox(1))'],
  ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)'],
  ['a file: autolink', '<file:///etc/passwd>'],
  ['an outside image', '![x](https://evil.example/a.png)'],
  ['an image without alt', '![](../assets/cell.png)'],
  ['an image outside the course', '![x](../../../../etc/passwd)'],
  ['a missing image', '![x](../assets/none.png)'],
  ['an unknown anchor', '[x](#nowhere)'],
  ['a CDATA section', '<![CDATA[ x ]]>'],
  ['a processing instruction', '<?php echo 1; ?>'],
  ['an extra block without a title', '::: extra\ntext\n:::'],
  ['a second title', '# Another title'],
  ['a heading with an image', '## Look <img src=x> {#look}'],
  ['a table cell with a script', '| a |\n| - |\n| <script>x</script> |'],
  ['a section id that is not an id', '## Bad {#Not-An-Id!}'],
  ['a duplicate section id', '## Again {#the-cell}'],
];

const DUPLICATES: [string, string, string, string][] = [
  ['flashcard ids', 'flashcards.yaml', '    concepts: [cell]\n', '    concepts: [cell]\n  - id: smallest\n    front: A\n    back: B\n'],
  ['question ids', 'quiz.yaml', '  - id: membrane\n    type: fill-in', '  - id: unit\n    type: fill-in'],
  ['choice ids', 'quiz.yaml', '      - id: atom', '      - id: cell'],
  ['pair ids', 'quiz.yaml', '      - id: nucleus', '      - id: membrane'],
  ['concept ids', 'concepts.yaml', '      - id: membrane', '      - id: cell'],
  ['group ids', 'concepts.yaml', '    concepts:\n', '    concepts:\n      - id: x\n        term: X\n        definition: Y\n  - id: basics\n    title: Again\n    concepts:\n'],
  ['lesson files', 'course.yaml', '  - lessons/intro.md', '  - lessons/intro.md\n  - lessons/intro.md'],
  ['mapping keys', 'course.yaml', 'title: Cells', 'title: Cells\ntitle: Again'],
];

async function replaceText(dir: string, file: string, find: string, replace: string): Promise<void> {
  const text = (await read(dir, file)).toString('utf8');
  if (!text.includes(find)) throw new Error(`hostile case: "${find}" not in ${file}`);
  await write(dir, file, text.replace(find, replace));
}

export function hostileCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (name: string, file: string, apply: HostileCase['apply']) => cases.push({ name, file, apply });

  for (const file of YAML_FILES) {
    for (const [what, breakIt] of SYNTAX_BREAKERS) add(`${file}: ${what}`, file, async (dir) => write(dir, file, breakIt((await read(dir, file)).toString('utf8'))));
    add(`${file}: an alias bomb`, file, async (dir) => {
      const levels = Array.from({ length: 9 }, (_, i) => `l${i}: &l${i} [${Array(9).fill(i === 0 ? '*a' : `*l${i - 1}`).join(', ')}]`);
      await write(dir, file, ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...levels, ''].join('\n'));
    });
    add(`${file}: 10,000 nested flow lists`, file, (dir) => write(dir, file, `x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`));
    add(`${file}: 200 nested block mappings`, file, (dir) => write(dir, file, Array.from({ length: 200 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n') + ' end\n'));
    add(`${file}: a 1 MB key`, file, async (dir) => write(dir, file, `${(await read(dir, file)).toString('utf8')}${'k'.repeat(1_000_000)}: v\n`));
    add(`${file}: an empty file`, file, (dir) => write(dir, file, ''));
    add(`${file}: a bare scalar`, file, (dir) => write(dir, file, 'just text\n'));
    add(`${file}: a top-level list`, file, (dir) => write(dir, file, '- a\n- b\n'));
    add(`${file}: a byte-order mark and a syntax error`, file, async (dir) => write(dir, file, `\uFEFF${(await read(dir, file)).toString('utf8')}extra: [\n`));
    add(`${file}: CRLF line endings and a syntax error`, file, async (dir) => write(dir, file, `${(await read(dir, file)).toString('utf8').replace(/\n/g, '\r\n')}extra: [\r\n`));
    add(`${file}: CR-only line endings and a syntax error`, file, async (dir) => write(dir, file, `${(await read(dir, file)).toString('utf8').replace(/\n/g, '\r')}extra: [\r`));
    add(`${file}: mixed line endings and a syntax error`, file, async (dir) => write(dir, file, `${(await read(dir, file)).toString('utf8').replace(/\n/g, (_, i: number) => (i % 3 ? '\r\n' : '\n'))}extra: [\n`));
  }

  // Each takes seconds by design (the parse time limit, a large write): one file each.
  add('flashcards.yaml: 1 MB of unbalanced brackets (slow to parse)', 'flashcards.yaml', async (dir) => write(dir, 'flashcards.yaml', `cards: []\n${'{]'.repeat(500_000)}\n`));
  add('quiz.yaml: 11 MB (over the size limit)', 'quiz.yaml', async (dir) => write(dir, 'quiz.yaml', `${(await read(dir, 'quiz.yaml')).toString('utf8')}# ${'x'.repeat(11_000_000)}\n`));

  for (const [file, field] of FIELDS) {
    for (const [what, value] of WRONG_VALUES) add(`${file}: ${field.join('.')} is ${what}`, file, (dir) => setYaml(dir, file, field, value(field)));
  }

  for (const file of TEXT_FILES) {
    for (const [what, bytes] of BAD_BYTES) add(`${file}: invalid UTF-8 (${what})`, file, (dir) => insertBytes(dir, file, 0.5, Buffer.from(bytes)));
    for (const fraction of [0, 0.5, 1]) add(`${file}: a NUL byte at ${fraction * 100}%`, file, (dir) => insertBytes(dir, file, fraction, Buffer.from([0x61, 0x00, 0x0a])));
    for (const seed of [1, 2, 3, 4]) {
      add(`${file}: 4 kB of random bytes (seed ${seed})`, file, (dir) => {
        const next = random(seed);
        return write(dir, file, Buffer.from(Array.from({ length: 4096 }, () => Math.floor(next() * 256))));
      });
    }
    for (const seed of [5, 6, 7]) {
      add(`${file}: random YAML punctuation (seed ${seed})`, file, (dir) => {
        const next = random(seed);
        const tokens = ['- ', ': ', '[', ']', '{', '}', '&a ', '*a ', '!!int ', '? ', '|\n', '>\n', '"', "'", '#', '\n', '  ', 'key', '%YAML 1.2\n', '---\n', ',', '@', '`'];
        const text = Array.from({ length: 400 }, () => tokens[Math.floor(next() * tokens.length)]).join('');
        // A lesson must start with a "#" title; make sure this one cannot.
        return write(dir, file, file === LESSON ? `x ${text}` : `${text}\n: [`);
      });
    }
  }

  // The lesson's problems that are reported where course.yaml lists it.
  const listed = 'course.yaml';
  for (const file of [...YAML_FILES, LESSON]) {
    const where = file === LESSON ? listed : file;
    add(`${file}: a symbolic link to /etc/passwd`, where, async (dir) => {
      await rm(path.join(dir, file));
      await symlink('/etc/passwd', path.join(dir, file));
    });
    add(`${file}: a folder`, where, async (dir) => {
      await rm(path.join(dir, file));
      await mkdir(path.join(dir, file));
    });
    add(`${file}: a named pipe`, where, async (dir) => {
      await rm(path.join(dir, file));
      execFileSync('mkfifo', [path.join(dir, file)]);
    });
  }
  add('assets/: a symbolic link to /etc', LESSON, async (dir) => {
    await rm(path.join(dir, 'assets'), { recursive: true });
    await symlink('/etc', path.join(dir, 'assets'));
  });
  add('assets/cell.png: a symbolic link to /dev/zero', LESSON, async (dir) => {
    await rm(path.join(dir, 'assets/cell.png'));
    await symlink('/dev/zero', path.join(dir, 'assets/cell.png'));
  });
  add('course.yaml: a lesson path that climbs out', listed, (dir) => replaceText(dir, 'course.yaml', '  - lessons/intro.md', '  - ../../../etc/passwd'));
  add('course.yaml: a lesson path that is absolute', listed, (dir) => replaceText(dir, 'course.yaml', '  - lessons/intro.md', '  - /dev/zero'));

  for (const [what, markdown] of HOSTILE_MARKDOWN) add(`${LESSON}: ${what}`, LESSON, (dir) => replaceText(dir, LESSON, 'See [the cell]', `${markdown}\n\nSee [the cell]`));
  for (const [what, file, find, replace] of DUPLICATES) add(`${file}: duplicate ${what}`, file, (dir) => replaceText(dir, file, find, replace));

  return cases;
}
